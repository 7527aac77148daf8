#include "archive/FtsIndex.h"

#include "archive/Database.h"
#include "archive/Transaction.h"

namespace cw {

namespace {

Result<qint64> readMark(const Database &db, const char *key)
{
    auto st = db.prepare("SELECT CAST(value AS INTEGER) FROM archive_meta WHERE key = ?");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : qint64(0);
}

Result<qint64> maxId(const Database &db, const char *sql)
{
    auto st = db.prepare(sql);
    if (!st)
        return st.error();
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->int64(0) : qint64(0);
}

Status writeMark(const Database &db, const char *key, qint64 value)
{
    auto st = db.prepare("INSERT INTO archive_meta(key, value) VALUES (?, ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, QString::number(value));
    return st->exec();
}

} // namespace

Result<int> FtsIndex::catchUp(const Database &db)
{
    auto clausesMark = readMark(db, "fts_clauses_upto");
    auto clausesMax = maxId(db, "SELECT coalesce(max(id), 0) FROM clauses");
    for (const auto *r : {&clausesMark, &clausesMax})
        if (!r->ok())
            return r->error();
    if (*clausesMax <= *clausesMark)
        return 0;

    Transaction tx(db);
    auto st = db.prepare("INSERT INTO clauses_fts(rowid, text, heading_path) "
                         "SELECT id, text, heading_path FROM clauses WHERE id > ? AND id <= ?");
    if (!st)
        return st.error();
    st->bind(1, *clausesMark).bind(2, *clausesMax);
    CW_TRY(st->exec());
    const int indexed = db.changes();
    CW_TRY(writeMark(db, "fts_clauses_upto", *clausesMax));
    CW_TRY(tx.commit());
    return indexed;
}

} // namespace cw
