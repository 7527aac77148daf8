#pragma once

#include "diff/ClauseChanges.h"

#include <QList>
#include <vector>

namespace cw {

/// What a version diff says about clauses: which blocks hold them, which
/// clauses the diff already aligned (and so need no search), and whether a
/// clause stayed in place or moved with a block. The helpers ClauseChanges
/// builds its pairs and its move decisions on. Offsets are UTF-16 indices
/// into the diff's texts; clause lists are in text order.
class ClauseAlignment
{
public:
    enum class Place { Unknown, InPlace, Moved };

    /// Indexes the diff's aligned regions; `diff` may be null (nothing known).
    explicit ClauseAlignment(const VersionDiff *diff);

    /// Where the diff put a clause at `oldStart` (old text) and `newStart`
    /// (new text): in place when one unchanged hunk or modified row holds
    /// both, moved when one moved block holds both, else unknown.
    Place placeOf(qsizetype oldStart, qsizetype newStart) const;

    /// Indices of `clauses` lying inside [start, start + length].
    static QList<int> clausesWithin(const QList<Clause> &clauses, qsizetype start,
                                    qsizetype length);
    /// For each span, the block whose line holds it whole, or -1 (a clause
    /// that spans lines of hard-wrapped text).
    static std::vector<int> blockOfClauses(const QList<DiffBlock> &blocks,
                                           const QList<ClauseSpan> &spans);
    /// Clauses inside blocks the diff aligned (a modified row, or a moved block
    /// at both ends), paired in order when both sides hold as many and each pair
    /// keeps ClauseLineage's similarity threshold, else most similar first on
    /// small rows. Marks what it pairs; rows that do not pair cleanly (a
    /// sentence inserted or dropped) are left to ClauseLineage.
    static QList<ClausePair> inAlignedRows(const QList<Clause> &oldClauses,
                                           const QList<Clause> &newClauses,
                                           std::vector<bool> &oldPaired,
                                           std::vector<bool> &newPaired, const VersionDiff &d);
    /// Clauses left unpaired on both sides of one modified row, one each: the
    /// redline shows them as one edited paragraph ("Last updated: May 20" →
    /// "Last updated: September 15"), so they pair as a modification.
    static QList<ClausePair> inModifiedRows(const QList<Clause> &oldClauses,
                                            const QList<Clause> &newClauses,
                                            const QList<ClausePair> &pairs, const VersionDiff &d);

private:
    struct Region
    {
        qsizetype leftStart, leftEnd, rightStart, rightEnd;
        Place place;
    };
    std::vector<Region> m_regions; ///< sorted by rightStart; they do not overlap there
};

} // namespace cw
