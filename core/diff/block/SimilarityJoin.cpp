#include "diff/block/SimilarityJoin.h"

#include <algorithm>
#include <cmath>

namespace cw {

namespace {

qsizetype prefixLength(qsizetype size, float t)
{
    const qsizetype overlap = qsizetype(std::ceil(double(t) * double(size) / (2.0 - t) - 1e-9));
    return std::clamp<qsizetype>(size - overlap + 1, 1, size);
}

} // namespace

QList<SimilarityJoin::Pair> SimilarityJoin::find(WordBags &left, const std::vector<int> &leftBlocks,
                                                 WordBags &right,
                                                 const std::vector<int> &rightBlocks,
                                                 float threshold,
                                                 const std::function<bool(int, int)> &accept)
{
    QList<Pair> pairs;
    if (leftBlocks.empty() || rightBlocks.empty())
        return pairs;

    // Document frequency of every word over both lists.
    qint32 maxId = -1;
    for (int b : leftBlocks)
        for (qint32 w : left.distinct(b))
            maxId = std::max(maxId, w);
    for (int b : rightBlocks)
        for (qint32 w : right.distinct(b))
            maxId = std::max(maxId, w);
    if (maxId < 0)
        return pairs;
    std::vector<qint32> freq(size_t(maxId) + 1, 0);
    for (int b : leftBlocks)
        for (qint32 w : left.distinct(b))
            ++freq[w];
    for (int b : rightBlocks)
        for (qint32 w : right.distinct(b))
            ++freq[w];
    auto rarestFirst = [&freq](qint32 x, qint32 y) {
        return freq[x] != freq[y] ? freq[x] < freq[y] : x < y;
    };

    // Inverted index of the right blocks' prefixes: word -> linked list.
    std::vector<qint32> head(size_t(maxId) + 1, -1);
    std::vector<qint32> next;
    std::vector<qint32> owner;
    std::vector<qint32> ordered;
    for (qint32 r = 0; r < qint32(rightBlocks.size()); ++r) {
        const auto set = right.distinct(rightBlocks[r]);
        if (set.empty())
            continue;
        ordered.assign(set.begin(), set.end());
        const qsizetype p = prefixLength(qsizetype(ordered.size()), threshold);
        std::partial_sort(ordered.begin(), ordered.begin() + p, ordered.end(), rarestFirst);
        for (qsizetype k = 0; k < p; ++k) {
            next.push_back(head[ordered[k]]);
            owner.push_back(r);
            head[ordered[k]] = qint32(owner.size() - 1);
        }
    }

    std::vector<qint32> seen(rightBlocks.size(), -1);
    std::vector<qint32> found;
    const double ratio = double(threshold) / (2.0 - threshold);
    for (qint32 l = 0; l < qint32(leftBlocks.size()); ++l) {
        const int lb = leftBlocks[l];
        const auto set = left.distinct(lb);
        if (set.empty())
            continue;
        ordered.assign(set.begin(), set.end());
        const qsizetype p = prefixLength(qsizetype(ordered.size()), threshold);
        std::partial_sort(ordered.begin(), ordered.begin() + p, ordered.end(), rarestFirst);
        found.clear();
        for (qsizetype k = 0; k < p; ++k) {
            for (qint32 e = head[ordered[k]]; e >= 0; e = next[e]) {
                const qint32 r = owner[e];
                if (seen[r] == l)
                    continue;
                seen[r] = l;
                found.push_back(r);
            }
        }
        std::sort(found.begin(), found.end());
        for (qint32 r : found) {
            const int rb = rightBlocks[r];
            const auto other = right.distinct(rb);
            // Dice ≥ t needs the sizes within a factor t/(2−t) of each other.
            const double small = double(std::min(set.size(), other.size()));
            const double large = double(std::max(set.size(), other.size()));
            if (small < ratio * large - 1e-9)
                continue;
            if (!accept(lb, rb))
                continue;
            const float sim = WordBags::dice(WordBags::common(set, other), qsizetype(set.size()),
                                             qsizetype(other.size()));
            if (sim >= threshold)
                pairs.append(Pair{lb, rb, sim});
        }
    }
    return pairs;
}

} // namespace cw
