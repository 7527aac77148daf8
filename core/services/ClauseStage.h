#pragma once

#include "util/Result.h"

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
};

struct ClauseStageOutput
{
    int clauses = 0;
    int flagsAdded = 0;
    int flagsCarried = 0;
    int flagsReturnedToReview = 0;
};

/// Segments a new version, matches its clauses to the previous version's
/// (lineage), stores them, and carries or raises flags. Runs inside the
/// caller's transaction.
Result<ClauseStageOutput> runClauseStage(const Database &db, const ClauseStageInput &input);

} // namespace cw
