#pragma once

#include <vector>

namespace cw {

/// Marks one longest strictly increasing subsequence of `seq` (patience
/// sorting, O(n log n)); among equally long runs, always the same one. Clause
/// lineage and the diff's clause list both use it to tell the clauses that
/// kept their order from the ones that moved, so they agree on which moved.
std::vector<bool> longestIncreasing(const std::vector<int> &seq);

} // namespace cw
