#include "archive/ProvisionRepository.h"

#include "archive/ClauseRepository.h"
#include "archive/Database.h"
#include "archive/FlagRepository.h"
#include "archive/Rows.h"
#include "provenance/Citation.h"
#include "util/Excerpt.h"
#include "util/Json.h"

namespace cw {

QString ProvisionDetail::citation() const
{
    return Citation::line(CitationFacts{
        platformName, document.title.isEmpty() ? document.termsType : document.title,
        flag.recordId(), evidence.capturedAt, evidence.rawSha256});
}

QString ProvisionDetail::waybackUrl() const
{
    return Citation::waybackUrl(evidence.capturedAt, evidence.sourceUrl);
}

Result<std::optional<ProvisionDetail>> ProvisionRepository::detail(qint64 flagId) const
{
    auto flag = FlagRepository(m_db).get(flagId);
    if (!flag)
        return flag.error();
    if (!flag->has_value())
        return std::optional<ProvisionDetail>();
    ProvisionDetail d;
    d.flag = std::move(**flag);
    auto clause = ClauseRepository(m_db).get(d.flag.clauseId);
    if (!clause)
        return clause.error();
    if (clause->has_value())
        d.clause = std::move(**clause);

    auto st = m_db.prepare(R"SQL(
        SELECT p.id, p.name, p.category,
               d.id, d.platform_id, d.terms_type, d.title, d.source_url, d.select_css,
               d.remove_css, d.created_at,
               v.id, v.number, coalesce(v.declared_updated, ''), v.last_verified,
               (SELECT count(*) FROM versions WHERE document_id = d.id),
               (SELECT vm.first_seen FROM versions vm INDEXED BY versions_meta_by_id WHERE vm.id =
                 (SELECT min(c2.version_id) FROM clauses c2 WHERE c2.lineage_id = ?2)),
               coalesce(t.name, ?3), coalesce(t.category, ''), coalesce(t.description, ''),
               coalesce(t.why_it_matters, ''), coalesce(t.consumer_impact, ''),
               s.id, s.captured_at, s.origin_kind, s.origin, coalesce(s.commit_id, ''),
               s.raw_sha256, coalesce(s.text_sha256, ''), length(s.raw), s.content_type,
               (SELECT count(*) FROM verifications WHERE version_id = v.id)
        FROM versions v INDEXED BY versions_meta_by_id
        JOIN documents d ON d.id = v.document_id
        JOIN platforms p ON p.id = d.platform_id
        LEFT JOIN clause_types t ON t.key = ?3
        LEFT JOIN snapshots s ON s.id = v.first_snapshot_id
        WHERE v.id = ?1)SQL");
    if (!st)
        return st.error();
    st->bind(1, d.clause.versionId).bind(2, d.flag.lineageId).bind(3, d.flag.typeKey);
    auto row = st->step();
    if (!row)
        return row.error();
    if (*row) {
        const Statement &s = *st;
        d.platformId = s.int64(0);
        d.platformName = s.text(1);
        d.platformCategory = s.text(2);
        d.document = Document{s.int64(3), s.int64(4), s.text(5), s.text(6),
                              s.text(7),  s.text(8),  s.text(9), s.text(10)};
        d.versionId = s.int64(11);
        d.versionNumber = s.integer(12);
        d.declaredUpdated = s.text(13);
        d.evidence.lastVerified = s.text(14);
        d.versionCount = s.integer(15);
        d.firstTracked = s.text(16);
        d.typeName = s.text(17);
        d.category = s.text(18);
        d.typeDescription = s.text(19);
        d.whyItMatters = s.text(20);
        d.consumerImpact = s.text(21);
        if (!s.isNull(22)) {
            d.evidence.snapshotId = s.int64(22);
            d.evidence.capturedAt = s.text(23);
            d.evidence.originKind = s.text(24);
            d.evidence.origin = s.text(25);
            d.evidence.commitId = s.text(26);
            d.evidence.rawSha256 = s.text(27);
            d.evidence.textSha256 = s.text(28);
            d.evidence.rawBytes = s.int64(29);
            d.evidence.contentType = s.text(30);
        }
        d.evidence.verifications = s.integer(31);
        // The public address: what was fetched, else what the document names.
        d.evidence.sourceUrl = d.evidence.originKind == QLatin1String("url") ? d.evidence.origin
                                                                              : d.document.sourceUrl;
    }

    auto regs = m_db.prepare(
        "SELECT r.key, r.short_name, r.name, r.jurisdiction, r.citation, r.url "
        "FROM clause_type_regulations ctr JOIN regulations r ON r.key = ctr.regulation_key "
        "WHERE ctr.type_key = ? ORDER BY r.jurisdiction, r.short_name");
    if (!regs)
        return regs.error();
    regs->bind(1, d.flag.typeKey);
    auto list = collectRows<RegulationRef>(*regs, [](const Statement &s) {
        return RegulationRef{s.text(0), s.text(1), s.text(2), s.text(3), s.text(4), s.text(5)};
    });
    if (!list)
        return list.error();
    d.regulations = std::move(*list);
    return std::optional<ProvisionDetail>(std::move(d));
}

Result<QList<PeerProvision>> ProvisionRepository::peers(const QString &typeKey,
                                                        qint64 excludePlatformId, int limit) const
{
    // Rank each platform's flags of the type on narrow columns (index-only
    // reads), keep the most severe per platform (confirmed first, then the
    // earliest raised), and read clause text for those rows only. The flags
    // of the type drive the loop (CROSS JOIN fixes the order: left to its
    // own choice, SQLite builds an automatic index per outer row here).
    auto st = m_db.prepare(R"SQL(
        WITH ranked AS (
            SELECT f.id AS id, d.platform_id AS platform_id,
                   CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END AS sev,
                   row_number() OVER (PARTITION BY d.platform_id ORDER BY
                       CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END,
                       CASE f.status WHEN 'confirmed' THEN 0 ELSE 1 END, f.id) AS rank_in_platform
            FROM flags f INDEXED BY flags_type
            CROSS JOIN clauses c INDEXED BY clauses_search_meta ON c.id = f.clause_id
            CROSS JOIN versions v INDEXED BY versions_meta_by_id ON v.id = c.version_id
            CROSS JOIN documents d ON d.id = v.document_id
            WHERE f.type_key = ?1 AND d.platform_id <> ?2 AND f.status <> 'rejected'
              AND v.number = (SELECT max(x.number) FROM versions x WHERE x.document_id = v.document_id))
        SELECT f.id, r.platform_id, p.name, d.terms_type, f.severity, f.status, c.heading_path,
               c.text, f.evidence
        FROM ranked r
        JOIN flags f ON f.id = r.id
        JOIN clauses c ON c.id = f.clause_id
        JOIN versions v INDEXED BY versions_meta_by_id ON v.id = c.version_id
        JOIN documents d ON d.id = v.document_id
        JOIN platforms p ON p.id = r.platform_id
        WHERE r.rank_in_platform = 1
        ORDER BY r.sev, p.name COLLATE NOCASE
        LIMIT ?3)SQL");
    if (!st)
        return st.error();
    st->bind(1, typeKey).bind(2, excludePlatformId).bind(3, limit);
    return collectRows<PeerProvision>(*st, [](const Statement &s) {
        PeerProvision p;
        p.flagId = s.int64(0);
        p.platformId = s.int64(1);
        p.platformName = s.text(2);
        p.termsType = s.text(3);
        p.severity = severityFromKey(s.text(4)).value_or(Severity::Medium);
        p.status = reviewStatusFromKey(s.text(5));
        p.headingPath = stringListFromJson(s.text(6));
        p.quote = Excerpt::oneLine(s.text(7), spansFromJson(s.text(8)), 140);
        return p;
    });
}

Result<QList<VersionFlag>> ProvisionRepository::flagsInVersion(qint64 versionId) const
{
    auto st = m_db.prepare(
        "SELECT c.id, f.id, f.type_key, coalesce(t.name, f.type_key), f.severity, f.status, "
        "f.evidence, f.clause_id = c.id "
        "FROM clauses c JOIN flags f ON f.lineage_id = c.lineage_id "
        "LEFT JOIN clause_types t ON t.key = f.type_key "
        "WHERE c.version_id = ? "
        "ORDER BY c.ordinal, CASE f.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END");
    if (!st)
        return st.error();
    st->bind(1, versionId);
    return collectRows<VersionFlag>(*st, [](const Statement &s) {
        VersionFlag f;
        f.clauseId = s.int64(0);
        f.flagId = s.int64(1);
        f.typeKey = s.text(2);
        f.typeName = s.text(3);
        f.severity = severityFromKey(s.text(4)).value_or(Severity::Medium);
        f.status = reviewStatusFromKey(s.text(5));
        if (s.int64(7) != 0)
            f.evidence = spansFromJson(s.text(6));
        return f;
    });
}

} // namespace cw
