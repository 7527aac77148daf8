#pragma once

#include "diff/DiffBlock.h"
#include "diff/block/WordBags.h"

#include <QList>

#include <vector>

namespace cw {

/// Aligns the blocks of one gap — the unmatched blocks between two matched
/// ones — in order: which left blocks became which right blocks (1:1, or a
/// paragraph split in two, or two merged into one), and which were simply
/// deleted or inserted. Small gaps are solved exactly by dynamic programming
/// maximising the words kept; large ones by similar pairs (SimilarityJoin) and
/// a heaviest increasing chain, so the work stays near-linear.
class GapAligner
{
public:
    /// A run of the gap's blocks; indices are positions in the lists given to
    /// align(). Deleted: right empty; inserted: left empty.
    struct Group
    {
        int leftBegin, leftEnd;
        int rightBegin, rightEnd;
        float similarity; ///< Dice over words; 0 for deletions and insertions
    };

    static QList<Group> align(const std::vector<int> &leftBlocks, const std::vector<int> &rightBlocks,
                              const QList<DiffBlock> &leftInfo, const QList<DiffBlock> &rightInfo,
                              WordBags &leftWords, WordBags &rightWords);

    /// Pairs below this similarity are shown as deletion plus insertion.
    static constexpr float kPairSimilarity = 0.5f;
    /// In a gap of one block per side, the pair is kept down to this.
    static constexpr float kLonePairSimilarity = 0.25f;
};

} // namespace cw
