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
    auto versionsMark = readMark(db, "fts_versions_upto");
    auto clausesMax = maxId(db, "SELECT coalesce(max(id), 0) FROM clauses");
    auto versionsMax = maxId(db, "SELECT coalesce(max(id), 0) FROM versions");
    for (const auto *r : {&clausesMark, &versionsMark, &clausesMax, &versionsMax})
        if (!r->ok())
            return r->error();
    if (*clausesMax <= *clausesMark && *versionsMax <= *versionsMark)
        return 0;

    Transaction tx(db);
    int indexed = 0;
    if (*clausesMax > *clausesMark) {
        auto st = db.prepare("INSERT INTO clauses_fts(rowid, text, heading_path) "
                             "SELECT id, text, heading_path FROM clauses WHERE id > ? AND id <= ?");
        if (!st)
            return st.error();
        st->bind(1, *clausesMark).bind(2, *clausesMax);
        CW_TRY(st->exec());
        indexed += db.changes();
        CW_TRY(writeMark(db, "fts_clauses_upto", *clausesMax));
    }
    if (*versionsMax > *versionsMark) {
        auto st = db.prepare("INSERT INTO versions_fts(rowid, text) "
                             "SELECT id, text FROM versions WHERE id > ? AND id <= ?");
        if (!st)
            return st.error();
        st->bind(1, *versionsMark).bind(2, *versionsMax);
        CW_TRY(st->exec());
        indexed += db.changes();
        CW_TRY(writeMark(db, "fts_versions_upto", *versionsMax));
    }
    CW_TRY(tx.commit());
    return indexed;
}

} // namespace cw
