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
    auto st = m_db.prepare(
        "INSERT INTO platforms(name, category, website, created_at) VALUES (?, ?, ?, ?)");
    if (!st)
        return st.error();
    st->bind(1, name).bind(2, category).bind(3, website).bind(4, nowIsoUtc());
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Result<std::optional<Platform>> PlatformRepository::findByName(const QString &name) const
{
    auto st = m_db.prepare(
        "SELECT id, name, category, website, created_at FROM platforms WHERE name = ?");
    if (!st)
        return st.error();
    st->bind(1, name);
    return firstRow<Platform>(*st, readPlatform);
}

Result<std::optional<Platform>> PlatformRepository::get(qint64 id) const
{
    auto st =
        m_db.prepare("SELECT id, name, category, website, created_at FROM platforms WHERE id = ?");
    if (!st)
        return st.error();
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
    auto st = m_db.prepare(R"SQL(
        WITH latest AS (
            SELECT document_id, max(number) AS number FROM versions GROUP BY document_id),
        current_flags AS (
            SELECT d.platform_id, f.severity, f.status, f.changed_since_review
            FROM flags f
            JOIN clauses c ON c.id = f.clause_id
            JOIN versions v ON v.id = c.version_id
            JOIN latest l ON l.document_id = v.document_id AND l.number = v.number
            JOIN documents d ON d.id = v.document_id
            WHERE f.status <> 'rejected')
        SELECT p.id, p.name, p.category, p.website, p.created_at,
               (SELECT count(*) FROM documents d WHERE d.platform_id = p.id),
               (SELECT count(*) FROM current_flags f WHERE f.platform_id = p.id AND f.severity = 'high'),
               (SELECT count(*) FROM current_flags f WHERE f.platform_id = p.id AND f.severity = 'medium'),
               (SELECT count(*) FROM current_flags f WHERE f.platform_id = p.id AND f.severity = 'low'),
               (SELECT count(*) FROM current_flags f WHERE f.platform_id = p.id
                   AND (f.status = 'suggested' OR f.changed_since_review = 1))
        FROM platforms p ORDER BY p.name COLLATE NOCASE)SQL");
    if (!st)
        return st.error();
    return collectRows<PlatformSummary>(*st, [](const Statement &s) {
        return PlatformSummary{readPlatform(s), s.integer(5), s.integer(6),
                               s.integer(7),    s.integer(8), s.integer(9)};
    });
}

} // namespace cw
