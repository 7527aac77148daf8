#include "archive/TaxonomyRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "archive/Transaction.h"
#include "classify/Taxonomy.h"
#include "util/Time.h"

namespace cw {

namespace {

#define CW_TYPE_COLUMNS                                                                            \
    "key, name, category, default_severity, description, why_it_matters, consumer_impact, "        \
    "summary_template, (SELECT group_concat(regulation_key) FROM clause_type_regulations r "       \
    "WHERE r.type_key = t.key)"

ClauseType readType(const Statement &s)
{
    ClauseType t;
    t.key = s.text(0);
    t.name = s.text(1);
    t.category = s.text(2);
    t.defaultSeverity = severityFromKey(s.text(3)).value_or(Severity::Medium);
    t.description = s.text(4);
    t.whyItMatters = s.text(5);
    t.consumerImpact = s.text(6);
    t.summaryTemplate = s.text(7);
    t.regulations = s.text(8).split(QLatin1Char(','), Qt::SkipEmptyParts);
    t.regulations.sort();
    return t;
}

} // namespace

Status TaxonomyRepository::syncBuiltin(const Taxonomy &taxonomy, const QString &fingerprint)
{
    auto mark = m_db.cached("SELECT value FROM archive_meta WHERE key = 'taxonomy_fingerprint'");
    if (!mark)
        return mark.error();
    auto row = (*mark)->step();
    if (!row)
        return row.error();
    const bool current = *row && (*mark)->text(0) == fingerprint;
    (*mark)->reset();
    if (current)
        return {};

    Transaction tx(m_db);
    auto reg = m_db.prepare(
        "INSERT INTO regulations(key, short_name, name, jurisdiction, citation, url) "
        "VALUES (?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET short_name = excluded.short_name, "
        "name = excluded.name, jurisdiction = excluded.jurisdiction, "
        "citation = excluded.citation, url = excluded.url");
    if (!reg)
        return reg.error();
    for (const Regulation &r : taxonomy.regulations()) {
        reg->bind(1, r.key).bind(2, r.shortName).bind(3, r.name).bind(4, r.jurisdiction)
            .bind(5, r.citation).bind(6, r.url);
        CW_TRY(reg->exec());
    }
    // Built-in texts are refreshed unless the analyst edited the type.
    auto type = m_db.prepare(
        "INSERT INTO clause_types(key, name, category, default_severity, description, "
        "why_it_matters, consumer_impact, summary_template, origin, edited, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,'builtin',0,?) ON CONFLICT(key) DO UPDATE SET "
        "name = excluded.name, category = excluded.category, "
        "default_severity = excluded.default_severity, description = excluded.description, "
        "why_it_matters = excluded.why_it_matters, consumer_impact = excluded.consumer_impact, "
        "summary_template = excluded.summary_template, updated_at = excluded.updated_at "
        "WHERE clause_types.edited = 0");
    if (!type)
        return type.error();
    auto link = m_db.prepare("INSERT OR IGNORE INTO clause_type_regulations(type_key, "
                             "regulation_key) VALUES (?, ?)");
    if (!link)
        return link.error();
    const QString now = nowIsoUtc();
    for (const ClauseType &t : taxonomy.types()) {
        type->bind(1, t.key).bind(2, t.name).bind(3, t.category)
            .bind(4, severityKey(t.defaultSeverity)).bind(5, t.description)
            .bind(6, t.whyItMatters).bind(7, t.consumerImpact).bind(8, t.summaryTemplate)
            .bind(9, now);
        CW_TRY(type->exec());
        for (const QString &r : t.regulations) {
            link->bind(1, t.key).bind(2, r);
            CW_TRY(link->exec());
        }
    }
    auto set = m_db.prepare("INSERT INTO archive_meta(key, value) VALUES "
                            "('taxonomy_fingerprint', ?) ON CONFLICT(key) DO UPDATE SET "
                            "value = excluded.value");
    if (!set)
        return set.error();
    set->bind(1, fingerprint);
    CW_TRY(set->exec());
    return tx.commit();
}

Result<QList<ClauseType>> TaxonomyRepository::types() const
{
    auto st = m_db.prepare("SELECT " CW_TYPE_COLUMNS " FROM clause_types t ORDER BY category, name");
    if (!st)
        return st.error();
    return collectRows<ClauseType>(*st, readType);
}

Result<std::optional<ClauseType>> TaxonomyRepository::type(const QString &key) const
{
    auto st = m_db.prepare("SELECT " CW_TYPE_COLUMNS " FROM clause_types t WHERE key = ?");
    if (!st)
        return st.error();
    st->bind(1, key);
    return firstRow<ClauseType>(*st, readType);
}

Result<QList<Regulation>> TaxonomyRepository::regulations() const
{
    auto st = m_db.prepare("SELECT key, short_name, name, jurisdiction, citation, url "
                           "FROM regulations ORDER BY short_name");
    if (!st)
        return st.error();
    return collectRows<Regulation>(*st, [](const Statement &s) {
        Regulation r;
        r.key = s.text(0);
        r.shortName = s.text(1);
        r.name = s.text(2);
        r.jurisdiction = s.text(3);
        r.citation = s.text(4);
        r.url = s.text(5);
        return r;
    });
}

Status TaxonomyRepository::saveAnalystEdit(const ClauseType &t)
{
    Transaction tx(m_db);
    auto st = m_db.prepare(
        "INSERT INTO clause_types(key, name, category, default_severity, description, "
        "why_it_matters, consumer_impact, summary_template, origin, edited, updated_at) "
        "VALUES (?,?,?,?,?,?,?,?,'analyst',1,?) ON CONFLICT(key) DO UPDATE SET "
        "name = excluded.name, category = excluded.category, "
        "default_severity = excluded.default_severity, description = excluded.description, "
        "why_it_matters = excluded.why_it_matters, consumer_impact = excluded.consumer_impact, "
        "summary_template = excluded.summary_template, edited = 1, "
        "updated_at = excluded.updated_at");
    if (!st)
        return st.error();
    st->bind(1, t.key).bind(2, t.name).bind(3, t.category).bind(4, severityKey(t.defaultSeverity))
        .bind(5, t.description).bind(6, t.whyItMatters).bind(7, t.consumerImpact)
        .bind(8, t.summaryTemplate).bind(9, nowIsoUtc());
    CW_TRY(st->exec());
    auto clear = m_db.prepare("DELETE FROM clause_type_regulations WHERE type_key = ?");
    if (!clear)
        return clear.error();
    clear->bind(1, t.key);
    CW_TRY(clear->exec());
    auto link = m_db.prepare("INSERT OR IGNORE INTO clause_type_regulations(type_key, "
                             "regulation_key) VALUES (?, ?)");
    if (!link)
        return link.error();
    for (const QString &r : t.regulations) {
        link->bind(1, t.key).bind(2, r);
        CW_TRY(link->exec());
    }
    return tx.commit();
}

} // namespace cw
