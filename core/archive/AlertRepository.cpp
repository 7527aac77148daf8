#include "archive/AlertRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"
#include "util/Time.h"

namespace cw {

Result<qint64> AlertRepository::insert(const Alert &a)
{
    auto lease = m_db.cached("INSERT INTO alerts(document_id, from_version_id, to_version_id, "
                             "created_at, kind, summary, details, read) VALUES (?,?,?,?,?,?,?,?)");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, a.documentId)
        .bind(2, a.fromVersionId)
        .bind(3, a.toVersionId)
        .bind(4, a.createdAt.isEmpty() ? nowIsoUtc() : a.createdAt)
        .bind(5, a.kind)
        .bind(6, a.summary)
        .bind(7, toJsonText(a.details))
        .bind(8, a.read ? 1 : 0);
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Status AlertRepository::markRead(qint64 id, bool read)
{
    auto st = m_db.prepare("UPDATE alerts SET read = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, read ? 1 : 0).bind(2, id);
    return st->exec();
}

Result<QList<Alert>> AlertRepository::list(bool unreadOnly) const
{
    auto st = m_db.prepare("SELECT id, document_id, from_version_id, to_version_id, created_at, "
                           "kind, summary, details, read FROM alerts "
                           "WHERE ?1 = 0 OR read = 0 ORDER BY created_at DESC, id DESC");
    if (!st)
        return st.error();
    st->bind(1, unreadOnly ? 1 : 0);
    return collectRows<Alert>(*st, [](const Statement &s) {
        return Alert{s.int64(0),     s.int64(1), s.optInt64(2), s.int64(3),
                     s.text(4),      s.text(5),  s.text(6),     jsonObjectFromText(s.text(7)),
                     s.int64(8) != 0};
    });
}

Status AlertRepository::markAllRead()
{
    return m_db.exec("UPDATE alerts SET read = 1 WHERE read = 0");
}

namespace {

#define CW_ALERT_ROW_SELECT                                                                        \
    "SELECT a.id, a.document_id, a.from_version_id, a.to_version_id, a.created_at, a.kind,"        \
    " a.summary, a.details, a.read, p.id, p.name, d.terms_type, d.title,"                          \
    " coalesce(vf.number, 0), coalesce(vt.number, 0)"                                              \
    " FROM alerts a JOIN documents d ON d.id = a.document_id"                                      \
    " JOIN platforms p ON p.id = d.platform_id"                                                    \
    " LEFT JOIN versions vf ON vf.id = a.from_version_id"                                          \
    " LEFT JOIN versions vt ON vt.id = a.to_version_id"

AlertRow readAlertRow(const Statement &s)
{
    AlertRow r;
    r.alert = Alert{s.int64(0),     s.int64(1), s.optInt64(2), s.int64(3),
                    s.text(4),      s.text(5),  s.text(6),     jsonObjectFromText(s.text(7)),
                    s.int64(8) != 0};
    r.platformId = s.int64(9);
    r.platformName = s.text(10);
    r.termsType = s.text(11);
    r.documentTitle = s.text(12);
    r.fromNumber = s.integer(13);
    r.toNumber = s.integer(14);
    return r;
}

} // namespace

Result<QList<AlertRow>> AlertRepository::rows(const AlertQuery &q) const
{
    auto st = m_db.prepare(CW_ALERT_ROW_SELECT
                           " WHERE (?1 = 0 OR a.read = 0) AND (?2 IS NULL OR a.document_id = ?2)"
                           " AND (?3 IS NULL OR p.id = ?3)"
                           " ORDER BY a.created_at DESC, a.id DESC LIMIT ?4");
    if (!st)
        return st.error();
    st->bind(1, q.unreadOnly ? 1 : 0).bind(2, q.documentId).bind(3, q.platformId).bind(4, q.limit);
    return collectRows<AlertRow>(*st, readAlertRow);
}

Result<std::optional<AlertRow>> AlertRepository::row(qint64 id) const
{
    auto st = m_db.prepare(CW_ALERT_ROW_SELECT " WHERE a.id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    return firstRow<AlertRow>(*st, readAlertRow);
}

Result<int> AlertRepository::unreadCount() const
{
    auto st = m_db.prepare("SELECT count(*) FROM alerts WHERE read = 0");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->integer(0) : 0;
}

Result<qint64> AlertRepository::latestId() const
{
    auto st = m_db.prepare("SELECT coalesce(max(id), 0) FROM alerts");
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : 0;
}

} // namespace cw
