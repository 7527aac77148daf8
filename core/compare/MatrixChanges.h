#pragma once

#include "compare/ComparisonMatrix.h"

#include <QList>
#include <QSet>
#include <QString>
#include <optional>
#include <utility>

namespace cw {

enum class CellChangeKind {
    Appeared,        ///< absent at the first date, present at the second
    Disappeared,     ///< present at the first date, absent at the second
    SeverityRaised,  ///< present at both; the highest severity went up
    SeverityLowered, ///< present at both; the highest severity went down
    Changed,         ///< present at both, same severity; a clause of the type was added, removed
                     ///< or reworded between the dates
};

/// "appeared", "disappeared", "severity_raised", "severity_lowered", "changed".
QString cellChangeKey(CellChangeKind k);

struct CellChange
{
    QString typeKey;
    qint64 platformId = 0;
    CellChangeKind kind = CellChangeKind::Appeared;
    std::optional<Severity> before;
    std::optional<Severity> after;
    int countBefore = 0;
    int countAfter = 0;
};

/// (platform id, type key) of a cell.
using CellKey = std::pair<qint64, QString>;

/// The matrix at two dates and what changed between them.
struct MatrixComparison
{
    ComparisonMatrix before;
    ComparisonMatrix after;
    QList<CellChange> changes; ///< in `after`'s row order, then column order
};

/// Compares two matrices cell by cell, matching rows by type key and columns by
/// platform id (a row or column only one side has compares against absent
/// cells). A cell present at both dates with the same severity is Changed
/// when its clause count differs or when `touched` names it: cells whose
/// flagged clauses were added or reworded by a version first seen between the
/// two dates (ComparisonService finds them in the version history). Pure.
class MatrixChanges
{
public:
    static QList<CellChange> between(const ComparisonMatrix &before, const ComparisonMatrix &after,
                                     const QSet<CellKey> &touched = {});
};

} // namespace cw
