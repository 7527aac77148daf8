#include "archive/FlagRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"
#include "util/Time.h"

namespace cw {

namespace {

#define CW_FLAG_COLUMNS                                                                            \
    "f.id, f.lineage_id, f.clause_id, f.type_key, f.severity, f.origin, f.rule_id, "               \
    "f.confidence, f.evidence, f.reasons, f.status, f.changed_since_review, f.summary, f.notes, "  \
    "f.created_at, f.updated_at"
constexpr int kFlagColumnCount = 16;

Flag readFlag(const Statement &st)
{
    Flag f;
    f.id = st.int64(0);
    f.lineageId = st.int64(1);
    f.clauseId = st.int64(2);
    f.typeKey = st.text(3);
    f.severity = severityFromKey(st.text(4)).value_or(Severity::Medium);
    f.origin = st.text(5) == QLatin1String("analyst") ? FlagOrigin::Analyst : FlagOrigin::Rule;
    f.ruleId = st.text(6);
    f.confidence = st.real(7);
    f.evidence = spansFromJson(st.text(8));
    f.reasons = stringListFromJson(st.text(9));
    f.status = reviewStatusFromKey(st.text(10));
    f.changedSinceReview = st.int64(11) != 0;
    f.summary = st.text(12);
    f.notes = st.text(13);
    f.createdAt = st.text(14);
    f.updatedAt = st.text(15);
    return f;
}

// The WHERE clause shared by query(), count() and positionOf(), with only
// the conditions in force, so that SQLite plans each query for what it
// filters (an "(?1 IS NULL OR …)" form would hide the platform from the
// planner and scan every flag). Program text only; values are bound as
// ?1..?6 and ?9..?11 (?7/?8 are limit and offset).
QByteArray whereFor(const FlagQuery &q)
{
    QByteArray w = " WHERE 1";
    if (q.platformId)
        w += " AND d.platform_id = ?1";
    if (q.documentId)
        w += " AND d.id = ?2";
    if (q.severity)
        w += " AND f.severity = ?3";
    if (q.status)
        w += " AND f.status = ?4";
    if (!q.typeKey.isEmpty())
        w += " AND f.type_key = ?5";
    if (q.currentOnly)
        w += " AND v.number = (SELECT max(number) FROM versions WHERE document_id = d.id)";
    if (!q.category.isEmpty())
        w += " AND t.category = ?9";
    if (!q.regulationKey.isEmpty())
        w += " AND EXISTS (SELECT 1 FROM clause_type_regulations r"
             " WHERE r.type_key = f.type_key AND r.regulation_key = ?10)";
    if (q.changedOnly)
        w += " AND f.changed_since_review = 1";
    return w;
}

#define CW_FLAG_JOINS                                                                              \
    " FROM flags f JOIN clauses c ON c.id = f.clause_id JOIN versions v ON v.id = c.version_id"    \
    " JOIN documents d ON d.id = v.document_id JOIN platforms p ON p.id = d.platform_id"           \
    " LEFT JOIN clause_types t ON t.key = f.type_key"

// When a flag's clause lineage was first captured: the first version that
// holds it, read from the metadata index (never from the text-bearing rows).
#define CW_FIRST_SEEN                                                                              \
    "(SELECT vm.first_seen FROM versions vm INDEXED BY versions_meta_by_id WHERE vm.id ="          \
    " (SELECT min(c2.version_id) FROM clauses c2 WHERE c2.lineage_id = f.lineage_id))"

#define CW_FLAG_ROW_COLUMNS                                                                        \
    "SELECT " CW_FLAG_COLUMNS ", p.name, d.id, d.terms_type, v.number, c.heading_path, "          \
    "c.text, coalesce(t.name, f.type_key), coalesce(t.category, ''), d.title, v.id, "              \
    CW_FIRST_SEEN

#define CW_SEVERITY_RANK "CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END"

// Binds the values whereFor() refers to (indices it leaves out are unused).
void bindFilter(Statement &st, const FlagQuery &q)
{
    if (q.platformId)
        st.bind(1, *q.platformId);
    if (q.documentId)
        st.bind(2, *q.documentId);
    if (q.severity)
        st.bind(3, severityKey(*q.severity));
    if (q.status)
        st.bind(4, reviewStatusKey(*q.status));
    if (!q.typeKey.isEmpty())
        st.bind(5, q.typeKey);
    if (!q.category.isEmpty())
        st.bind(9, q.category);
    if (!q.regulationKey.isEmpty())
        st.bind(10, q.regulationKey);
}

// ORDER BY text for a sort; program constants only (never user text).
QByteArray orderBy(const FlagQuery &q)
{
    const QByteArray dir = q.descending ? " DESC" : " ASC";
    QByteArray key;
    switch (q.sort) {
    case FlagSort::Severity: key = CW_SEVERITY_RANK + dir + ", p.name COLLATE NOCASE, d.terms_type, c.ordinal"; break;
    case FlagSort::Record: key = "f.id" + dir; break;
    case FlagSort::Status:
        key = "CASE f.status WHEN 'suggested' THEN 0 WHEN 'confirmed' THEN 1 ELSE 2 END" + dir +
              ", " CW_SEVERITY_RANK;
        break;
    case FlagSort::Type: key = "coalesce(t.name, f.type_key) COLLATE NOCASE" + dir + ", " CW_SEVERITY_RANK; break;
    case FlagSort::Category: key = "coalesce(t.category, '')" + dir + ", " CW_SEVERITY_RANK; break;
    case FlagSort::Platform: key = "p.name COLLATE NOCASE" + dir + ", " CW_SEVERITY_RANK; break;
    case FlagSort::Document:
        key = "p.name COLLATE NOCASE" + dir + ", d.terms_type" + dir + ", c.ordinal" + dir;
        break;
    case FlagSort::FirstSeen:
        key = CW_FIRST_SEEN + dir;
        break;
    case FlagSort::Changed: key = "f.changed_since_review" + QByteArray(q.descending ? " ASC" : " DESC") + ", " CW_SEVERITY_RANK; break;
    }
    return " ORDER BY " + key + ", f.id" + (q.sort == FlagSort::Record ? QByteArray() : dir);
}

FlagRow readFlagRow(const Statement &s)
{
    constexpr int n = kFlagColumnCount;
    FlagRow r;
    r.flag = readFlag(s);
    r.platformName = s.text(n);
    r.documentId = s.int64(n + 1);
    r.termsType = s.text(n + 2);
    r.versionNumber = s.integer(n + 3);
    r.headingPath = stringListFromJson(s.text(n + 4));
    r.clauseText = s.text(n + 5);
    r.typeName = s.text(n + 6);
    r.category = s.text(n + 7);
    r.documentTitle = s.text(n + 8);
    r.versionId = s.int64(n + 9);
    r.firstSeen = s.text(n + 10);
    return r;
}

} // namespace

Result<qint64> FlagRepository::insert(const Flag &f)
{
    auto cached = m_db.cached(
        "INSERT INTO flags(lineage_id, clause_id, type_key, severity, origin, rule_id, "
        "confidence, evidence, reasons, status, changed_since_review, summary, notes, "
        "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!cached)
        return cached.error();
    Statement *st = cached->get();
    const QString now = f.createdAt.isEmpty() ? nowIsoUtc() : f.createdAt;
    st->bind(1, f.lineageId)
        .bind(2, f.clauseId)
        .bind(3, f.typeKey)
        .bind(4, severityKey(f.severity))
        .bind(5, f.origin == FlagOrigin::Analyst ? "analyst" : "rule")
        .bind(6, f.ruleId)
        .bind(7, f.confidence)
        .bind(8, spansToJson(f.evidence))
        .bind(9, stringListToJson(f.reasons))
        .bind(10, reviewStatusKey(f.status))
        .bind(11, f.changedSinceReview ? 1 : 0)
        .bind(12, f.summary)
        .bind(13, f.notes)
        .bind(14, now)
        .bind(15, f.updatedAt.isEmpty() ? now : f.updatedAt);
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Status FlagRepository::update(const Flag &f)
{
    auto cached = m_db.cached(
        "UPDATE flags SET clause_id = ?, type_key = ?, severity = ?, origin = ?, rule_id = ?, "
        "confidence = ?, evidence = ?, reasons = ?, status = ?, changed_since_review = ?, "
        "summary = ?, notes = ?, updated_at = ? WHERE id = ?");
    if (!cached)
        return cached.error();
    Statement *st = cached->get();
    st->bind(1, f.clauseId)
        .bind(2, f.typeKey)
        .bind(3, severityKey(f.severity))
        .bind(4, f.origin == FlagOrigin::Analyst ? "analyst" : "rule")
        .bind(5, f.ruleId)
        .bind(6, f.confidence)
        .bind(7, spansToJson(f.evidence))
        .bind(8, stringListToJson(f.reasons))
        .bind(9, reviewStatusKey(f.status))
        .bind(10, f.changedSinceReview ? 1 : 0)
        .bind(11, f.summary)
        .bind(12, f.notes)
        .bind(13, f.updatedAt.isEmpty() ? nowIsoUtc() : f.updatedAt)
        .bind(14, f.id);
    return st->exec();
}

Result<std::optional<Flag>> FlagRepository::get(qint64 id) const
{
    auto st = m_db.prepare("SELECT " CW_FLAG_COLUMNS " FROM flags f WHERE f.id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    return firstRow<Flag>(*st, readFlag);
}

Result<std::optional<Flag>> FlagRepository::findByLineage(qint64 lineageId,
                                                         const QString &typeKey) const
{
    auto st = m_db.prepare("SELECT " CW_FLAG_COLUMNS
                           " FROM flags f WHERE f.lineage_id = ? AND f.type_key = ?");
    if (!st)
        return st.error();
    st->bind(1, lineageId).bind(2, typeKey);
    return firstRow<Flag>(*st, readFlag);
}

Result<QList<Flag>> FlagRepository::forLineage(qint64 lineageId) const
{
    auto st = m_db.cached("SELECT " CW_FLAG_COLUMNS " FROM flags f WHERE f.lineage_id = ? ORDER BY f.id");
    if (!st)
        return st.error();
    (*st)->bind(1, lineageId);
    auto rows = collectRows<Flag>(**st, readFlag);
    (*st)->reset();
    return rows;
}

Result<QList<FlagRow>> FlagRepository::query(const FlagQuery &q) const
{
    // Two steps: the page's ids in order (the sort touches only narrow
    // columns of every matching row), then each row's context by id.
    const QByteArray sql = "SELECT f.id" CW_FLAG_JOINS + whereFor(q) + orderBy(q) + " LIMIT ?7 OFFSET ?8";
    auto ids = m_db.prepare(sql.constData());
    if (!ids)
        return ids.error();
    bindFilter(*ids, q);
    ids->bind(7, q.limit).bind(8, q.offset);
    auto page = collectRows<qint64>(*ids, [](const Statement &s) { return s.int64(0); });
    if (!page)
        return page.error();
    auto one = m_db.prepare(CW_FLAG_ROW_COLUMNS CW_FLAG_JOINS " WHERE f.id = ?1");
    if (!one)
        return one.error();
    QList<FlagRow> rows;
    rows.reserve(page->size());
    for (qint64 id : *page) {
        one->reset();
        one->bind(1, id);
        auto row = firstRow<FlagRow>(*one, readFlagRow);
        if (!row)
            return row.error();
        if (row->has_value())
            rows.append(std::move(**row));
    }
    return rows;
}

Result<int> FlagRepository::count(const FlagQuery &q) const
{
    const QByteArray sql = "SELECT count(*)" CW_FLAG_JOINS + whereFor(q);
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindFilter(*st, q);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row ? st->integer(0) : 0;
}

Result<std::optional<FlagRow>> FlagRepository::row(qint64 flagId) const
{
    auto st = m_db.prepare(CW_FLAG_ROW_COLUMNS CW_FLAG_JOINS " WHERE f.id = ?1");
    if (!st)
        return st.error();
    st->bind(1, flagId);
    return firstRow<FlagRow>(*st, readFlagRow);
}

Result<std::optional<int>> FlagRepository::positionOf(const FlagQuery &q, qint64 flagId) const
{
    const QByteArray sql = "SELECT pos FROM (SELECT f.id AS id, row_number() OVER (" +
                           orderBy(q) + ") - 1 AS pos" CW_FLAG_JOINS + whereFor(q) +
                           ") WHERE id = ?7";
    auto st = m_db.prepare(sql.constData());
    if (!st)
        return st.error();
    bindFilter(*st, q);
    st->bind(7, flagId);
    return firstRow<int>(*st, [](const Statement &s) { return s.integer(0); });
}

} // namespace cw
