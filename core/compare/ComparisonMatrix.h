#pragma once

#include "model/Severity.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cw {

/// What an empty or filled matrix cell means.
enum class CellState {
    Present,    ///< the platform has at least one clause of the type (not rejected)
    NotFound,   ///< its documents of the family where the type lives are archived; none has it
    NotArchived ///< it has no archived document of that family: we cannot tell
};

/// "present", "not_found", "not_archived" (JSON and CSV).
QString cellStateKey(CellState s);

/// Which flags a matrix counts. Reviewed = confirmed by an analyst and not
/// changed since; everything else (suggested, or changed since review) is
/// unreviewed. Rejected flags never count.
enum class ReviewFilter { Any, Reviewed, Unreviewed };

QString reviewFilterKey(ReviewFilter f);
std::optional<ReviewFilter> reviewFilterFromKey(const QString &key);

/// A clause type as a matrix row.
struct MatrixType
{
    QString key;
    QString name;
    QString category;     ///< category key, e.g. "disputes"
    QString categoryName; ///< e.g. "Disputes and liability"
    Severity defaultSeverity = Severity::Medium;
    QStringList regulations; ///< regulation keys
};

/// A platform as a matrix column.
struct MatrixPlatform
{
    qint64 id = 0;
    QString name;
    QString group; ///< the platform's category ("Streaming", "Payments", …)
    /// DocumentFamilies::bit() of every family with an archived document (at
    /// the matrix date).
    unsigned archivedFamilies = 0;
};

/// Flags of one type at one platform with one severity and review state.
struct MatrixFact
{
    qint64 platformId = 0;
    QString typeKey;
    Severity severity = Severity::Medium;
    bool reviewed = false;
    int count = 0;
};

/// Everything a matrix is built from, as the archive stood at `at`. Loaded by
/// ComparisonService once per date; filters are applied by MatrixBuilder
/// without going back to the archive.
struct MatrixFacts
{
    QString at;                      ///< ISO date ("2024-01-01") or empty for "now"
    QList<MatrixType> types;         ///< in display order, grouped by category
    QList<MatrixPlatform> platforms; ///< any order
    QList<MatrixFact> facts;
};

struct MatrixFilter
{
    QString category;      ///< clause-type category key; empty: all
    QString regulation;    ///< regulation key; empty: all
    QString platformGroup; ///< platform category; empty: all
    ReviewFilter review = ReviewFilter::Any;
    /// Platforms by risk (most High cells first, then Medium, then Low, then
    /// name) instead of by name.
    bool sortByRisk = false;
};

struct MatrixCell
{
    CellState state = CellState::NotFound;
    std::optional<Severity> severity; ///< highest severity present; set iff Present
    int count = 0;                    ///< clauses (flags) of the type at the platform
    int unreviewed = 0;               ///< of which not reviewed
    bool reviewed() const { return state == CellState::Present && unreviewed == 0; }
};

struct MatrixColumn
{
    MatrixPlatform platform;
    int highCells = 0; ///< cells of this column whose highest severity is High
    int mediumCells = 0;
    int lowCells = 0;
};

/// Clause types (rows, grouped by category) × platforms (columns).
struct ComparisonMatrix
{
    QString at; ///< as MatrixFacts::at
    MatrixFilter filter;
    QList<MatrixType> rows;
    QList<MatrixColumn> columns;
    QList<MatrixCell> cells; ///< row-major: cells[row * columns.size() + column]

    const MatrixCell &cell(int row, int column) const
    {
        return cells.at(qsizetype(row) * columns.size() + column);
    }
    int rowOf(const QString &typeKey) const;
    int columnOf(qint64 platformId) const;
};

} // namespace cw
