#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Database;

/// A detected change of a document that an analyst should see.
struct Alert
{
    qint64 id = 0;
    qint64 documentId = 0;
    std::optional<qint64> fromVersionId;
    qint64 toVersionId = 0;
    QString createdAt;
    QString kind = QStringLiteral("change"); ///< "change", "silent_change", "date_only"
    QString summary;
    QJsonObject details;
    bool read = false;
};

/// An alert with the names lists show beside it.
struct AlertRow
{
    Alert alert;
    qint64 platformId = 0;
    QString platformName;
    QString termsType;
    QString documentTitle;
    int fromNumber = 0; ///< version numbers of the pair (0 when absent)
    int toNumber = 0;
};

/// Which alerts to list. Unset fields do not filter.
struct AlertQuery
{
    bool unreadOnly = false;
    std::optional<qint64> documentId;
    std::optional<qint64> platformId;
    int limit = -1;
};

class AlertRepository
{
public:
    explicit AlertRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const Alert &a);
    Status markRead(qint64 id, bool read = true);
    Status markAllRead();
    Result<QList<Alert>> list(bool unreadOnly = false) const;
    /// Newest first (by date, then id).
    Result<QList<AlertRow>> rows(const AlertQuery &q = {}) const;
    Result<std::optional<AlertRow>> row(qint64 id) const;
    Result<int> unreadCount() const;
    /// The highest alert id (0 when none): lets a view tell new alerts apart.
    Result<qint64> latestId() const;

private:
    const Database &m_db;
};

} // namespace cw
