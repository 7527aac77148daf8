#pragma once

#include "diff/DiffBlock.h"
#include "diff/DiffOptions.h"
#include "diff/block/MoveDetector.h"
#include "diff/block/WordBags.h"
#include "diff/token/TokenDiff.h"

#include <QList>

namespace cw {

/// Structure-first alignment of two block lists: blocks with equal bodies are
/// matched in order (patience-anchored sequence diff over body keys), blocks
/// left over on both sides are checked for moves, and what remains in each gap
/// is aligned by similarity. The result lists every block of both sides once
/// (moved blocks twice: at their origin and at their destination), in display
/// order.
class BlockAligner
{
public:
    struct Row
    {
        enum class Kind : quint8 {
            Matched,  ///< 1:1, equal bodies
            Paired,   ///< similar blocks in one gap (1:1, 1:2 or 2:1)
            Deleted,  ///< one left block
            Inserted, ///< one right block
            MovedFrom,
            MovedTo
        };
        Kind kind;
        int leftBegin, leftEnd;   ///< blocks; for moved rows the origin
        int rightBegin, rightEnd; ///< blocks; for moved rows the destination
        int moveId;               ///< for moved rows: index in Alignment::moves
        float similarity;
    };

    struct Move
    {
        int leftBegin;
        int rightBegin;
        int count;
        float similarity; ///< lowest among its blocks
    };

    struct Alignment
    {
        QList<Row> rows;
        QList<Move> moves;
    };

    static Alignment align(const QList<qint32> &leftKeys, const QList<qint32> &rightKeys,
                           qint32 keyCount, const QList<DiffBlock> &leftBlocks,
                           const QList<DiffBlock> &rightBlocks, WordBags &leftWords,
                           WordBags &rightWords, const DiffOptions &options, DiffBudget &budget);
};

} // namespace cw
