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

class AlertRepository
{
public:
    explicit AlertRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const Alert &a);
    Status markRead(qint64 id, bool read = true);
    Result<QList<Alert>> list(bool unreadOnly = false) const;

private:
    const Database &m_db;
};

} // namespace cw
