#include "archive/AlertRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"
#include "util/Time.h"

namespace cw {

Result<qint64> AlertRepository::insert(const Alert &a)
{
    auto st = m_db.prepare("INSERT INTO alerts(document_id, from_version_id, to_version_id, "
                           "created_at, kind, summary, details, read) VALUES (?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
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
        return Alert{s.int64(0), s.int64(1), s.optInt64(2), s.int64(3), s.text(4), s.text(5),
                     s.text(6),
                     jsonObjectFromText(s.text(7)), s.int64(8) != 0};
    });
}

} // namespace cw
