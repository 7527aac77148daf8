#include "archive/WatchlistRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <functional>

namespace cw {

QString watchKindKey(WatchKind k)
{
    switch (k) {
    case WatchKind::Document:
        return QStringLiteral("document");
    case WatchKind::ClauseType:
        return QStringLiteral("type");
    case WatchKind::Platform:
        break;
    }
    return QStringLiteral("platform");
}

Result<qint64> WatchlistRepository::insertUnique(const char *findSql, const char *insertSql,
                                                 const std::function<void(Statement &)> &bind)
{
    auto find = m_db.prepare(findSql);
    if (!find)
        return find.error();
    bind(*find);
    auto row = find->step();
    if (!row)
        return row.error();
    if (*row)
        return find->int64(0);
    auto ins = m_db.prepare(insertSql);
    if (!ins)
        return ins.error();
    bind(*ins);
    ins->bind(2, nowIsoUtc());
    CW_TRY(ins->exec());
    return m_db.lastInsertId();
}

Result<qint64> WatchlistRepository::watchPlatform(qint64 platformId)
{
    return insertUnique("SELECT id FROM watchlist WHERE platform_id = ?1",
                        "INSERT INTO watchlist(platform_id, created_at) VALUES (?1, ?2)",
                        [platformId](Statement &s) { s.bind(1, platformId); });
}

Result<qint64> WatchlistRepository::watchDocument(qint64 documentId)
{
    return insertUnique("SELECT id FROM watchlist WHERE document_id = ?1",
                        "INSERT INTO watchlist(document_id, created_at) VALUES (?1, ?2)",
                        [documentId](Statement &s) { s.bind(1, documentId); });
}

Result<qint64> WatchlistRepository::watchType(const QString &typeKey)
{
    return insertUnique("SELECT id FROM watchlist WHERE type_key = ?1",
                        "INSERT INTO watchlist(type_key, created_at) VALUES (?1, ?2)",
                        [typeKey](Statement &s) { s.bind(1, typeKey); });
}

Status WatchlistRepository::remove(qint64 id)
{
    auto st = m_db.prepare("DELETE FROM watchlist WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    return st->exec();
}

Result<QList<WatchItem>> WatchlistRepository::list() const
{
    auto st = m_db.prepare(
        "SELECT w.id, w.platform_id, w.document_id, w.type_key, w.created_at,"
        " coalesce(p.name, dp.name), d.terms_type, coalesce(t.name, w.type_key), d.platform_id"
        " FROM watchlist w"
        " LEFT JOIN platforms p ON p.id = w.platform_id"
        " LEFT JOIN documents d ON d.id = w.document_id"
        " LEFT JOIN platforms dp ON dp.id = d.platform_id"
        " LEFT JOIN clause_types t ON t.key = w.type_key"
        " ORDER BY w.platform_id IS NULL, w.document_id IS NULL,"
        " coalesce(p.name, dp.name, t.name, w.type_key) COLLATE NOCASE, d.terms_type");
    if (!st)
        return st.error();
    return collectRows<WatchItem>(*st, [](const Statement &s) {
        WatchItem w;
        w.id = s.int64(0);
        w.createdAt = s.text(4);
        if (!s.isNull(1)) {
            w.kind = WatchKind::Platform;
            w.platformId = s.int64(1);
            w.label = s.text(5);
        } else if (!s.isNull(2)) {
            w.kind = WatchKind::Document;
            w.documentId = s.int64(2);
            w.platformId = s.int64(8);
            w.label = QCoreApplication::translate("cw::WatchlistRepository", "%1 — %2")
                          .arg(s.text(5), s.text(6));
        } else {
            w.kind = WatchKind::ClauseType;
            w.typeKey = s.text(3);
            w.label = s.text(7);
        }
        return w;
    });
}

Result<QList<qint64>> WatchlistRepository::watchedDocuments() const
{
    auto st = m_db.prepare(
        "SELECT d.id FROM documents d JOIN watchlist w ON w.platform_id = d.platform_id"
        " UNION SELECT document_id FROM watchlist WHERE document_id IS NOT NULL"
        " UNION SELECT v.document_id FROM watchlist w"
        "  JOIN flags f ON f.type_key = w.type_key AND f.status <> 'rejected'"
        "  JOIN clauses c ON c.id = f.clause_id JOIN versions v ON v.id = c.version_id"
        "  WHERE v.number = (SELECT max(number) FROM versions WHERE document_id = v.document_id)"
        " ORDER BY 1");
    if (!st)
        return st.error();
    return collectRows<qint64>(*st, [](const Statement &s) { return s.int64(0); });
}

} // namespace cw
