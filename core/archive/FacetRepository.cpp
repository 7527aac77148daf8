#include "archive/FacetRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"

namespace cw {

Result<QList<ClauseTypeFacet>> FacetRepository::clauseTypes() const
{
    auto st = m_db.prepare("SELECT key, name, category, default_severity FROM clause_types "
                           "ORDER BY category, name COLLATE NOCASE");
    if (!st)
        return st.error();
    return collectRows<ClauseTypeFacet>(*st, [](const Statement &s) {
        return ClauseTypeFacet{s.text(0), s.text(1), s.text(2),
                               severityFromKey(s.text(3)).value_or(Severity::Medium)};
    });
}

Result<QStringList> FacetRepository::categories() const
{
    auto st = m_db.prepare("SELECT DISTINCT category FROM clause_types WHERE category <> '' "
                           "ORDER BY category");
    if (!st)
        return st.error();
    auto rows = collectRows<QString>(*st, [](const Statement &s) { return s.text(0); });
    if (!rows)
        return rows.error();
    return QStringList(*rows);
}

Result<QList<RegulationFacet>> FacetRepository::regulations() const
{
    auto st = m_db.prepare("SELECT key, short_name, name, jurisdiction FROM regulations "
                           "ORDER BY short_name COLLATE NOCASE");
    if (!st)
        return st.error();
    return collectRows<RegulationFacet>(*st, [](const Statement &s) {
        return RegulationFacet{s.text(0), s.text(1), s.text(2), s.text(3)};
    });
}

} // namespace cw
