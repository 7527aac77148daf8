#include "archive/SearchRepository.h"

#include "archive/Database.h"
#include "archive/FtsIndex.h"
#include "archive/Rows.h"
#include "util/Json.h"

#include <QCoreApplication>

namespace cw {

namespace {

void bindOptionalText(Statement &st, int index, const QString &value)
{
    if (value.isEmpty())
        st.bindNull(index);
    else
        st.bind(index, value);
}

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
    const QString op = QCoreApplication::translate("cw::Search", "searching for “%1”").arg(q.text);
    if (q.text.trimmed().isEmpty())
        return makeError(op, QCoreApplication::translate("cw::Search", "the search is empty"));
    // Rows imported since the last batch are indexed first, so a search never
    // misses what is in the archive.
    if (!m_db.isReadOnly())
        CW_TRY(FtsIndex::catchUp(m_db));

    // Two steps, so that the costly parts run for the hits shown only: first
    // the best-ranked clauses that pass the filters (ids and context), then a
    // snippet for each of them.
    auto st = m_db.prepare(R"SQL(
        SELECT c.id, c.version_id, v.document_id, p.name, d.terms_type, c.heading_path,
               clauses_fts.rank, d.title, v.number, p.id,
               f.id, f.type_key, coalesce(t.name, f.type_key), f.severity, f.status
        FROM clauses_fts
        JOIN clauses c ON c.id = clauses_fts.rowid
        JOIN versions v ON v.id = c.version_id
        JOIN documents d ON d.id = v.document_id
        JOIN platforms p ON p.id = d.platform_id
        LEFT JOIN flags f ON f.id = (
            SELECT f2.id FROM flags f2 LEFT JOIN clause_types t2 ON t2.key = f2.type_key
            WHERE f2.lineage_id = c.lineage_id
              AND (?6 IS NULL OR f2.severity = ?6) AND (?7 IS NULL OR f2.status = ?7)
              AND (?8 IS NULL OR f2.type_key = ?8) AND (?9 IS NULL OR t2.category = ?9)
              AND (?10 IS NULL OR EXISTS (SELECT 1 FROM clause_type_regulations r
                                          WHERE r.type_key = f2.type_key AND r.regulation_key = ?10))
              AND (?11 = 0 OR f2.changed_since_review = 1)
            ORDER BY f2.status = 'rejected',
                     CASE f2.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, f2.id
            LIMIT 1)
        LEFT JOIN clause_types t ON t.key = f.type_key
        WHERE clauses_fts MATCH ?1 AND (?2 IS NULL OR d.platform_id = ?2)
          AND (?3 = 0 OR v.number = (SELECT max(number) FROM versions WHERE document_id = d.id))
          AND (?5 = 0 OR f.id IS NOT NULL)
        ORDER BY clauses_fts.rank LIMIT ?4)SQL");
    if (!st)
        return st.error();
    st->bind(1, q.text).bind(2, q.platformId).bind(3, q.currentOnly ? 1 : 0).bind(4, q.limit);
    st->bind(5, q.filtersFlags() ? 1 : 0);
    if (q.severity)
        st->bind(6, severityKey(*q.severity));
    else
        st->bindNull(6);
    if (q.status)
        st->bind(7, reviewStatusKey(*q.status));
    else
        st->bindNull(7);
    bindOptionalText(*st, 8, q.typeKey);
    bindOptionalText(*st, 9, q.category);
    bindOptionalText(*st, 10, q.regulationKey);
    st->bind(11, q.changedOnly ? 1 : 0);

    auto rows = collectRows<SearchHit>(*st, [](const Statement &s) {
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
        return h;
    });
    if (!rows)
        return gentle(op, rows.error());

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
    return rows;
}

} // namespace cw
