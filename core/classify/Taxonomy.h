#pragma once

#include "model/ClauseCategory.h"
#include "model/ClauseType.h"
#include "model/Regulation.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace cw {

/// The clause taxonomy: categories, clause types and the regulations they touch.
/// Loaded from resources/taxonomy/{clause_types,regulations}.json (embedded at
/// ":/taxonomy/...") or from files. Loading validates the data: unique keys,
/// known categories and regulation keys, valid severities, well-formed summary
/// templates. Immutable after loading; cheap to copy (Qt implicit sharing).
class Taxonomy
{
public:
    Taxonomy() = default;

    /// The built-in taxonomy embedded in clausewatch_core.
    static Result<Taxonomy> loadBuiltin();
    static Result<Taxonomy> loadFromFiles(const QString &clauseTypesPath,
                                          const QString &regulationsPath);
    static Result<Taxonomy> fromJson(const QByteArray &clauseTypesJson,
                                     const QByteArray &regulationsJson);

    /// Clause types in file order (grouped by category).
    const QList<ClauseType> &types() const { return m_types; }
    const QList<ClauseCategory> &categories() const { return m_categories; }
    const QList<Regulation> &regulations() const { return m_regulations; }

    /// nullptr when unknown. The pointer is valid as long as this object lives.
    const ClauseType *type(const QString &key) const;
    const Regulation *regulation(const QString &key) const;
    const ClauseCategory *category(const QString &key) const;

    QList<ClauseType> typesInCategory(const QString &categoryKey) const;
    /// The regulations of one clause type, in the type's order; empty if unknown.
    QList<Regulation> regulationsFor(const QString &typeKey) const;

private:
    QList<ClauseCategory> m_categories;
    QList<ClauseType> m_types;
    QList<Regulation> m_regulations;
    QHash<QString, qsizetype> m_typeIndex;
    QHash<QString, qsizetype> m_regulationIndex;
};

} // namespace cw
