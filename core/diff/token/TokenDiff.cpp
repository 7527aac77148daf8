#include "diff/token/TokenDiff.h"

#include <algorithm>
#include <climits>
#include <vector>

namespace cw {

namespace {

// Ranges larger than this (both sides together, ~a 100-word paragraph) are
// anchored by patience matching before Myers runs on them: Myers costs
// O(N·D), and rewritten long paragraphs would otherwise dominate the diff.
// Anchoring on words unique to both sides rarely loses anything a reader would
// see once the clean-up has run.
constexpr qint32 kPatienceThreshold = 400;

struct Range
{
    qint32 x0, x1, y0, y1;
    bool minimal;
    bool noPatience;
};

struct Partition
{
    qint32 xmid, ymid;
    bool loMinimal, hiMinimal;
};

class Engine
{
public:
    Engine(const qint32 *a, qint32 n, const qint32 *b, qint32 m, qint32 idCount,
           DiffBudget &budget, bool patienceFirst)
        : m_a(a), m_b(b), m_n(n), m_m(m), m_idCount(idCount), m_budget(budget),
          m_patienceFirst(patienceFirst), m_changedA(size_t(n), 0), m_changedB(size_t(m), 0)
    {
    }

    QList<DiffRegion> run()
    {
        const bool heuristicBefore = m_budget.heuristicUsed;
        const bool exhaustedBefore = m_budget.exhausted;
        std::vector<Range> stack;
        stack.push_back({0, m_n, 0, m_m, false, false});
        while (!stack.empty()) {
            Range r = stack.back();
            stack.pop_back();
            step(r, stack);
        }
        if ((m_budget.heuristicUsed && !heuristicBefore) || (m_budget.exhausted && !exhaustedBefore))
            ++m_budget.approximatedRuns;
        return regions();
    }

private:
    void markA(qint32 from, qint32 to) { std::fill(m_changedA.begin() + from, m_changedA.begin() + to, 1); }
    void markB(qint32 from, qint32 to) { std::fill(m_changedB.begin() + from, m_changedB.begin() + to, 1); }

    // Charges work and polls the cancel flag now and then. False once the
    // budget is spent or the diff was cancelled.
    bool charge(qint64 work)
    {
        m_budget.remaining -= work;
        m_sincePoll += work;
        if (m_sincePoll > 65536) {
            m_sincePoll = 0;
            if (m_budget.cancel && m_budget.cancel->load(std::memory_order_relaxed))
                m_budget.cancelled = true;
        }
        return m_budget.remaining > 0 && !m_budget.cancelled;
    }

    void step(Range r, std::vector<Range> &stack)
    {
        const qint32 x0 = r.x0;
        while (r.x0 < r.x1 && r.y0 < r.y1 && m_a[r.x0] == m_b[r.y0])
            ++r.x0, ++r.y0;
        while (r.x1 > r.x0 && r.y1 > r.y0 && m_a[r.x1 - 1] == m_b[r.y1 - 1])
            --r.x1, --r.y1;
        const bool ok = charge(1 + (r.x0 - x0));
        if (r.x0 == r.x1) {
            markB(r.y0, r.y1);
            return;
        }
        if (r.y0 == r.y1) {
            markA(r.x0, r.x1);
            return;
        }
        if (!ok) {
            if (!m_budget.cancelled)
                m_budget.exhausted = true;
            markA(r.x0, r.x1);
            markB(r.y0, r.y1);
            return;
        }
        const qint32 size = (r.x1 - r.x0) + (r.y1 - r.y0);
        const bool anchor = m_patienceFirst || (size > kPatienceThreshold && m_budget.maxEditCost > 0);
        if (!r.noPatience && anchor && patience(r, stack))
            return;
        const Partition p = diag(r);
        if ((p.xmid == r.x0 && p.ymid == r.y0) || (p.xmid == r.x1 && p.ymid == r.y1)) {
            // Cannot happen for trimmed ranges; guard against looping forever.
            markA(r.x0, r.x1);
            markB(r.y0, r.y1);
            return;
        }
        stack.push_back({p.xmid, r.x1, p.ymid, r.y1, p.hiMinimal, true});
        stack.push_back({r.x0, p.xmid, r.y0, p.ymid, p.loMinimal, true});
    }

    // Patience anchoring: elements occurring exactly once in both ranges, kept
    // where they form the longest increasing run. Pushes the stretches between
    // anchors and returns true, or returns false when there is no anchor.
    bool patience(const Range &r, std::vector<Range> &stack)
    {
        if (m_stampA.empty()) {
            m_stampA.assign(size_t(m_idCount), 0);
            m_stampB.assign(size_t(m_idCount), 0);
            m_countA.assign(size_t(m_idCount), 0);
            m_countB.assign(size_t(m_idCount), 0);
            m_posB.assign(size_t(m_idCount), 0);
        }
        ++m_gen;
        for (qint32 i = r.x0; i < r.x1; ++i) {
            const qint32 id = m_a[i];
            if (m_stampA[id] != m_gen) {
                m_stampA[id] = m_gen;
                m_countA[id] = 0;
            }
            ++m_countA[id];
        }
        for (qint32 j = r.y0; j < r.y1; ++j) {
            const qint32 id = m_b[j];
            if (m_stampB[id] != m_gen) {
                m_stampB[id] = m_gen;
                m_countB[id] = 0;
            }
            ++m_countB[id];
            m_posB[id] = j;
        }
        m_candX.clear();
        m_candY.clear();
        for (qint32 i = r.x0; i < r.x1; ++i) {
            const qint32 id = m_a[i];
            if (m_countA[id] == 1 && m_stampB[id] == m_gen && m_countB[id] == 1) {
                m_candX.push_back(i);
                m_candY.push_back(m_posB[id]);
            }
        }
        charge(qint64(r.x1 - r.x0) * 2 + (r.y1 - r.y0));
        if (m_candX.empty())
            return false;

        // Longest increasing subsequence of candY (patience sorting).
        const qint32 k = qint32(m_candX.size());
        m_tails.clear();
        m_prev.assign(size_t(k), -1);
        for (qint32 c = 0; c < k; ++c) {
            const qint32 y = m_candY[c];
            auto it = std::lower_bound(m_tails.begin(), m_tails.end(), y,
                                       [this](qint32 idx, qint32 v) { return m_candY[idx] < v; });
            if (it != m_tails.begin())
                m_prev[c] = *(it - 1);
            if (it == m_tails.end())
                m_tails.push_back(c);
            else
                *it = c;
        }
        m_anchors.clear();
        for (qint32 c = m_tails.back(); c >= 0; c = m_prev[c])
            m_anchors.push_back(c);
        std::reverse(m_anchors.begin(), m_anchors.end());

        // Pushed in reverse so that the stack handles them left to right.
        qint32 nextX = r.x1, nextY = r.y1;
        for (auto it = m_anchors.rbegin(); it != m_anchors.rend(); ++it) {
            const qint32 ax = m_candX[*it], ay = m_candY[*it];
            if (ax + 1 < nextX || ay + 1 < nextY)
                stack.push_back({ax + 1, nextX, ay + 1, nextY, r.minimal, false});
            nextX = ax;
            nextY = ay;
        }
        if (r.x0 < nextX || r.y0 < nextY)
            stack.push_back({r.x0, nextX, r.y0, nextY, r.minimal, false});
        return true;
    }

    // Middle snake of Myers' algorithm, searching forward and backward at once
    // (after GNU diffutils' diag()). Returns a split point on an optimal path, or
    // when the search gets too expensive, the furthest-reaching point found.
    Partition diag(const Range &r)
    {
        const qint32 xoff = r.x0, xlim = r.x1, yoff = r.y0, ylim = r.y1;
        if (m_diagStorage.empty())
            m_diagStorage.resize(2 * size_t(m_n + m_m + 3));
        qint32 *const fd = m_diagStorage.data() + m_m + 1;
        qint32 *const bd = m_diagStorage.data() + (m_n + m_m + 3) + m_m + 1;
        const qint32 *const xv = m_a;
        const qint32 *const yv = m_b;

        const qint32 dmin = xoff - ylim;
        const qint32 dmax = xlim - yoff;
        const qint32 fmid = xoff - yoff;
        const qint32 bmid = xlim - ylim;
        qint32 fmin = fmid, fmax = fmid;
        qint32 bmin = bmid, bmax = bmid;
        const bool odd = (fmid - bmid) & 1;
        const qint32 tooExpensive = m_budget.maxEditCost > 0 ? m_budget.maxEditCost : INT_MAX;

        fd[fmid] = xoff;
        bd[bmid] = xlim;

        for (qint32 c = 1;; ++c) {
            qint64 work = 0;

            if (fmin > dmin)
                fd[--fmin - 1] = -1;
            else
                ++fmin;
            if (fmax < dmax)
                fd[++fmax + 1] = -1;
            else
                --fmax;
            for (qint32 d = fmax; d >= fmin; d -= 2) {
                const qint32 tlo = fd[d - 1], thi = fd[d + 1];
                const qint32 x0 = tlo < thi ? thi : tlo + 1;
                qint32 x = x0, y = x0 - d;
                while (x < xlim && y < ylim && xv[x] == yv[y])
                    ++x, ++y;
                work += 1 + (x - x0);
                fd[d] = x;
                if (odd && bmin <= d && d <= bmax && bd[d] <= x) {
                    charge(work);
                    return {x, y, true, true};
                }
            }

            if (bmin > dmin)
                bd[--bmin - 1] = INT_MAX;
            else
                ++bmin;
            if (bmax < dmax)
                bd[++bmax + 1] = INT_MAX;
            else
                --bmax;
            for (qint32 d = bmax; d >= bmin; d -= 2) {
                const qint32 tlo = bd[d - 1], thi = bd[d + 1];
                const qint32 x0 = tlo < thi ? tlo : thi - 1;
                qint32 x = x0, y = x0 - d;
                while (xoff < x && yoff < y && xv[x - 1] == yv[y - 1])
                    --x, --y;
                work += 1 + (x0 - x);
                bd[d] = x;
                if (!odd && fmin <= d && d <= fmax && x <= fd[d]) {
                    charge(work);
                    return {x, y, true, true};
                }
            }

            const bool canGoOn = charge(work);
            if (canGoOn && (r.minimal || c < tooExpensive))
                continue;

            // Too expensive (or out of budget): take the forward or backward
            // point that got furthest, and solve the part it covered minimally.
            if (canGoOn)
                m_budget.heuristicUsed = true;
            qint32 fxybest = -1, fxbest = xoff;
            for (qint32 d = fmax; d >= fmin; d -= 2) {
                qint32 x = std::min(fd[d], xlim);
                qint32 y = x - d;
                if (ylim < y) {
                    x = ylim + d;
                    y = ylim;
                }
                if (fxybest < x + y) {
                    fxybest = x + y;
                    fxbest = x;
                }
            }
            qint32 bxybest = INT_MAX, bxbest = xlim;
            for (qint32 d = bmax; d >= bmin; d -= 2) {
                qint32 x = std::max(xoff, bd[d]);
                qint32 y = x - d;
                if (y < yoff) {
                    x = yoff + d;
                    y = yoff;
                }
                if (x + y < bxybest) {
                    bxybest = x + y;
                    bxbest = x;
                }
            }
            if ((xlim + ylim) - bxybest < fxybest - (xoff + yoff))
                return {fxbest, fxybest - fxbest, true, false};
            return {bxbest, bxybest - bxbest, false, true};
        }
    }

    QList<DiffRegion> regions() const
    {
        QList<DiffRegion> out;
        qint32 i = 0, j = 0;
        while (i < m_n || j < m_m) {
            if (i < m_n && j < m_m && !m_changedA[i] && !m_changedB[j]) {
                DiffRegion e{i, i, j, j, true};
                while (i < m_n && j < m_m && !m_changedA[i] && !m_changedB[j])
                    ++i, ++j;
                e.aEnd = i;
                e.bEnd = j;
                out.append(e);
                continue;
            }
            DiffRegion c{i, i, j, j, false};
            while (i < m_n && (m_changedA[i] || j == m_m))
                ++i;
            while (j < m_m && (m_changedB[j] || i == m_n))
                ++j;
            c.aEnd = i;
            c.bEnd = j;
            out.append(c);
        }
        return out;
    }

    const qint32 *m_a;
    const qint32 *m_b;
    qint32 m_n;
    qint32 m_m;
    qint32 m_idCount;
    DiffBudget &m_budget;
    bool m_patienceFirst;
    qint64 m_sincePoll = 0;
    std::vector<quint8> m_changedA;
    std::vector<quint8> m_changedB;
    std::vector<qint32> m_diagStorage;
    // Patience scratch, indexed by id; m_gen stamps avoid clearing them.
    std::vector<qint32> m_stampA, m_stampB, m_countA, m_countB, m_posB;
    std::vector<qint32> m_candX, m_candY, m_tails, m_prev, m_anchors;
    qint32 m_gen = 0;
};

} // namespace

QList<DiffRegion> TokenDiff::diff(const qint32 *a, qint32 n, const qint32 *b, qint32 m,
                                  qint32 idCount, DiffBudget &budget, Strategy strategy)
{
    if (n == 0 && m == 0)
        return {};
    Engine engine(a, n, b, m, idCount, budget, strategy == Strategy::PatienceFirst);
    return engine.run();
}

} // namespace cw
