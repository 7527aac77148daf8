#include "archive/AuditRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"
#include "util/Time.h"

namespace cw {

Result<qint64> AuditRepository::record(const AuditEntry &e)
{
    auto st = m_db.prepare("INSERT INTO audit_log(at, actor, action, entity, entity_id, "
                           "before_json, after_json, reason) VALUES (?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    st->bind(1, e.at.isEmpty() ? nowIsoUtc() : e.at)
        .bind(2, e.actor)
        .bind(3, e.action)
        .bind(4, e.entity)
        .bind(5, e.entityId)
        .bind(6, toJsonText(e.before))
        .bind(7, toJsonText(e.after))
        .bind(8, e.reason);
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Result<QList<AuditEntry>> AuditRepository::list(const QString &entity, qint64 entityId,
                                                int limit, qint64 beforeId) const
{
    auto st = m_db.prepare(
        "SELECT id, at, actor, action, entity, entity_id, before_json, after_json, reason "
        "FROM audit_log WHERE (?1 = '' OR entity = ?1) AND (?2 = 0 OR entity_id = ?2) "
        "AND (?4 = 0 OR id < ?4) ORDER BY id DESC LIMIT ?3");
    if (!st)
        return st.error();
    st->bind(1, entity).bind(2, entityId).bind(3, limit).bind(4, beforeId);
    return collectRows<AuditEntry>(*st, [](const Statement &s) {
        return AuditEntry{s.int64(0),
                          s.text(1),
                          s.text(2),
                          s.text(3),
                          s.text(4),
                          s.int64(5),
                          jsonObjectFromText(s.text(6)),
                          jsonObjectFromText(s.text(7)),
                          s.text(8)};
    });
}

Result<int> AuditRepository::count(const QString &entity, qint64 entityId) const
{
    auto st = m_db.prepare("SELECT count(*) FROM audit_log WHERE (?1 = '' OR entity = ?1) "
                           "AND (?2 = 0 OR entity_id = ?2)");
    if (!st)
        return st.error();
    st->bind(1, entity).bind(2, entityId);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->integer(0) : 0;
}

} // namespace cw
