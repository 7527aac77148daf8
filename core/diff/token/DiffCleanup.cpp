#include "diff/token/DiffCleanup.h"

#include <algorithm>

namespace cw {

namespace {

// How good a place the boundary between tokens x and x+1 of a side is for an
// edit to start or end: line breaks, then after a space (the edit starts with
// a word), before a space, next to punctuation; mid-phrase is worst.
int boundaryScore(const DiffCleanup::Side &s, qint32 x)
{
    if (x < 0 || x + 1 >= s.count)
        return 6;
    const Token::Kind before = s.kinds[x];
    const Token::Kind after = s.kinds[x + 1];
    if (before == Token::Kind::LineBreak || after == Token::Kind::LineBreak)
        return 5;
    if (before == Token::Kind::Space)
        return 3;
    if (after == Token::Kind::Space)
        return 2;
    if (before != Token::Kind::Word || after != Token::Kind::Word)
        return 1;
    return 0;
}

inline qint32 lengthOf(const DiffCleanup::Side &s, qint32 from, qint32 to)
{
    return s.charPrefix[to] - s.charPrefix[from];
}

} // namespace

void DiffCleanup::normalize(QList<DiffRegion> &regions)
{
    QList<DiffRegion> out;
    out.reserve(regions.size());
    for (const DiffRegion &r : std::as_const(regions)) {
        if (r.aBegin == r.aEnd && r.bBegin == r.bEnd)
            continue;
        if (!out.isEmpty() && out.last().equal == r.equal) {
            out.last().aEnd = r.aEnd;
            out.last().bEnd = r.bEnd;
            continue;
        }
        out.append(r);
    }
    regions = std::move(out);
}

void DiffCleanup::alignToBoundaries(QList<DiffRegion> &regions, const Side &a, const Side &b)
{
    for (qsizetype k = 1; k + 1 < regions.size(); ++k) {
        DiffRegion &prev = regions[k - 1];
        DiffRegion &cur = regions[k];
        DiffRegion &next = regions[k + 1];
        if (cur.equal || !prev.equal || !next.equal)
            continue;
        const bool insertion = cur.aBegin == cur.aEnd;
        const bool deletion = cur.bBegin == cur.bEnd;
        if (insertion == deletion)
            continue; // a replacement has no slack
        const Side &s = insertion ? b : a;
        qint32 p = insertion ? cur.bBegin : cur.aBegin;
        qint32 q = insertion ? cur.bEnd : cur.aEnd;
        const qint32 lo = insertion ? prev.bBegin : prev.aBegin;
        const qint32 hi = insertion ? next.bEnd : next.aEnd;
        // Leftmost position, then walk right scoring every placement.
        qint32 shiftLeft = 0;
        while (p - shiftLeft > lo && s.ids[p - shiftLeft - 1] == s.ids[q - shiftLeft - 1])
            ++shiftLeft;
        qint32 bestDelta = 0;
        int bestScore = -1;
        for (qint32 delta = -shiftLeft;; ++delta) {
            const int score = boundaryScore(s, p + delta - 1) + boundaryScore(s, q + delta - 1);
            if (score > bestScore || (score == bestScore && delta == 0)) {
                bestScore = score;
                bestDelta = delta;
            }
            if (q + delta >= hi || s.ids[p + delta] != s.ids[q + delta])
                break;
        }
        if (bestDelta == 0)
            continue;
        prev.aEnd += bestDelta;
        prev.bEnd += bestDelta;
        cur.aBegin += bestDelta;
        cur.aEnd += bestDelta;
        cur.bBegin += bestDelta;
        cur.bEnd += bestDelta;
        next.aBegin += bestDelta;
        next.bBegin += bestDelta;
    }
    normalize(regions);
}

void DiffCleanup::mergeSmallEqualities(QList<DiffRegion> &regions, const Side &a, const Side &b)
{
    normalize(regions);
    // Stack of output regions; an equality sits between two changes when the
    // stack ends in change, equality and the incoming region is a change.
    QList<DiffRegion> out;
    out.reserve(regions.size());
    auto changeSize = [&](const DiffRegion &c) {
        return std::max(lengthOf(a, c.aBegin, c.aEnd), lengthOf(b, c.bBegin, c.bEnd));
    };
    for (const DiffRegion &incoming : std::as_const(regions)) {
        if (incoming.equal) {
            out.append(incoming);
            continue;
        }
        DiffRegion c = incoming;
        while (out.size() >= 2 && out.last().equal && !out[out.size() - 2].equal) {
            const DiffRegion &eq = out.last();
            const DiffRegion &before = out[out.size() - 2];
            const qint32 eqLength = std::max(lengthOf(a, eq.aBegin, eq.aEnd),
                                             lengthOf(b, eq.bBegin, eq.bEnd));
            if (eqLength > changeSize(before) || eqLength > changeSize(c))
                break;
            c.aBegin = before.aBegin;
            c.bBegin = before.bBegin;
            out.removeLast();
            out.removeLast();
        }
        out.append(c);
    }
    regions = std::move(out);
}

} // namespace cw
