#pragma once

#include "diff/DiffRow.h"

#include <QList>

namespace cw {

/// A stretch of the documents. Hunks partition both texts' block lists in
/// order: an unchanged hunk pairs leftBlockCount == rightBlockCount blocks one
/// to one (rows are left empty: a view expands them from the block lists, or
/// shows "12 unchanged paragraphs"); a changed hunk lists its rows.
struct DiffHunk
{
    bool changed = false;
    int leftBlock = 0; ///< first left block; for an empty side, the insertion point
    int leftBlockCount = 0;
    int rightBlock = 0;
    int rightBlockCount = 0;
    qsizetype leftStart = 0; ///< text range of the hunk's blocks on each side
    qsizetype leftLength = 0;
    qsizetype rightStart = 0;
    qsizetype rightLength = 0;
    QList<DiffRow> rows; ///< empty when !changed
};

} // namespace cw
