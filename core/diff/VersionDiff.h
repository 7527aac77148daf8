#pragma once

#include "diff/DiffBlock.h"
#include "diff/DiffHunk.h"
#include "diff/DiffMove.h"
#include "diff/DiffStats.h"

#include <QList>
#include <QString>

namespace cw {

/// The result of comparing two versions of a document: a plain value, cheap to
/// copy (Qt containers are implicitly shared), safe to hand across threads.
/// Left = old, right = new. All offsets are UTF-16 indices into oldText/newText.
struct VersionDiff
{
    QString oldText; ///< shared copies of the inputs, so that the result is
    QString newText; ///< self-contained for views, renderers and JSON
    QList<DiffBlock> leftBlocks;
    QList<DiffBlock> rightBlocks;
    QList<DiffHunk> hunks; ///< partition both block lists, in document order
    QList<DiffMove> moves;
    DiffStats stats;
    /// The work bound was reached somewhere: the result is correct (applying it
    /// turns old into new) but not minimal there; fallbackReason says where.
    bool fallbackUsed = false;
    QString fallbackReason; ///< translated, for people
    /// The cancel flag was raised: the result is empty and must not be shown.
    bool cancelled = false;
    /// Comparison steps spent (the unit of DiffOptions::workBudget).
    qint64 work = 0;

    bool hasChanges() const
    {
        for (const DiffHunk &h : hunks)
            if (h.changed)
                return true;
        return false;
    }
};

} // namespace cw
