#pragma once

#include <QList>

#include <atomic>

namespace cw {

/// One stretch of an edit script over id sequences a and b: either equal
/// (a[aBegin, aEnd) == b[bBegin, bEnd), same length) or a change replacing
/// a[aBegin, aEnd) by b[bBegin, bEnd), where either side may be empty.
struct DiffRegion
{
    qint32 aBegin = 0;
    qint32 aEnd = 0;
    qint32 bBegin = 0;
    qint32 bEnd = 0;
    bool equal = false;

    friend bool operator==(const DiffRegion &, const DiffRegion &) = default;
};

/// Work accounting shared by every TokenDiff run of one version diff. Not
/// thread-safe: one budget per diff, used from one thread.
struct DiffBudget
{
    qint64 remaining = 50'000'000; ///< comparison steps left
    int maxEditCost = 1000;        ///< per middle-snake search, see DiffOptions;
                                   ///< 0 = exact (no bound, no anchoring)
    const std::atomic_bool *cancel = nullptr;
    bool heuristicUsed = false; ///< some split was approximated (not minimal)
    bool exhausted = false;     ///< remaining ran out; later stretches replaced whole
    bool cancelled = false;
    int approximatedRuns = 0; ///< diff() calls that set one of the two flags above
};

/// Linear-space diff of two integer sequences: Myers' O(ND) algorithm with the
/// divide-and-conquer middle snake, anchored by patience matching (elements
/// unique in both ranges) on ranges above a few hundred elements. The work is bounded: a search that
/// exceeds budget.maxEditCost settles for the furthest-reaching split (GNU diff's
/// heuristic), and when budget.remaining is spent the rest is a plain
/// replacement. Either way the script stays valid (it turns a into b).
///
/// Output: alternating equal and change regions covering both sequences, in order.
class TokenDiff
{
public:
    enum class Strategy {
        Myers,        ///< minimal unless bounded; patience only on very large ranges
        PatienceFirst ///< anchor on unique elements first (for block sequences)
    };

    /// idCount: all ids are in [0, idCount). Ids must be dense for patience.
    static QList<DiffRegion> diff(const qint32 *a, qint32 n, const qint32 *b, qint32 m,
                                  qint32 idCount, DiffBudget &budget,
                                  Strategy strategy = Strategy::Myers);
};

} // namespace cw
