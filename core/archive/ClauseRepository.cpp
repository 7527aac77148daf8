#include "archive/ClauseRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"

#include <string>

namespace cw {

namespace {

#define CW_CLAUSE_COLUMNS                                                                          \
    "id, version_id, ordinal, start_offset, end_offset, heading_path, number, kind, text, "        \
    "text_hash, lineage_id, lineage_status, similarity, renumbered"

Clause readClause(const Statement &st)
{
    Clause c;
    c.id = st.int64(0);
    c.versionId = st.int64(1);
    c.ordinal = st.integer(2);
    c.start = st.integer(3);
    c.end = st.integer(4);
    c.headingPath = stringListFromJson(st.text(5));
    c.number = st.text(6);
    c.kind = st.text(7);
    c.text = st.text(8);
    c.textHash = st.text(9);
    c.lineageId = st.int64(10);
    c.lineageStatus = lineageStatusFromKey(st.text(11)).value_or(LineageStatus::New);
    c.similarity = st.real(12);
    c.renumbered = st.int64(13) != 0;
    return c;
}

} // namespace

Result<qint64> ClauseRepository::newLineage(qint64 documentId)
{
    auto st = m_db.cached("INSERT INTO lineages(document_id) VALUES (?)");
    if (!st)
        return st.error();
    (*st)->bind(1, documentId);
    CW_TRY((*st)->exec());
    return m_db.lastInsertId();
}

namespace {

constexpr int kClauseColumns = 13;
/// Rows per multi-row INSERT: one statement (and one AUTOINCREMENT sequence
/// update) per chunk instead of per clause.
constexpr int kClauseChunk = 32;

/// "INSERT INTO clauses(...) VALUES (?,…),(?,…)…" for `rows` rows; built once
/// per size, so the pointer is stable and serves as the statement-cache key.
const char *insertClausesSql(int rows)
{
    static const std::string chunk = [] {
        std::string sql = "INSERT INTO clauses(version_id, ordinal, start_offset, end_offset, "
                          "heading_path, number, kind, text, text_hash, lineage_id, "
                          "lineage_status, similarity, renumbered) VALUES ";
        const std::string row = "(?,?,?,?,?,?,?,?,?,?,?,?,?)";
        const std::string single = sql + row;
        for (int i = 0; i < kClauseChunk; ++i)
            sql += (i ? "," : "") + row;
        return sql + "\n" + single; // the single-row form follows the newline
    }();
    static const std::string single = chunk.substr(chunk.find('\n') + 1);
    static const std::string many = chunk.substr(0, chunk.find('\n'));
    return rows == kClauseChunk ? many.c_str() : single.c_str();
}

// Consecutive clauses mostly sit under the same headings: their heading
// path's JSON is written once per run of equal paths.
class HeadingJson
{
public:
    const QString &of(const QStringList &path)
    {
        if (!m_valid || path != m_path) {
            m_path = path;
            m_json = stringListToJson(path);
            m_valid = true;
        }
        return m_json;
    }

private:
    QStringList m_path;
    QString m_json;
    bool m_valid = false;
};

void bindClause(Statement &st, int row, const Clause &c, HeadingJson &headings)
{
    const int b = row * kClauseColumns;
    st.bind(b + 1, c.versionId)
        .bind(b + 2, c.ordinal)
        .bind(b + 3, c.start)
        .bind(b + 4, c.end)
        .bind(b + 5, headings.of(c.headingPath))
        .bind(b + 6, c.number)
        .bind(b + 7, c.kind)
        .bind(b + 8, c.text)
        .bind(b + 9, c.textHash)
        .bind(b + 10, c.lineageId)
        .bind(b + 11, lineageStatusKey(c.lineageStatus))
        .bind(b + 12, c.similarity)
        .bind(b + 13, c.renumbered ? 1 : 0);
}

} // namespace

Status ClauseRepository::insertAll(QList<Clause> &clauses)
{
    // Full chunks through one multi-row statement, the rest one by one; both
    // cached (every imported version comes through here). Ids: an
    // AUTOINCREMENT table numbers the rows of one INSERT consecutively, so a
    // chunk's ids end at last_insert_rowid().
    const qsizetype n = clauses.size();
    HeadingJson headings;
    qsizetype i = 0;
    for (; i + kClauseChunk <= n; i += kClauseChunk) {
        auto st = m_db.cached(insertClausesSql(kClauseChunk));
        if (!st)
            return st.error();
        for (int r = 0; r < kClauseChunk; ++r)
            bindClause(**st, r, clauses.at(i + r), headings);
        CW_TRY((*st)->exec());
        const qint64 last = m_db.lastInsertId();
        for (int r = 0; r < kClauseChunk; ++r)
            clauses[i + r].id = last - (kClauseChunk - 1) + r;
    }
    for (; i < n; ++i) {
        auto st = m_db.cached(insertClausesSql(1));
        if (!st)
            return st.error();
        bindClause(**st, 0, clauses.at(i), headings);
        CW_TRY((*st)->exec());
        clauses[i].id = m_db.lastInsertId();
    }
    return {};
}

Result<std::optional<Clause>> ClauseRepository::get(qint64 id) const
{
    auto st = m_db.prepare("SELECT " CW_CLAUSE_COLUMNS " FROM clauses WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    return firstRow<Clause>(*st, readClause);
}

Result<QList<Clause>> ClauseRepository::forVersion(qint64 versionId) const
{
    auto lease = m_db.cached("SELECT " CW_CLAUSE_COLUMNS " FROM clauses WHERE version_id = ? "
                             "ORDER BY ordinal");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, versionId);
    return collectRows<Clause>(*st, readClause);
}

Result<std::optional<Clause>> ClauseRepository::inVersion(qint64 lineageId, qint64 versionId) const
{
    auto st = m_db.prepare("SELECT " CW_CLAUSE_COLUMNS " FROM clauses "
                           "WHERE lineage_id = ? AND version_id = ?");
    if (!st)
        return st.error();
    st->bind(1, lineageId).bind(2, versionId);
    return firstRow<Clause>(*st, readClause);
}

} // namespace cw
