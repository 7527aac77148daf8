#include "memo/MemoArchiveReader.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"

namespace cw {

namespace {

#define CW_CLAUSE_CONTEXT_SELECT                                                                   \
    "SELECT c.id, c.lineage_id, c.ordinal, c.number, c.heading_path, c.text, c.text_hash,"         \
    " v.id, v.number, v.first_seen, v.last_verified, v.text_sha256, coalesce(v.declared_updated, ''),"  \
    " d.id, d.title, d.terms_type, d.source_url, p.name,"                                          \
    " coalesce(s.id, 0), coalesce(s.captured_at, ''), coalesce(s.origin_kind, ''),"                \
    " coalesce(s.origin, ''), coalesce(s.raw_sha256, ''), coalesce(s.text_sha256, '')"             \
    " FROM clauses c JOIN versions v ON v.id = c.version_id"                                       \
    " JOIN documents d ON d.id = v.document_id JOIN platforms p ON p.id = d.platform_id"           \
    " LEFT JOIN snapshots s ON s.id = v.first_snapshot_id"

MemoClauseContext readContext(const Statement &s)
{
    MemoClauseContext c;
    c.clauseId = s.int64(0);
    c.lineageId = s.int64(1);
    c.ordinal = s.integer(2);
    c.number = s.text(3);
    c.headingPath = stringListFromJson(s.text(4));
    c.text = s.text(5);
    c.textHash = s.text(6);
    c.versionId = s.int64(7);
    c.versionNumber = s.integer(8);
    c.versionFirstSeen = s.text(9);
    c.versionLastVerified = s.text(10);
    c.versionTextSha256 = s.text(11);
    c.declaredUpdated = s.text(12);
    c.documentId = s.int64(13);
    c.documentTitle = s.text(14);
    c.termsType = s.text(15);
    c.documentUrl = s.text(16);
    c.platform = s.text(17);
    c.snapshotId = s.int64(18);
    c.capturedAt = s.text(19);
    c.originKind = s.text(20);
    c.origin = s.text(21);
    c.rawSha256 = s.text(22);
    c.snapshotTextSha256 = s.text(23);
    return c;
}

} // namespace

Result<std::optional<MemoClauseContext>> MemoArchiveReader::clauseWhere(const char *sql, qint64 a,
                                                                        qint64 b) const
{
    auto st = m_db.prepare(sql);
    if (!st)
        return st.error();
    st->bind(1, a);
    if (b)
        st->bind(2, b);
    return firstRow<MemoClauseContext>(*st, readContext);
}

Result<std::optional<MemoClauseContext>> MemoArchiveReader::clause(qint64 clauseId) const
{
    return clauseWhere(CW_CLAUSE_CONTEXT_SELECT " WHERE c.id = ?", clauseId, 0);
}

Result<std::optional<MemoClauseContext>> MemoArchiveReader::clauseInVersion(qint64 lineageId,
                                                                           qint64 versionId) const
{
    return clauseWhere(CW_CLAUSE_CONTEXT_SELECT " WHERE c.lineage_id = ? AND c.version_id = ?",
                       lineageId, versionId);
}

Result<MemoClauseType> MemoArchiveReader::clauseType(const QString &key) const
{
    if (auto it = m_types.constFind(key); it != m_types.cend())
        return *it;
    MemoClauseType t;
    t.key = key;
    t.name = key;
    auto st = m_db.prepare("SELECT name, category, default_severity, description, why_it_matters, "
                           "consumer_impact, summary_template FROM clause_types WHERE key = ?");
    if (!st)
        return st.error();
    st->bind(1, key);
    auto row = st->step();
    if (!row)
        return row.error();
    if (*row) {
        t.name = st->text(0);
        t.category = st->text(1);
        t.defaultSeverity = severityFromKey(st->text(2)).value_or(Severity::Medium);
        t.description = st->text(3);
        t.whyItMatters = st->text(4);
        t.consumerImpact = st->text(5);
        t.summaryTemplate = st->text(6);
    }
    auto regs = m_db.prepare(
        "SELECT r.key, r.short_name, r.name, r.jurisdiction, r.citation FROM "
        "clause_type_regulations ctr JOIN regulations r ON r.key = ctr.regulation_key "
        "WHERE ctr.type_key = ? ORDER BY r.jurisdiction, r.short_name");
    if (!regs)
        return regs.error();
    regs->bind(1, key);
    auto list = collectRows<MemoRegulation>(*regs, [](const Statement &s) {
        return MemoRegulation{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4)};
    });
    if (!list)
        return list.error();
    t.regulations = *list;
    m_types.insert(key, t);
    return t;
}

Result<QStringList> MemoArchiveReader::flaggedTypeKeys() const
{
    auto st = m_db.prepare("SELECT DISTINCT type_key FROM flags ORDER BY type_key");
    if (!st)
        return st.error();
    return collectRows<QString>(*st, [](const Statement &s) { return s.text(0); });
}

Result<QList<std::pair<QString, QString>>> MemoArchiveReader::clauseTypeNames() const
{
    auto st = m_db.prepare("SELECT key, name FROM clause_types UNION SELECT DISTINCT type_key, type_key "
                           "FROM flags WHERE type_key NOT IN (SELECT key FROM clause_types) "
                           "ORDER BY 2 COLLATE NOCASE");
    if (!st)
        return st.error();
    return collectRows<std::pair<QString, QString>>(
        *st, [](const Statement &s) { return std::pair<QString, QString>(s.text(0), s.text(1)); });
}

Result<bool> MemoArchiveReader::hasClauseType(const QString &key) const
{
    auto st = m_db.prepare("SELECT 1 FROM clause_types WHERE key = ? UNION ALL "
                           "SELECT 1 FROM flags WHERE type_key = ? LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, key).bind(2, key);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row;
}

} // namespace cw
