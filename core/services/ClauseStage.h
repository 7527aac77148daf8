#pragma once

#include "model/Clause.h"
#include "services/PreparedCapture.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <optional>

namespace cw {

class Database;

struct ClauseStageInput
{
    qint64 documentId = 0;
    qint64 versionId = 0;
    std::optional<qint64> previousVersionId;
    QString text;
    QString platformName;
    bool classify = true; ///< raise suggestions for new and reworded clauses
    /// The previous version's clauses as stored, when the caller already has
    /// them (else they are read).
    const QList<Clause> *previousClauses = nullptr;
    /// Segmentation, hashes and suggestions worked out ahead for this very
    /// text (CapturePreparer); nullptr: done here.
    const PreparedClauses *prepared = nullptr;
    /// The prepared lineage was matched against this previous version's text.
    bool preparedLineageHolds = false;
    /// Point the lineages' flags at their clauses in this version. A bulk
    /// import turns it off and calls FlagCarry::toNewestClauses() before each
    /// commit instead (once per batch instead of once per version).
    bool carryFlags = true;
};

struct ClauseStageOutput
{
    int clauses = 0;
    int flagsAdded = 0;
    int flagsCarried = 0;
    int flagsReturnedToReview = 0;
    /// The previous version's clauses and the new version's (as stored, with
    /// ids and lineage), for later stages of the same import.
    QList<Clause> previousClauses;
    QList<Clause> clauseList;
};

/// Segments a new version, matches its clauses to the previous version's
/// (lineage), stores them, and carries or raises flags. Runs inside the
/// caller's transaction.
Result<ClauseStageOutput> runClauseStage(const Database &db, const ClauseStageInput &input);

/// For clause stages run with carryFlags off: points every flag whose lineage
/// has a clause in a version newer than `afterVersionId` at the lineage's
/// newest clause. Returns the number of flags updated.
Result<int> carryFlagsToNewestClauses(const Database &db, qint64 afterVersionId);

} // namespace cw
