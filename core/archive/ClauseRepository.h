#pragma once

#include "model/Clause.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

class ClauseRepository
{
public:
    explicit ClauseRepository(const Database &db) : m_db(db) {}

    /// A new lineage (clause identity) for a document.
    Result<qint64> newLineage(qint64 documentId);
    /// Inserts the clauses of one version; fills in their ids.
    Status insertAll(QList<Clause> &clauses);
    Result<std::optional<Clause>> get(qint64 id) const;
    Result<QList<Clause>> forVersion(qint64 versionId) const;
    /// The clause of a lineage in a given version, if the lineage reaches it.
    Result<std::optional<Clause>> inVersion(qint64 lineageId, qint64 versionId) const;

private:
    const Database &m_db;
};

} // namespace cw
