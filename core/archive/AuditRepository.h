#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace cw {

class Database;

/// One analyst decision: who, when, what, before and after.
struct AuditEntry
{
    qint64 id = 0;
    QString at;
    QString actor;
    QString action; ///< "confirm", "reject", "change_severity", "edit_summary", …
    QString entity; ///< "flag", "clause_type", …
    qint64 entityId = 0;
    QJsonObject before;
    QJsonObject after;
    QString reason;
};

class AuditRepository
{
public:
    explicit AuditRepository(const Database &db) : m_db(db) {}

    Result<qint64> record(const AuditEntry &e);
    /// Newest first; all entities when `entity` is empty. `beforeId` > 0 pages
    /// on: only entries older than that one (keyset paging, stable while new
    /// entries are written).
    Result<QList<AuditEntry>> list(const QString &entity = {}, qint64 entityId = 0,
                                   int limit = 500, qint64 beforeId = 0) const;
    Result<int> count(const QString &entity = {}, qint64 entityId = 0) const;

private:
    const Database &m_db;
};

} // namespace cw
