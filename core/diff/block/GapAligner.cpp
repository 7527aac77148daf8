#include "diff/block/GapAligner.h"

#include "diff/block/SimilarityJoin.h"

#include <algorithm>

namespace cw {

namespace {

// Above this many word comparisons the exact programme gives way to the
// similar-pairs chain.
constexpr qint64 kExactWorkLimit = 1'000'000;

enum Step : quint8 { None, Del, Ins, Pair11, Split12, Merge21 };

// Emits deletions and insertions for the stretch before a group (deletions
// first), then the group.
void emitUnpaired(QList<GapAligner::Group> &out, int &l, int lTo, int &r, int rTo)
{
    for (; l < lTo; ++l)
        out.append({l, l + 1, r, r, 0.f});
    for (; r < rTo; ++r)
        out.append({l, l, r, r + 1, 0.f});
}

QList<GapAligner::Group> alignExact(const std::vector<int> &lb, const std::vector<int> &rb,
                                    const QList<DiffBlock> &leftInfo,
                                    const QList<DiffBlock> &rightInfo, WordBags &lw, WordBags &rw)
{
    const int m = int(lb.size()), n = int(rb.size());
    const int stride = n + 1;
    std::vector<int> common11(size_t(m) * size_t(n));
    for (int i = 0; i < m; ++i)
        for (int j = 0; j < n; ++j)
            common11[size_t(i) * n + j] = WordBags::common(lw.words(lb[i]), rw.words(rb[j]));
    auto sizeL = [&](int i) { return qsizetype(lw.words(lb[i]).size()); };
    auto sizeR = [&](int j) { return qsizetype(rw.words(rb[j]).size()); };
    const bool lone = m == 1 && n == 1;
    auto pairOk = [&](int i, int j, int c) {
        const float sim = WordBags::dice(c, sizeL(i), sizeR(j));
        if (sim >= GapAligner::kPairSimilarity)
            return true;
        if (!lone)
            return false;
        const bool bothHeadings = leftInfo[lb[i]].kind == DiffBlock::Kind::Heading
                                  && rightInfo[rb[j]].kind == DiffBlock::Kind::Heading;
        return bothHeadings || sim >= GapAligner::kLonePairSimilarity;
    };
    // Each part of a split (merge) must come mostly from the other side.
    auto partOk = [](int c, qsizetype size) { return size > 0 && 2 * c >= size; };

    std::vector<int> score(size_t(m + 1) * stride, 0);
    std::vector<quint8> step(size_t(m + 1) * stride, None);
    std::vector<int> gain(size_t(m + 1) * stride, 0);
    for (int i = 0; i <= m; ++i) {
        for (int j = 0; j <= n; ++j) {
            if (i == 0 && j == 0)
                continue;
            int best = -1;
            quint8 how = None;
            int g = 0;
            // Ties go to the insertion so that, read forwards, deletions come
            // before insertions.
            if (j > 0) {
                best = score[size_t(i) * stride + j - 1];
                how = Ins;
            }
            if (i > 0 && score[size_t(i - 1) * stride + j] > best) {
                best = score[size_t(i - 1) * stride + j];
                how = Del;
            }
            if (i > 0 && j > 0) {
                const int c = common11[size_t(i - 1) * n + j - 1];
                const int s = score[size_t(i - 1) * stride + j - 1] + c;
                if (s >= best && pairOk(i - 1, j - 1, c)) {
                    best = s;
                    how = Pair11;
                    g = c;
                }
            }
            if (i > 0 && j > 1) {
                const int c1 = common11[size_t(i - 1) * n + j - 2];
                const int c2 = common11[size_t(i - 1) * n + j - 1];
                if (partOk(c1, sizeR(j - 2)) && partOk(c2, sizeR(j - 1))) {
                    const int c = WordBags::common(lw.words(lb[i - 1]), rw.words(rb[j - 2]),
                                                   rw.words(rb[j - 1]));
                    const int s = score[size_t(i - 1) * stride + j - 2] + c;
                    if (WordBags::dice(c, sizeL(i - 1), sizeR(j - 2) + sizeR(j - 1))
                            >= GapAligner::kPairSimilarity
                        && s > best) {
                        best = s;
                        how = Split12;
                        g = c;
                    }
                }
            }
            if (i > 1 && j > 0) {
                const int c1 = common11[size_t(i - 2) * n + j - 1];
                const int c2 = common11[size_t(i - 1) * n + j - 1];
                if (partOk(c1, sizeL(i - 2)) && partOk(c2, sizeL(i - 1))) {
                    const int c = WordBags::common(rw.words(rb[j - 1]), lw.words(lb[i - 2]),
                                                   lw.words(lb[i - 1]));
                    const int s = score[size_t(i - 2) * stride + j - 1] + c;
                    if (WordBags::dice(c, sizeL(i - 2) + sizeL(i - 1), sizeR(j - 1))
                            >= GapAligner::kPairSimilarity
                        && s > best) {
                        best = s;
                        how = Merge21;
                        g = c;
                    }
                }
            }
            score[size_t(i) * stride + j] = best;
            step[size_t(i) * stride + j] = how;
            gain[size_t(i) * stride + j] = g;
        }
    }

    QList<GapAligner::Group> reversed;
    int i = m, j = n;
    while (i > 0 || j > 0) {
        const quint8 how = step[size_t(i) * stride + j];
        const int g = gain[size_t(i) * stride + j];
        switch (how) {
        case Del: reversed.append({i - 1, i, j, j, 0.f}); --i; break;
        case Ins: reversed.append({i, i, j - 1, j, 0.f}); --j; break;
        case Pair11:
            reversed.append({i - 1, i, j - 1, j, WordBags::dice(g, sizeL(i - 1), sizeR(j - 1))});
            --i;
            --j;
            break;
        case Split12:
            reversed.append({i - 1, i, j - 2, j,
                             WordBags::dice(g, sizeL(i - 1), sizeR(j - 2) + sizeR(j - 1))});
            --i;
            j -= 2;
            break;
        case Merge21:
            reversed.append({i - 2, i, j - 1, j,
                             WordBags::dice(g, sizeL(i - 2) + sizeL(i - 1), sizeR(j - 1))});
            i -= 2;
            --j;
            break;
        default: i = j = 0; break;
        }
    }
    std::reverse(reversed.begin(), reversed.end());
    return reversed;
}

QList<GapAligner::Group> alignLarge(const std::vector<int> &lb, const std::vector<int> &rb,
                                    WordBags &lw, WordBags &rw)
{
    std::vector<int> leftIndex(size_t(*std::max_element(lb.begin(), lb.end())) + 1, -1);
    std::vector<int> rightIndex(size_t(*std::max_element(rb.begin(), rb.end())) + 1, -1);
    for (int i = 0; i < int(lb.size()); ++i)
        leftIndex[lb[i]] = i;
    for (int j = 0; j < int(rb.size()); ++j)
        rightIndex[rb[j]] = j;

    // Similar pairs by distinct words, confirmed on word multisets.
    struct Cand
    {
        int i, j, common;
        float sim;
    };
    std::vector<Cand> cands;
    const QList<SimilarityJoin::Pair> similar = SimilarityJoin::find(
        lw, lb, rw, rb, GapAligner::kPairSimilarity, [](int, int) { return true; });
    for (const SimilarityJoin::Pair &p : similar) {
        const auto a = lw.words(p.left), b = rw.words(p.right);
        const int c = WordBags::common(a, b);
        const float sim = WordBags::dice(c, qsizetype(a.size()), qsizetype(b.size()));
        if (sim >= GapAligner::kPairSimilarity)
            cands.push_back({leftIndex[p.left], rightIndex[p.right], c, sim});
    }

    // Heaviest chain increasing in both i and j: a Fenwick tree of maxima over
    // j; candidates of one i are all scored before any of them is recorded.
    const int n = int(rb.size());
    std::vector<std::pair<qint64, int>> tree(size_t(n) + 1, {0, -1});
    auto query = [&](int j) { // best over right positions < j
        std::pair<qint64, int> best{0, -1};
        for (int k = j; k > 0; k -= k & -k)
            best = std::max(best, tree[k]);
        return best;
    };
    auto update = [&](int j, std::pair<qint64, int> v) {
        for (int k = j + 1; k <= n; k += k & -k)
            tree[k] = std::max(tree[k], v);
    };
    std::vector<qint64> total(cands.size());
    std::vector<int> prev(cands.size(), -1);
    size_t k = 0;
    while (k < cands.size()) {
        size_t e = k;
        while (e < cands.size() && cands[e].i == cands[k].i)
            ++e;
        for (size_t c = k; c < e; ++c) {
            const auto best = query(cands[c].j);
            total[c] = best.first + cands[c].common;
            prev[c] = best.second;
        }
        for (size_t c = k; c < e; ++c)
            update(cands[c].j, {total[c], int(c)});
        k = e;
    }
    int last = -1;
    qint64 bestTotal = 0;
    for (size_t c = 0; c < cands.size(); ++c)
        if (total[c] > bestTotal) {
            bestTotal = total[c];
            last = int(c);
        }
    std::vector<int> chain;
    for (int c = last; c >= 0; c = prev[c])
        chain.push_back(c);
    std::reverse(chain.begin(), chain.end());

    QList<GapAligner::Group> out;
    int l = 0, r = 0;
    for (int c : chain) {
        emitUnpaired(out, l, cands[c].i, r, cands[c].j);
        out.append({l, l + 1, r, r + 1, cands[c].sim});
        ++l;
        ++r;
    }
    emitUnpaired(out, l, int(lb.size()), r, int(rb.size()));
    return out;
}

} // namespace

QList<GapAligner::Group> GapAligner::align(const std::vector<int> &leftBlocks,
                                           const std::vector<int> &rightBlocks,
                                           const QList<DiffBlock> &leftInfo,
                                           const QList<DiffBlock> &rightInfo, WordBags &leftWords,
                                           WordBags &rightWords)
{
    QList<Group> out;
    int l = 0, r = 0;
    if (leftBlocks.empty() || rightBlocks.empty()) {
        emitUnpaired(out, l, int(leftBlocks.size()), r, int(rightBlocks.size()));
        return out;
    }
    qint64 wordsLeft = 0, wordsRight = 0;
    for (int b : leftBlocks)
        wordsLeft += qint64(leftWords.words(b).size()) + 1;
    for (int b : rightBlocks)
        wordsRight += qint64(rightWords.words(b).size()) + 1;
    const qint64 work = wordsLeft * qint64(rightBlocks.size()) + wordsRight * qint64(leftBlocks.size());
    if (work <= kExactWorkLimit)
        return alignExact(leftBlocks, rightBlocks, leftInfo, rightInfo, leftWords, rightWords);
    return alignLarge(leftBlocks, rightBlocks, leftWords, rightWords);
}

} // namespace cw
