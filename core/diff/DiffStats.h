#pragma once

namespace cw {

/// Counts over a VersionDiff. Words are word tokens (letters/digits; each CJK
/// ideograph counts as one). Blocks are DiffBlock lines. A block whose only
/// change is its section number counts in blocksRenumbered and nowhere else
/// (its number is not an added or removed word), also inside a move.
struct DiffStats
{
    int wordsAdded = 0;   ///< inserted words, including those inside moved blocks
    int wordsRemoved = 0; ///< deleted words, including those inside moved blocks
    int wordsMoved = 0;   ///< words carried unchanged by moves
    int blocksAdded = 0;
    int blocksRemoved = 0;
    int blocksModified = 0; ///< for splits and merges: the larger side's count
    int blocksMoved = 0;
    int blocksRenumbered = 0; ///< changed only in their leading section number

    /// Blocks whose content changed or moved (renumbering alone is not counted).
    int blocksChanged() const { return blocksAdded + blocksRemoved + blocksModified + blocksMoved; }
};

} // namespace cw
