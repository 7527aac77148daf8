#pragma once

#include "compare/ComparisonMatrix.h"

namespace cw {

/// Builds the comparison matrix from facts and a filter. Pure and cheap
/// (2,000 platforms × 40 types in a few milliseconds), so views re-filter
/// without going back to the archive.
///
/// Contract: rows keep the order of `facts.types` (already grouped by
/// category); columns are ordered by name (case-insensitive) or, with
/// `filter.sortByRisk`, by High, Medium then Low cells (descending), then
/// name. Facts naming a type or platform not in `facts` are ignored.
class MatrixBuilder
{
public:
    static ComparisonMatrix build(const MatrixFacts &facts, const MatrixFilter &filter = {});
};

} // namespace cw
