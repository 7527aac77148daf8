#pragma once

#include "diff/DiffSpan.h"

#include <QList>

namespace cw {

/// One line of the side-by-side view: blocks of the old side against blocks of
/// the new side, with the word-level spans between them.
///
/// Placement contract: a row sits in the left document order at its left
/// blocks unless kind == MovedTo, and in the right order at its right blocks
/// unless kind == MovedFrom. Moved rows carry both sides' blocks (origin and
/// destination) so that a view can link them; `moveId` indexes VersionDiff::moves.
///
/// Span contract: the spans of a row tile, in order and without gaps, the left
/// range (Equal, Delete, MovedFrom and MovedTo spans) and the right range
/// (Equal, Insert, MovedTo spans) — except that a MovedFrom row lists no Insert
/// spans (the insertions inside a move are shown at its MovedTo row).
struct DiffRow
{
    enum class Kind : quint8 {
        Equal,    ///< no visible change (may differ in ignored ways, or be a split
                  ///< with ignoreWhitespace)
        Modified, ///< aligned blocks with word changes (includes splits and merges)
        Deleted,  ///< left blocks only
        Inserted, ///< right blocks only
        MovedFrom,
        MovedTo
    };

    Kind kind = Kind::Equal;
    int leftBlock = -1; ///< first block index on the left, -1 when none
    int leftBlockCount = 0;
    int rightBlock = -1;
    int rightBlockCount = 0;
    qsizetype leftStart = 0; ///< text range of the left blocks (incl. separators)
    qsizetype leftLength = 0;
    qsizetype rightStart = 0;
    qsizetype rightLength = 0;
    int moveId = -1;
    /// Word similarity of the two sides (Dice over words, 0..1); 1 for Equal,
    /// 0 for Deleted/Inserted.
    float similarity = 0.f;
    /// The leading section number differs ("12." → "13."). With kind Modified and
    /// no change outside the number, the row is a pure renumbering.
    bool renumbered = false;
    QList<DiffSpan> spans;
};

} // namespace cw
