#pragma once

#include "model/ClauseType.h"
#include "model/Regulation.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace cw {

class Database;
class Taxonomy;

/// Clause types and regulations as the archive holds them: the built-in
/// taxonomy (from resources) plus the analyst's own types and edits, which a
/// resource update never overwrites.
class TaxonomyRepository
{
public:
    explicit TaxonomyRepository(const Database &db) : m_db(db) {}

    /// Writes the built-in taxonomy into the archive when it changed since
    /// the last sync (tracked by a fingerprint in archive_meta). Types the
    /// analyst edited keep their texts.
    Status syncBuiltin(const Taxonomy &taxonomy, const QString &fingerprint);
    Result<QList<ClauseType>> types() const;
    Result<std::optional<ClauseType>> type(const QString &key) const;
    Result<QList<Regulation>> regulations() const;
    /// An analyst's edit of a type's texts or default severity (kept in the archive).
    Status saveAnalystEdit(const ClauseType &type);

private:
    const Database &m_db;
};

} // namespace cw
