#include "diff/block/BlockAligner.h"

#include "diff/block/GapAligner.h"

#include <algorithm>

namespace cw {

namespace {

using Row = BlockAligner::Row;

// A group of one gap in block indices (contiguous on each side).
struct Span
{
    int l0, l1, r0, r1;
    float similarity;
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

    // 1. Blocks with equal bodies, in order; the rest falls into gaps.
    const QList<DiffRegion> regions =
        TokenDiff::diff(leftKeys.constData(), nl, rightKeys.constData(), nr, keyCount, budget,
                        TokenDiff::Strategy::PatienceFirst);
    std::vector<int> leftGapOf(size_t(nl), -1), rightGapOf(size_t(nr), -1);
    QList<const DiffRegion *> gapRegions;
    for (const DiffRegion &r : regions) {
        if (r.equal)
            continue;
        for (int i = r.aBegin; i < r.aEnd; ++i)
            leftGapOf[i] = int(gapRegions.size());
        for (int j = r.bBegin; j < r.bEnd; ++j)
            rightGapOf[j] = int(gapRegions.size());
        gapRegions.append(&r);
    }
    const bool moves = options.detectMoves && gapRegions.size() > 1;

    // 2. Identical blocks in different gaps are moves.
    MoveDetector detector(leftKeys, rightKeys, leftGapOf, rightGapOf, leftWords, rightWords,
                          options);
    if (moves)
        detector.findIdentical();

    // 3. Each gap's remaining blocks aligned by similarity.
    QList<QList<Span>> gapSpans(gapRegions.size());
    std::vector<float> leftInPlace(size_t(nl), MoveDetector::kUnavailable);
    std::vector<float> rightInPlace(size_t(nr), MoveDetector::kUnavailable);
    std::vector<int> lnm, rnm;
    for (qsizetype g = 0; g < gapRegions.size(); ++g) {
        const DiffRegion &region = *gapRegions[g];
        lnm.clear();
        rnm.clear();
        for (int i = region.aBegin; i < region.aEnd; ++i)
            if (detector.leftPartner(i) < 0)
                lnm.push_back(i);
        for (int j = region.bBegin; j < region.bEnd; ++j)
            if (detector.rightPartner(j) < 0)
                rnm.push_back(j);
        for (const GapAligner::Group &grp :
             GapAligner::align(lnm, rnm, leftBlocks, rightBlocks, leftWords, rightWords)) {
            Span s{grp.leftBegin < grp.leftEnd ? lnm[grp.leftBegin] : -1,
                   grp.leftBegin < grp.leftEnd ? lnm[grp.leftEnd - 1] + 1 : -1,
                   grp.rightBegin < grp.rightEnd ? rnm[grp.rightBegin] : -1,
                   grp.rightBegin < grp.rightEnd ? rnm[grp.rightEnd - 1] + 1 : -1, grp.similarity};
            const bool hasLeft = s.l0 >= 0, hasRight = s.r0 >= 0;
            // A split or merge around a moved block is not contiguous: keep its
            // first pair, show the rest as deleted or inserted.
            if (hasLeft && hasRight
                && (s.l1 - s.l0 != grp.leftEnd - grp.leftBegin
                    || s.r1 - s.r0 != grp.rightEnd - grp.rightBegin)) {
                gapSpans[g].append({s.l0, s.l0 + 1, s.r0, s.r0 + 1, s.similarity});
                for (int k = grp.leftBegin + 1; k < grp.leftEnd; ++k)
                    gapSpans[g].append({lnm[k], lnm[k] + 1, -1, -1, 0.f});
                for (int k = grp.rightBegin + 1; k < grp.rightEnd; ++k)
                    gapSpans[g].append({-1, -1, rnm[k], rnm[k] + 1, 0.f});
                continue;
            }
            gapSpans[g].append(s);
        }
        for (const Span &s : std::as_const(gapSpans[g])) {
            const bool single = s.l0 >= 0 && s.r0 >= 0 && s.l1 - s.l0 == 1 && s.r1 - s.r0 == 1;
            const float v = s.l0 < 0 || s.r0 < 0 ? MoveDetector::kLeftover
                            : single            ? std::max(s.similarity, 1e-6f)
                                                : MoveDetector::kUnavailable;
            if (s.l0 >= 0)
                std::fill(leftInPlace.begin() + s.l0, leftInPlace.begin() + s.l1, v);
            if (s.r0 >= 0)
                std::fill(rightInPlace.begin() + s.r0, rightInPlace.begin() + s.r1, v);
        }
    }

    // 4. Deleted or inserted blocks that reappear elsewhere, nearly unchanged,
    //    are moves too; then moves grow over their changed neighbours.
    if (moves) {
        detector.findSimilar(leftInPlace, rightInPlace);
        detector.extend(leftInPlace, rightInPlace);
    }

    // 5. Moves grouped into runs consecutive on both sides.
    std::vector<int> leftMove(size_t(nl), -1), rightMove(size_t(nr), -1);
    std::vector<float> similarity(size_t(nl), 1.f);
    for (const MoveDetector::Pair &p : detector.pairs()) {
        similarity[size_t(p.left)] = p.similarity;
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
        leftMove[size_t(p.left)] = rightMove[size_t(p.right)] = int(result.moves.size() - 1);
    }

    // 6. Rows in display order: per gap, its groups with the moved blocks
    //    placed where they stand.
    QList<Row> &rows = result.rows;
    rows.reserve(std::max(nl, nr) + 16);
    auto movedFrom = [&](int l) {
        const int r = detector.leftPartner(l);
        Q_ASSERT(r >= 0);
        rows.append({Row::Kind::MovedFrom, l, l + 1, r, r + 1, leftMove[size_t(l)], similarity[size_t(l)]});
    };
    auto movedTo = [&](int r) {
        const int l = detector.rightPartner(r);
        Q_ASSERT(l >= 0);
        rows.append({Row::Kind::MovedTo, l, l + 1, r, r + 1, rightMove[size_t(r)], similarity[size_t(l)]});
    };
    qsizetype gap = 0;
    for (const DiffRegion &region : regions) {
        if (region.equal) {
            for (int k = 0; k < region.aEnd - region.aBegin; ++k)
                rows.append({Row::Kind::Matched, region.aBegin + k, region.aBegin + k + 1,
                             region.bBegin + k, region.bBegin + k + 1, -1, 1.f});
            continue;
        }
        int pl = region.aBegin, pr = region.bBegin;
        for (const Span &s : std::as_const(gapSpans[gap])) {
            // A group that lost a block to a move falls apart into the rest.
            const bool leftMoved = s.l0 >= 0 && detector.leftPartner(s.l0) >= 0;
            const bool rightMoved = s.r0 >= 0 && detector.rightPartner(s.r0) >= 0;
            const bool intact = s.l0 >= 0 && s.r0 >= 0 && !leftMoved && !rightMoved;
            if (s.l0 >= 0 && !leftMoved)
                for (; pl < s.l0; ++pl)
                    movedFrom(pl);
            if (s.r0 >= 0 && !rightMoved)
                for (; pr < s.r0; ++pr)
                    movedTo(pr);
            if (intact) {
                rows.append({Row::Kind::Paired, s.l0, s.l1, s.r0, s.r1, -1, s.similarity});
                pl = s.l1;
                pr = s.r1;
                continue;
            }
            if (s.l0 >= 0 && !leftMoved) {
                for (; pl < s.l1; ++pl)
                    rows.append({Row::Kind::Deleted, pl, pl + 1, -1, -1, -1, 0.f});
            }
            if (s.r0 >= 0 && !rightMoved) {
                for (; pr < s.r1; ++pr)
                    rows.append({Row::Kind::Inserted, -1, -1, pr, pr + 1, -1, 0.f});
            }
        }
        for (; pl < region.aEnd; ++pl)
            movedFrom(pl);
        for (; pr < region.bEnd; ++pr)
            movedTo(pr);
        ++gap;
    }
    return result;
}

} // namespace cw
