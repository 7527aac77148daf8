#include "archive/SearchRepository.h"

#include "archive/Database.h"
#include "archive/FtsIndex.h"
#include "archive/Rows.h"
#include "util/Json.h"

#include <QCoreApplication>

#include <algorithm>

namespace cw {

namespace {

Error gentle(const QString &op, const Error &sqlError)
{
    // FTS5 reports syntax errors as "fts5: syntax error near …".
    QString detail = sqlError.message;
    detail.remove(QStringLiteral("fts5: "));
    return makeError(op, QCoreApplication::translate(
                             "cw::Search", "the search could not be understood (%1); put "
                                           "phrases in double quotes or use plain words")
                             .arg(detail));
}

} // namespace

Result<QList<SearchHit>> SearchRepository::search(const SearchQuery &q) const
{
    auto page = searchPage(q);
    if (!page)
        return page.error();
    return std::move(page->hits);
}

Result<SearchPage> SearchRepository::searchPage(const SearchQuery &q) const
{
    const QString op = QCoreApplication::translate("cw::Search", "searching for “%1”").arg(q.text);
    if (q.text.trimmed().isEmpty())
        return makeError(op, QCoreApplication::translate("cw::Search", "the search is empty"));
    // Rows imported since the last batch are indexed first, so a search never
    // misses what is in the archive.
    if (!m_db.isReadOnly())
        CW_TRY(FtsIndex::catchUp(m_db));

    // Three steps in one statement, so that the costly parts run for few rows:
    //  1. candidates: the newest matches (FTS5 walks its index by id and
    //     stops early) that pass every filter, checked from narrow indexes;
    //  2. the best `limit` of them by bm25;
    //  3. their context (platform, document, flag).
    // Then a snippet for each hit. The SQL is assembled from program text
    // for the filters in force; values are bound.
    const bool versionFilter = q.currentOnly || q.platformId;
    QByteArray sql = "WITH ";
    if (versionFilter) {
        sql += "allowed AS MATERIALIZED (SELECT v.id FROM versions v INDEXED BY versions_meta_by_document"
               " JOIN documents d ON d.id = v.document_id WHERE 1";
        if (q.platformId)
            sql += " AND d.platform_id = ?2";
        if (q.currentOnly)
            sql += " AND v.number = (SELECT max(x.number) FROM versions x WHERE x.document_id = v.document_id)";
        sql += "), ";
    }
    // The flag filters, on a flag f2 of the clause's lineage.
    QByteArray flagFilter;
    if (q.severity)
        flagFilter += " AND f2.severity = ?6";
    if (q.status)
        flagFilter += " AND f2.status = ?7";
    if (!q.typeKey.isEmpty())
        flagFilter += " AND f2.type_key = ?8";
    if (!q.category.isEmpty())
        flagFilter += " AND EXISTS (SELECT 1 FROM clause_types t2 WHERE t2.key = f2.type_key AND t2.category = ?9)";
    if (!q.regulationKey.isEmpty())
        flagFilter += " AND EXISTS (SELECT 1 FROM clause_type_regulations r"
                      " WHERE r.type_key = f2.type_key AND r.regulation_key = ?10)";
    if (q.changedOnly)
        flagFilter += " AND f2.changed_since_review = 1";
    sql += "cand AS MATERIALIZED (SELECT m.rowid AS id, bm25(clauses_fts) AS score"
           " FROM clauses_fts m WHERE clauses_fts MATCH ?1";
    if (versionFilter)
        sql += " AND (SELECT c.version_id FROM clauses c INDEXED BY clauses_search_meta"
               " WHERE c.id = m.rowid) IN (SELECT id FROM allowed)";
    if (q.filtersFlags())
        sql += " AND EXISTS (SELECT 1 FROM flags f2 WHERE f2.lineage_id ="
               " (SELECT c.lineage_id FROM clauses c INDEXED BY clauses_search_meta WHERE c.id = m.rowid)" +
               flagFilter + ")";
    sql += " ORDER BY m.rowid DESC LIMIT ?5), "
           "top AS MATERIALIZED (SELECT id, score FROM cand ORDER BY score, id LIMIT ?4) "
           "SELECT c.id, c.version_id, v.document_id, p.name, d.terms_type, c.heading_path, top.score,"
           " d.title, v.number, p.id, f.id, f.type_key, coalesce(t.name, f.type_key), f.severity,"
           " f.status, (SELECT count(*) FROM cand)"
           " FROM top JOIN clauses c ON c.id = top.id"
           " JOIN versions v ON v.id = c.version_id JOIN documents d ON d.id = v.document_id"
           " JOIN platforms p ON p.id = d.platform_id"
           " LEFT JOIN flags f ON f.id = (SELECT f2.id FROM flags f2 WHERE f2.lineage_id = c.lineage_id" +
           flagFilter +
           " ORDER BY f2.status = 'rejected',"
           " CASE f2.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, f2.id LIMIT 1)"
           " LEFT JOIN clause_types t ON t.key = f.type_key"
           " ORDER BY top.score, top.id";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    st->bind(1, q.text).bind(4, q.limit).bind(5, q.effectiveCap());
    if (q.platformId)
        st->bind(2, *q.platformId);
    if (q.severity)
        st->bind(6, severityKey(*q.severity));
    if (q.status)
        st->bind(7, reviewStatusKey(*q.status));
    if (!q.typeKey.isEmpty())
        st->bind(8, q.typeKey);
    if (!q.category.isEmpty())
        st->bind(9, q.category);
    if (!q.regulationKey.isEmpty())
        st->bind(10, q.regulationKey);

    SearchPage page;
    auto rows = collectRows<SearchHit>(*st, [&page](const Statement &s) {
        SearchHit h;
        h.clauseId = s.int64(0);
        h.versionId = s.int64(1);
        h.documentId = s.int64(2);
        h.platformName = s.text(3);
        h.termsType = s.text(4);
        h.headingPath = stringListFromJson(s.text(5));
        h.rank = s.real(6);
        h.documentTitle = s.text(7);
        h.versionNumber = s.integer(8);
        h.platformId = s.int64(9);
        if (!s.isNull(10)) {
            h.flagId = s.int64(10);
            h.typeKey = s.text(11);
            h.typeName = s.text(12);
            h.severity = severityFromKey(s.text(13));
            h.status = reviewStatusFromKey(s.text(14));
        }
        page.ranked = s.integer(15);
        return h;
    });
    if (!rows)
        return gentle(op, rows.error());
    page.capped = page.ranked >= q.effectiveCap();

    auto snip = m_db.prepare("SELECT snippet(clauses_fts, 0, char(2), char(3), '…', 24) "
                             "FROM clauses_fts WHERE clauses_fts MATCH ?1 AND rowid = ?2");
    if (!snip)
        return snip.error();
    for (SearchHit &h : *rows) {
        snip->reset();
        snip->bind(1, q.text).bind(2, h.clauseId);
        auto row = snip->step();
        if (!row)
            return gentle(op, row.error());
        if (*row)
            h.snippet = snip->text(0);
    }
    page.hits = std::move(*rows);
    return page;
}

} // namespace cw
