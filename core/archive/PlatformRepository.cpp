#include "archive/PlatformRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Time.h"

namespace cw {

namespace {
Platform readPlatform(const Statement &st)
{
    return Platform{st.int64(0), st.text(1), st.text(2), st.text(3), st.text(4)};
}
} // namespace

Result<qint64> PlatformRepository::ensure(const QString &name, const QString &category,
                                          const QString &website)
{
    auto found = findByName(name);
    if (!found)
        return found.error();
    if (found->has_value())
        return (*found)->id;
    auto lease = m_db.cached(
        "INSERT INTO platforms(name, category, website, created_at) VALUES (?, ?, ?, ?)");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, name).bind(2, category).bind(3, website).bind(4, nowIsoUtc());
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Result<std::optional<Platform>> PlatformRepository::findByName(const QString &name) const
{
    auto lease =
        m_db.cached("SELECT id, name, category, website, created_at FROM platforms WHERE name = ?");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, name);
    return firstRow<Platform>(*st, readPlatform);
}

Result<std::optional<Platform>> PlatformRepository::get(qint64 id) const
{
    auto lease =
        m_db.cached("SELECT id, name, category, website, created_at FROM platforms WHERE id = ?");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, id);
    return firstRow<Platform>(*st, readPlatform);
}

Result<QList<Platform>> PlatformRepository::all() const
{
    auto st = m_db.prepare("SELECT id, name, category, website, created_at FROM platforms "
                           "ORDER BY name COLLATE NOCASE");
    if (!st)
        return st.error();
    return collectRows<Platform>(*st, readPlatform);
}

Result<QList<PlatformSummary>> PlatformRepository::summaries() const
{
    // Flags count once per lineage; only flags whose clause lies in the newest
    // version of its document describe the platform's current terms.
    // One pass over the flags, grouped by platform (correlated counts per
    // platform would scan the flags once per platform and column); each
    // flag's version is read from the metadata indexes of schema 3, never
    // from the text-bearing rows.
    auto st = m_db.prepare(R"SQL(
        WITH counts AS (
            SELECT d.platform_id AS platform_id,
                   sum(f.severity = 'high') AS high,
                   sum(f.severity = 'medium') AS medium,
                   sum(f.severity = 'low') AS low,
                   sum(f.status = 'suggested' OR f.changed_since_review = 1) AS unreviewed
            FROM flags f
            CROSS JOIN clauses c INDEXED BY clauses_search_meta ON c.id = f.clause_id
            CROSS JOIN versions v INDEXED BY versions_meta_by_id ON v.id = c.version_id
            CROSS JOIN documents d ON d.id = v.document_id
            WHERE f.status <> 'rejected'
              AND v.number = (SELECT max(x.number) FROM versions x WHERE x.document_id = v.document_id)
            GROUP BY d.platform_id),
        docs AS (SELECT platform_id, count(*) AS n FROM documents GROUP BY platform_id)
        SELECT p.id, p.name, p.category, p.website, p.created_at,
               coalesce(docs.n, 0), coalesce(counts.high, 0), coalesce(counts.medium, 0),
               coalesce(counts.low, 0), coalesce(counts.unreviewed, 0)
        FROM platforms p
        LEFT JOIN docs ON docs.platform_id = p.id
        LEFT JOIN counts ON counts.platform_id = p.id
        ORDER BY p.name COLLATE NOCASE)SQL");
    if (!st)
        return st.error();
    return collectRows<PlatformSummary>(*st, [](const Statement &s) {
        return PlatformSummary{readPlatform(s), s.integer(5), s.integer(6),
                               s.integer(7),    s.integer(8), s.integer(9)};
    });
}

} // namespace cw
