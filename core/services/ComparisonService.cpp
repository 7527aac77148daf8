#include "services/ComparisonService.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "compare/DocumentFamily.h"
#include "compare/MatrixBuilder.h"
#include "model/ClauseCategory.h"
#include "model/RecordId.h"
#include "util/Json.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>
#include <algorithm>
#include <unordered_map>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::ComparisonService", s);
}

// The version of each document current before the cutoff: the newest one
// first seen before it. SQLite returns the bare column `id` from the row that
// holds max(number) (documented behaviour of min/max aggregates).
#define CW_AT_VERSION_CTE                                                                          \
    "WITH at_version(document_id, version_id, number) AS ("                                        \
    " SELECT document_id, id, max(number) FROM versions WHERE first_seen < ?1"                     \
    " GROUP BY document_id) "

QString readableKey(const QString &key)
{
    QString s = key;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!s.isEmpty())
        s[0] = s[0].toUpper();
    return s;
}

} // namespace

QString ComparisonService::cutoff(const std::optional<QDate> &at)
{
    if (!at || !at->isValid())
        return QStringLiteral("9999-12-31T23:59:59Z");
    return QDateTime(at->addDays(1), QTime(0, 0), QTimeZone::utc()).toString(Qt::ISODate);
}

QString ComparisonService::categoryName(const QString &key) const
{
    if (const auto it = m_categoryNames.constFind(key); it != m_categoryNames.cend())
        return *it;
    return categoryDisplayName(key);
}

Result<QList<MatrixType>> ComparisonService::types() const
{
    // Categories in the order the taxonomy lists them (the rowid order of
    // their first type), types in taxonomy order within a category.
    auto st = m_db.prepare(
        "SELECT t.key, t.name, t.category, t.default_severity,"
        " (SELECT group_concat(regulation_key, ' ') FROM clause_type_regulations r"
        "  WHERE r.type_key = t.key)"
        " FROM clause_types t"
        " JOIN (SELECT category, min(rowid) AS first FROM clause_types GROUP BY category) g"
        "  ON g.category = t.category"
        " ORDER BY g.first, t.rowid");
    if (!st)
        return st.error();
    auto list = collectRows<MatrixType>(*st, [this](const Statement &s) {
        MatrixType t;
        t.key = s.text(0);
        t.name = s.text(1);
        t.category = s.text(2);
        t.categoryName = categoryName(t.category);
        t.defaultSeverity = severityFromKey(s.text(3)).value_or(Severity::Medium);
        t.regulations = s.text(4).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        std::sort(t.regulations.begin(), t.regulations.end());
        return t;
    });
    if (!list)
        return list.error();
    // Types used by flags that the table does not know (e.g. before the
    // taxonomy is loaded): shown at the end, under "Other".
    auto extra = m_db.prepare("SELECT DISTINCT type_key FROM flags"
                              " WHERE type_key NOT IN (SELECT key FROM clause_types)"
                              " ORDER BY type_key");
    if (!extra)
        return extra.error();
    CW_TRY(forEachRow(*extra, [&](const Statement &s) {
        MatrixType t;
        t.key = s.text(0);
        t.name = readableKey(t.key);
        t.categoryName = categoryName(QString());
        list->append(t);
    }));
    return list;
}

Result<QList<MatrixPlatform>> ComparisonService::platforms(const QString &cutoffIso) const
{
    auto st = m_db.prepare("SELECT id, name, category FROM platforms ORDER BY id");
    if (!st)
        return st.error();
    QList<MatrixPlatform> out;
    QHash<qint64, qsizetype> index;
    CW_TRY(forEachRow(*st, [&](const Statement &s) {
        index.insert(s.int64(0), out.size());
        out.append(MatrixPlatform{s.int64(0), s.text(1), s.text(2), 0});
    }));
    // Documents with a version first seen before the cutoff are archived then.
    auto docs = m_db.prepare("SELECT d.platform_id, d.terms_type FROM documents d"
                             " WHERE EXISTS (SELECT 1 FROM versions v"
                             "  WHERE v.document_id = d.id AND v.first_seen < ?1)");
    if (!docs)
        return docs.error();
    docs->bind(1, cutoffIso);
    CW_TRY(forEachRow(*docs, [&](const Statement &s) {
        const auto it = index.constFind(s.int64(0));
        if (it != index.cend())
            out[*it].archivedFamilies |=
                DocumentFamilies::bit(DocumentFamilies::ofTermsType(s.text(1)));
    }));
    return out;
}

Result<MatrixFacts> ComparisonService::facts(const std::optional<QDate> &at) const
{
    MatrixFacts f;
    f.at = at && at->isValid() ? at->toString(Qt::ISODate) : QString();
    const QString bound = cutoff(at);
    auto types = this->types();
    if (!types)
        return types.error();
    f.types = std::move(*types);
    auto platforms = this->platforms(bound);
    if (!platforms)
        return platforms.error();
    f.platforms = std::move(*platforms);

    // One row per flag whose lineage has a clause in the document's version
    // of that date; counted here rather than with GROUP BY, which costs more
    // than the query itself (bench_compare). The EXISTS probe is answered by
    // the clauses_lineage_version index alone.
    auto st = m_db.prepare(CW_AT_VERSION_CTE
                           "SELECT d.platform_id, f.type_key,"
                           " CASE f.severity WHEN 'high' THEN 3 WHEN 'medium' THEN 2 ELSE 1 END,"
                           " f.status = 'confirmed' AND f.changed_since_review = 0"
                           " FROM flags f"
                           " JOIN lineages l ON l.id = f.lineage_id"
                           " JOIN at_version av ON av.document_id = l.document_id"
                           " JOIN documents d ON d.id = l.document_id"
                           " WHERE f.status <> 'rejected' AND EXISTS (SELECT 1 FROM clauses c"
                           "  WHERE c.lineage_id = f.lineage_id AND c.version_id = av.version_id)");
    if (!st)
        return st.error();
    st->bind(1, bound);
    struct Key
    {
        qint64 platformId;
        QString typeKey;
        int severity;
        bool reviewed;
        bool operator==(const Key &o) const
        {
            return platformId == o.platformId && severity == o.severity && reviewed == o.reviewed &&
                   typeKey == o.typeKey;
        }
    };
    struct KeyHash
    {
        size_t operator()(const Key &k) const
        {
            return qHashMulti(0, k.platformId, k.typeKey, k.severity, k.reviewed);
        }
    };
    std::unordered_map<Key, int, KeyHash> counts;
    QHash<QString, QString> typeKeys; // one shared string per type
    CW_TRY(forEachRow(*st, [&](const Statement &s) {
        QString type = s.text(1);
        auto shared = typeKeys.constFind(type);
        if (shared == typeKeys.cend())
            shared = typeKeys.insert(type, type);
        ++counts[Key{s.int64(0), *shared, s.integer(2), s.int64(3) != 0}];
    }));
    f.facts.reserve(qsizetype(counts.size()));
    for (const auto &[k, n] : counts)
        f.facts.append(MatrixFact{k.platformId, k.typeKey, Severity(k.severity), k.reviewed, n});
    return f;
}

Result<ComparisonMatrix> ComparisonService::matrix(const MatrixFilter &filter,
                                                   const std::optional<QDate> &at) const
{
    auto f = facts(at);
    if (!f)
        return f.error();
    return MatrixBuilder::build(*f, filter);
}

Result<QSet<CellKey>> ComparisonService::touchedBetween(const QDate &from, const QDate &to) const
{
    // Flag first: the lineage's clauses and their status come from the
    // clauses_lineage_version index; only their version's date is looked up.
    auto st = m_db.prepare("SELECT DISTINCT d.platform_id, f.type_key FROM flags f"
                           " JOIN lineages l ON l.id = f.lineage_id"
                           " JOIN documents d ON d.id = l.document_id"
                           " JOIN clauses c ON c.lineage_id = f.lineage_id"
                           " JOIN versions v ON v.id = c.version_id"
                           " WHERE f.status <> 'rejected'"
                           " AND c.lineage_status IN ('new', 'modified', 'moved_modified')"
                           " AND v.first_seen >= ?1 AND v.first_seen < ?2 AND v.number > 1");
    if (!st)
        return st.error();
    st->bind(1, cutoff(from)).bind(2, cutoff(to));
    QSet<CellKey> out;
    CW_TRY(forEachRow(*st, [&](const Statement &s) { out.insert({s.int64(0), s.text(1)}); }));
    return out;
}

Result<MatrixComparison> ComparisonService::changesBetween(const QDate &from, const QDate &to,
                                                           const MatrixFilter &filter) const
{
    if (!from.isValid() || !to.isValid())
        return makeError(tr("comparing the matrix between two dates"), tr("both dates are needed"));
    const QDate a = std::min(from, to);
    const QDate b = std::max(from, to);
    MatrixComparison out;
    auto before = matrix(filter, a);
    if (!before)
        return before.error();
    auto after = matrix(filter, b);
    if (!after)
        return after.error();
    auto touched = touchedBetween(a, b);
    if (!touched)
        return touched.error();
    out.before = std::move(*before);
    out.after = std::move(*after);
    out.changes = MatrixChanges::between(out.before, out.after, *touched);
    return out;
}

Result<QList<TypeClause>> ComparisonService::typeClauses(const QString &typeKey,
                                                         const QString &cutoffIso,
                                                         std::optional<qint64> platformId) const
{
    auto st = m_db.prepare(CW_AT_VERSION_CTE
                           "SELECT f.id, d.platform_id, d.id, d.terms_type, av.version_id,"
                           " av.number, c.id, c.heading_path, c.text, f.summary, f.severity,"
                           " f.status, f.changed_since_review"
                           " FROM flags f"
                           " JOIN lineages l ON l.id = f.lineage_id"
                           " JOIN at_version av ON av.document_id = l.document_id"
                           " JOIN clauses c ON c.lineage_id = f.lineage_id"
                           "  AND c.version_id = av.version_id"
                           " JOIN documents d ON d.id = l.document_id"
                           " WHERE f.type_key = ?2 AND f.status <> 'rejected'"
                           " AND (?3 IS NULL OR d.platform_id = ?3)"
                           " ORDER BY CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1"
                           " ELSE 2 END, d.terms_type, c.ordinal");
    if (!st)
        return st.error();
    st->bind(1, cutoffIso).bind(2, typeKey).bind(3, platformId);
    QList<TypeClause> out;
    QSet<qint64> seen;
    CW_TRY(forEachRow(*st, [&](const Statement &s) {
        const qint64 flagId = s.int64(0);
        if (seen.contains(flagId)) // a lineage with two clauses in one version
            return;
        seen.insert(flagId);
        TypeClause c;
        c.flagId = flagId;
        c.recordId = recordId(RecordKind::Provision, flagId);
        c.platformId = s.int64(1);
        c.documentId = s.int64(2);
        c.termsType = s.text(3);
        c.versionId = s.int64(4);
        c.versionNumber = s.integer(5);
        c.clauseId = s.int64(6);
        c.headingPath = stringListFromJson(s.text(7));
        c.text = s.text(8);
        c.summary = s.text(9);
        c.severity = severityFromKey(s.text(10)).value_or(Severity::Medium);
        c.status = reviewStatusFromKey(s.text(11));
        c.changedSinceReview = s.int64(12) != 0;
        out.append(std::move(c));
    }));
    return out;
}

Result<QList<TypeClause>> ComparisonService::cellClauses(qint64 platformId, const QString &typeKey,
                                                         const std::optional<QDate> &at) const
{
    return typeClauses(typeKey, cutoff(at), platformId);
}

Result<QList<AdoptionEvent>> ComparisonService::adoptionTimeline(const QString &typeKey) const
{
    // Every clause of every lineage that carries the type, in any version.
    auto presence = m_db.prepare("SELECT c.version_id, c.lineage_id, c.lineage_status"
                                 " FROM flags f JOIN clauses c ON c.lineage_id = f.lineage_id"
                                 " WHERE f.type_key = ? AND f.status <> 'rejected'");
    if (!presence)
        return presence.error();
    presence->bind(1, typeKey);
    QList<LineagePresence> rows;
    CW_TRY(forEachRow(*presence, [&](const Statement &s) {
        rows.append(
            {s.int64(0), s.int64(1), lineageStatusFromKey(s.text(2)).value_or(LineageStatus::New)});
    }));
    // The version lists of the documents those lineages belong to.
    auto versions = m_db.prepare(
        "SELECT d.platform_id, p.name, d.id, d.terms_type, v.id, v.number, v.first_seen"
        " FROM documents d JOIN platforms p ON p.id = d.platform_id"
        " JOIN versions v ON v.document_id = d.id"
        " WHERE d.id IN (SELECT l.document_id FROM flags f JOIN lineages l ON l.id = f.lineage_id"
        "  WHERE f.type_key = ? AND f.status <> 'rejected')"
        " ORDER BY d.id, v.number");
    if (!versions)
        return versions.error();
    versions->bind(1, typeKey);
    QList<TimelineDocument> documents;
    CW_TRY(forEachRow(*versions, [&](const Statement &s) {
        if (documents.isEmpty() || documents.constLast().documentId != s.int64(2))
            documents.append(TimelineDocument{s.int64(0), s.text(1), s.int64(2), s.text(3), {}});
        documents.last().versions.append({s.int64(4), s.integer(5), s.text(6)});
    }));
    return AdoptionTimeline::build(documents, rows);
}

Result<ClauseTypePage> ComparisonService::clauseTypePage(const QString &typeKey,
                                                         const std::optional<QDate> &at) const
{
    ClauseTypePage page;
    page.at = at && at->isValid() ? at->toString(Qt::ISODate) : QString();
    const QString bound = cutoff(at);

    auto types = this->types();
    if (!types)
        return types.error();
    page.type.type.key = typeKey;
    page.type.type.name = readableKey(typeKey);
    page.type.type.categoryName = categoryName(QString());
    for (const MatrixType &t : *types)
        if (t.key == typeKey)
            page.type.type = t;
    auto texts = m_db.prepare(
        "SELECT description, why_it_matters, consumer_impact FROM clause_types WHERE key = ?");
    if (!texts)
        return texts.error();
    texts->bind(1, typeKey);
    if (auto row = texts->step(); !row) {
        return row.error();
    } else if (*row) {
        page.type.description = texts->text(0);
        page.type.whyItMatters = texts->text(1);
        page.type.consumerImpact = texts->text(2);
    }

    auto platforms = this->platforms(bound);
    if (!platforms)
        return platforms.error();
    auto clauses = typeClauses(typeKey, bound, std::nullopt);
    if (!clauses)
        return clauses.error();
    QHash<qint64, qsizetype> index;
    const unsigned needed =
        DocumentFamilies::bit(DocumentFamilies::ofCategory(page.type.type.category));
    for (const MatrixPlatform &p : *platforms) {
        index.insert(p.id, page.platforms.size());
        TypePlatformEntry e;
        e.platform = p;
        e.state = (p.archivedFamilies & needed) ? CellState::NotFound : CellState::NotArchived;
        page.platforms.append(e);
    }
    for (const TypeClause &c : *clauses) {
        const auto it = index.constFind(c.platformId);
        if (it == index.cend())
            continue;
        TypePlatformEntry &e = page.platforms[*it];
        e.state = CellState::Present;
        if (!e.severity || *e.severity < c.severity)
            e.severity = c.severity;
        e.clauses.append(c);
    }
    page.sortPlatforms();

    auto timeline = adoptionTimeline(typeKey);
    if (!timeline)
        return timeline.error();
    page.timeline = std::move(*timeline);
    return page;
}

} // namespace cw
