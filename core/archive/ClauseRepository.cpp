#include "archive/ClauseRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"

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

Status ClauseRepository::insertAll(QList<Clause> &clauses)
{
    // Cached: every imported version inserts its clauses through it.
    auto cachedSt = m_db.cached("INSERT INTO clauses(version_id, ordinal, start_offset, end_offset, "
                                "heading_path, number, kind, text, text_hash, lineage_id, "
                                "lineage_status, similarity, renumbered) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!cachedSt)
        return cachedSt.error();
    Statement *st = *cachedSt;
    for (Clause &c : clauses) {
        st->bind(1, c.versionId)
            .bind(2, c.ordinal)
            .bind(3, c.start)
            .bind(4, c.end)
            .bind(5, stringListToJson(c.headingPath))
            .bind(6, c.number)
            .bind(7, c.kind)
            .bind(8, c.text)
            .bind(9, c.textHash)
            .bind(10, c.lineageId)
            .bind(11, lineageStatusKey(c.lineageStatus))
            .bind(12, c.similarity)
            .bind(13, c.renumbered ? 1 : 0);
        CW_TRY(st->exec());
        c.id = m_db.lastInsertId();
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
    auto st = m_db.prepare("SELECT " CW_CLAUSE_COLUMNS " FROM clauses WHERE version_id = ? "
                           "ORDER BY ordinal");
    if (!st)
        return st.error();
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
