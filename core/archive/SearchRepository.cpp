#include "archive/SearchRepository.h"

#include "archive/Database.h"
#include "archive/FtsIndex.h"
#include "archive/Rows.h"
#include "util/Json.h"

#include <QCoreApplication>

namespace cw {

Result<QList<SearchHit>> SearchRepository::search(const SearchQuery &q) const
{
    const QString op = QCoreApplication::translate("cw::Search", "searching for “%1”").arg(q.text);
    if (q.text.trimmed().isEmpty())
        return makeError(op, QCoreApplication::translate("cw::Search", "the search is empty"));
    // Rows imported since the last batch are indexed first, so a search never
    // misses what is in the archive.
    if (!m_db.isReadOnly())
        CW_TRY(FtsIndex::catchUp(m_db));
    auto st = m_db.prepare(
        "SELECT c.id, c.version_id, v.document_id, p.name, d.terms_type, c.heading_path, "
        "snippet(clauses_fts, 0, char(2), char(3), '…', 24), bm25(clauses_fts) "
        "FROM clauses_fts JOIN clauses c ON c.id = clauses_fts.rowid "
        "JOIN versions v ON v.id = c.version_id JOIN documents d ON d.id = v.document_id "
        "JOIN platforms p ON p.id = d.platform_id "
        "WHERE clauses_fts MATCH ?1 AND (?2 IS NULL OR d.platform_id = ?2) "
        "AND (?3 = 0 OR v.number = (SELECT max(number) FROM versions WHERE document_id = d.id)) "
        "ORDER BY bm25(clauses_fts) LIMIT ?4");
    if (!st)
        return st.error();
    st->bind(1, q.text).bind(2, q.platformId).bind(3, q.currentOnly ? 1 : 0).bind(4, q.limit);
    auto rows = collectRows<SearchHit>(*st, [](const Statement &s) {
        return SearchHit{s.int64(0), s.int64(1), s.int64(2),
                         s.text(3),  s.text(4),  stringListFromJson(s.text(5)),
                         s.text(6),  s.real(7)};
    });
    if (!rows) {
        // FTS5 reports syntax errors as "fts5: syntax error near …".
        QString detail = rows.error().message;
        detail.remove(QStringLiteral("fts5: "));
        return makeError(op,
                         QCoreApplication::translate(
                             "cw::Search", "the search could not be understood (%1); put "
                                           "phrases in double quotes or use plain words")
                             .arg(detail));
    }
    return rows;
}

} // namespace cw
