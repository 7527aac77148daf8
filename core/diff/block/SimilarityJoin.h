#pragma once

#include "diff/block/WordBags.h"

#include <QList>

#include <functional>
#include <vector>

namespace cw {

/// Finds similar block pairs without comparing every block with every other:
/// prefix filtering (Chaudhuri et al.). Words are ordered rarest first; two
/// sets with Dice ≥ t must share a word among the first |X| − ⌈t·|X|/(2−t)⌉ + 1
/// of each, so only blocks sharing such a rare word are ever compared.
class SimilarityJoin
{
public:
    struct Pair
    {
        int left;  ///< block index on the left
        int right; ///< block index on the right
        float similarity; ///< Dice over distinct words
    };

    /// All pairs of leftBlocks × rightBlocks with similarity ≥ threshold (> 0)
    /// for which accept(left, right) holds, ordered by left then right.
    static QList<Pair> find(WordBags &left, const std::vector<int> &leftBlocks, WordBags &right,
                            const std::vector<int> &rightBlocks, float threshold,
                            const std::function<bool(int, int)> &accept);
};

} // namespace cw
