#include "diff/block/BlockAligner.h"

#include "diff/block/GapAligner.h"

#include <algorithm>

namespace cw {

namespace {

using Row = BlockAligner::Row;

struct MoveIndex
{
    std::vector<int> leftPartner, rightPartner; // -1 = not moved
    std::vector<int> leftMove, rightMove;       // move id
    std::vector<float> leftSimilarity;          // per left block of a move
};

} // namespace

BlockAligner::Alignment BlockAligner::align(const QList<qint32> &leftKeys,
                                            const QList<qint32> &rightKeys, qint32 keyCount,
                                            const QList<DiffBlock> &leftBlocks,
                                            const QList<DiffBlock> &rightBlocks,
                                            WordBags &leftWords, WordBags &rightWords,
                                            const DiffOptions &options, DiffBudget &budget)
{
    const int nl = int(leftKeys.size()), nr = int(rightKeys.size());
    Alignment result;

    // 1. Blocks with equal bodies, in order.
    const QList<DiffRegion> regions =
        TokenDiff::diff(leftKeys.constData(), nl, rightKeys.constData(), nr, keyCount, budget,
                        TokenDiff::Strategy::PatienceFirst);
    std::vector<int> leftGapOf(size_t(nl), -1), rightGapOf(size_t(nr), -1);
    int gaps = 0;
    for (const DiffRegion &r : regions) {
        if (r.equal)
            continue;
        for (int i = r.aBegin; i < r.aEnd; ++i)
            leftGapOf[i] = gaps;
        for (int j = r.bBegin; j < r.bEnd; ++j)
            rightGapOf[j] = gaps;
        ++gaps;
    }

    // 2. Moves, grouped into runs consecutive on both sides.
    MoveIndex mv{std::vector<int>(size_t(nl), -1), std::vector<int>(size_t(nr), -1),
                 std::vector<int>(size_t(nl), -1), std::vector<int>(size_t(nr), -1),
                 std::vector<float>(size_t(nl), 1.f)};
    if (options.detectMoves && gaps > 1) {
        const QList<MoveDetector::Pair> pairs = MoveDetector::detect(
            leftKeys, rightKeys, leftGapOf, rightGapOf, leftWords, rightWords, options);
        for (const MoveDetector::Pair &p : pairs) {
            mv.leftPartner[p.left] = p.right;
            mv.rightPartner[p.right] = p.left;
            mv.leftSimilarity[p.left] = p.similarity;
            const bool continues = !result.moves.isEmpty()
                                   && result.moves.last().leftBegin + result.moves.last().count == p.left
                                   && result.moves.last().rightBegin + result.moves.last().count == p.right;
            if (continues) {
                Move &m = result.moves.last();
                ++m.count;
                m.similarity = std::min(m.similarity, p.similarity);
            } else {
                result.moves.append(Move{p.left, p.right, 1, p.similarity});
            }
            mv.leftMove[p.left] = mv.rightMove[p.right] = int(result.moves.size() - 1);
        }
    }

    // 3. Rows in display order.
    QList<Row> &rows = result.rows;
    rows.reserve(qMax(nl, nr) + 16);
    auto movedFrom = [&](int l) {
        const int r = mv.leftPartner[l];
        rows.append({Row::Kind::MovedFrom, l, l + 1, r, r + 1, mv.leftMove[l], mv.leftSimilarity[l]});
    };
    auto movedTo = [&](int r) {
        const int l = mv.rightPartner[r];
        rows.append({Row::Kind::MovedTo, l, l + 1, r, r + 1, mv.rightMove[r], mv.leftSimilarity[l]});
    };
    std::vector<int> lnm, rnm;
    for (const DiffRegion &region : regions) {
        if (region.equal) {
            for (int k = 0; k < region.aEnd - region.aBegin; ++k)
                rows.append({Row::Kind::Matched, region.aBegin + k, region.aBegin + k + 1,
                             region.bBegin + k, region.bBegin + k + 1, -1, 1.f});
            continue;
        }
        lnm.clear();
        rnm.clear();
        for (int i = region.aBegin; i < region.aEnd; ++i)
            if (mv.leftPartner[i] < 0)
                lnm.push_back(i);
        for (int j = region.bBegin; j < region.bEnd; ++j)
            if (mv.rightPartner[j] < 0)
                rnm.push_back(j);
        const QList<GapAligner::Group> groups =
            GapAligner::align(lnm, rnm, leftBlocks, rightBlocks, leftWords, rightWords);
        int pl = region.aBegin, pr = region.bBegin;
        for (const GapAligner::Group &g : groups) {
            const bool hasLeft = g.leftEnd > g.leftBegin, hasRight = g.rightEnd > g.rightBegin;
            if (hasLeft)
                for (; pl < lnm[g.leftBegin]; ++pl)
                    movedFrom(pl);
            if (hasRight)
                for (; pr < rnm[g.rightBegin]; ++pr)
                    movedTo(pr);
            if (hasLeft && hasRight) {
                const int l0 = lnm[g.leftBegin], l1 = lnm[g.leftEnd - 1] + 1;
                const int r0 = rnm[g.rightBegin], r1 = rnm[g.rightEnd - 1] + 1;
                if (l1 - l0 == g.leftEnd - g.leftBegin && r1 - r0 == g.rightEnd - g.rightBegin) {
                    rows.append({Row::Kind::Paired, l0, l1, r0, r1, -1, g.similarity});
                    pl = l1;
                    pr = r1;
                    continue;
                }
                // A split or merge around a moved block: keep the first pair only.
                rows.append({Row::Kind::Paired, l0, l0 + 1, r0, r0 + 1, -1, g.similarity});
                pl = l0 + 1;
                pr = r0 + 1;
                for (; pl < l1; ++pl) {
                    if (mv.leftPartner[pl] >= 0)
                        movedFrom(pl);
                    else
                        rows.append({Row::Kind::Deleted, pl, pl + 1, -1, -1, -1, 0.f});
                }
                for (; pr < r1; ++pr) {
                    if (mv.rightPartner[pr] >= 0)
                        movedTo(pr);
                    else
                        rows.append({Row::Kind::Inserted, -1, -1, pr, pr + 1, -1, 0.f});
                }
            } else if (hasLeft) {
                rows.append({Row::Kind::Deleted, pl, pl + 1, -1, -1, -1, 0.f});
                ++pl;
            } else if (hasRight) {
                rows.append({Row::Kind::Inserted, -1, -1, pr, pr + 1, -1, 0.f});
                ++pr;
            }
        }
        for (; pl < region.aEnd; ++pl)
            movedFrom(pl);
        for (; pr < region.bEnd; ++pr)
            movedTo(pr);
    }
    return result;
}

} // namespace cw
