#pragma once

#include "model/Severity.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cw {

class Database;

struct ClauseTypeFacet
{
    QString key;
    QString name;
    QString category;
    Severity defaultSeverity = Severity::Medium;
};

struct RegulationFacet
{
    QString key;
    QString shortName;
    QString name;
    QString jurisdiction;
};

/// The values the flag filters offer (clause types, categories, regulations),
/// read from the archive's taxonomy tables.
class FacetRepository
{
public:
    explicit FacetRepository(const Database &db) : m_db(db) {}

    /// Clause types by category then name.
    Result<QList<ClauseTypeFacet>> clauseTypes() const;
    /// Distinct categories, sorted.
    Result<QStringList> categories() const;
    /// Regulations by short name.
    Result<QList<RegulationFacet>> regulations() const;

private:
    const Database &m_db;
};

} // namespace cw
