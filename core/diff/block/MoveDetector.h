#pragma once

#include "diff/DiffOptions.h"
#include "diff/block/WordBags.h"

#include <QList>

#include <vector>

namespace cw {

/// Pairs blocks that the sequence alignment left unmatched at one place on the
/// left and at another place on the right: those are moves. Blocks in the same
/// gap (between the same two matched blocks) are not moves but in-place edits;
/// the gap aligner pairs those.
class MoveDetector
{
public:
    struct Pair
    {
        int left;
        int right;
        float similarity; ///< 1 for identical bodies
    };

    /// gapOf*: per block, the index of its gap, or -1 when it matched.
    /// keys: body keys (BlockKeys). Returns pairs ordered by left block.
    static QList<Pair> detect(const QList<qint32> &leftKeys, const QList<qint32> &rightKeys,
                              const std::vector<int> &leftGapOf,
                              const std::vector<int> &rightGapOf, WordBags &leftWords,
                              WordBags &rightWords, const DiffOptions &options);

    /// Minimum number of distinct words for a non-identical block to be paired
    /// as a move on similarity alone (short lines are too easily similar).
    static constexpr int kMinWordsForSimilarMove = 4;
    /// Word similarity (Dice) with which a block next to a move joins it.
    static constexpr float kExtendSimilarity = 0.5f;
};

} // namespace cw
