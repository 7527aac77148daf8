#pragma once

#include "diff/token/TokenDiff.h"
#include "diff/token/Tokenizer.h"

#include <QList>

namespace cw {

/// Post-processing of a token edit script so that redlines read like a
/// lawyer's: changes start and end at word boundaries where the script allows
/// a choice, and small equalities between changes are folded into them
/// ("[-quick brown-]{+slow red+}" rather than "[-quick-]{+slow+} [-brown-]{+red+}").
/// Pure functions over regions; the script stays valid (it turns a into b).
class DiffCleanup
{
public:
    /// One side of the compared sequences: per token its id, kind and the
    /// prefix sum of character lengths (size = token count + 1).
    struct Side
    {
        const qint32 *ids;
        const Token::Kind *kinds;
        const qint32 *charPrefix;
        qint32 count;
    };

    /// Slides pure insertions and deletions along repeated tokens to the best
    /// word boundary (e.g. "a {+x +}b" rather than "a{+ x+} b").
    static void alignToBoundaries(QList<DiffRegion> &regions, const Side &a, const Side &b);

    /// Folds an equality into the changes around it when it is no longer (in
    /// characters) than the larger side of the change before it and of the one
    /// after it — the rule of diff-match-patch's semantic clean-up, applied
    /// repeatedly as merged changes grow.
    static void mergeSmallEqualities(QList<DiffRegion> &regions, const Side &a, const Side &b);

    /// Joins adjacent regions of the same kind and drops empty ones.
    static void normalize(QList<DiffRegion> &regions);
};

} // namespace cw
