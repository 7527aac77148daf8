#pragma once

#include <QtGlobal>

namespace cw {

/// A run of consecutive blocks deleted at one place and inserted, identical or
/// nearly so, at another (consecutive there too, in the same order).
struct DiffMove
{
    int id = 0; ///< index in VersionDiff::moves; DiffRow::moveId refers to it
    int leftBlock = 0;
    int blockCount = 0; ///< same number of blocks on both sides
    int rightBlock = 0;
    qsizetype leftStart = 0;
    qsizetype leftLength = 0;
    qsizetype rightStart = 0;
    qsizetype rightLength = 0;
    /// Lowest word similarity among the moved blocks (1 = moved verbatim).
    float similarity = 1.f;
    int words = 0; ///< words carried unchanged
};

} // namespace cw
