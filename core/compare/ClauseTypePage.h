#pragma once

#include "compare/AdoptionTimeline.h"
#include "compare/ComparisonMatrix.h"
#include "model/Flag.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cw {

/// One platform's clause of the type (a flag and the clause that carries it
/// in the version current at the page's date).
struct TypeClause
{
    qint64 flagId = 0;
    QString recordId; ///< CW-P-…
    qint64 platformId = 0;
    qint64 documentId = 0;
    QString termsType;
    qint64 versionId = 0;
    int versionNumber = 0;
    qint64 clauseId = 0;
    QStringList headingPath;
    QString text;    ///< the original wording in that version
    QString summary; ///< the flag's plain-language reading
    Severity severity = Severity::Medium;
    ReviewStatus status = ReviewStatus::Suggested;
    bool changedSinceReview = false;
    bool reviewed() const { return status == ReviewStatus::Confirmed && !changedSinceReview; }
};

/// One platform on the clause-type page.
struct TypePlatformEntry
{
    MatrixPlatform platform;
    CellState state = CellState::NotFound;
    std::optional<Severity> severity; ///< highest, when Present
    QList<TypeClause> clauses;        ///< highest severity first, then document, then position
    bool reviewed() const;
};

/// The texts of a clause type (from the archive's clause_types table; empty
/// when the type is not in it).
struct ClauseTypeInfo
{
    MatrixType type;
    QString description;
    QString whyItMatters;
    QString consumerImpact;
};

/// Every platform's clause of one type side by side, and when each platform
/// introduced, changed or dropped it.
struct ClauseTypePage
{
    QString at; ///< ISO date or empty for now
    ClauseTypeInfo type;
    /// Present platforms first (High before Medium before Low, then name),
    /// then "not found", then "not archived".
    QList<TypePlatformEntry> platforms;
    QList<AdoptionEvent> timeline; ///< the whole history, independent of `at`

    /// Orders `platforms` as documented above.
    void sortPlatforms();
};

} // namespace cw
