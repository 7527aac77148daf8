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
    // Global order, rarest first: rank[id] (ties by id, so it is total).
    std::vector<qint32> byRarity;
    for (qint32 id = 0; id <= maxId; ++id)
        if (freq[size_t(id)] > 0)
            byRarity.push_back(id);
    std::sort(byRarity.begin(), byRarity.end(), [&freq](qint32 x, qint32 y) {
        return freq[size_t(x)] != freq[size_t(y)] ? freq[size_t(x)] < freq[size_t(y)] : x < y;
    });
    std::vector<qint32> rank(size_t(maxId) + 1, 0);
    for (size_t k = 0; k < byRarity.size(); ++k)
        rank[size_t(byRarity[k])] = qint32(k);
    // The p rarest words of a set, as ranks (order within the prefix is free).
    auto prefixOf = [&rank](std::span<const qint32> set, qsizetype p, std::vector<qint32> &out) {
        out.clear();
        for (qint32 w : set)
            out.push_back(rank[size_t(w)]);
        if (p < qsizetype(out.size()))
            std::nth_element(out.begin(), out.begin() + (p - 1), out.end());
        out.resize(size_t(p));
    };

    // Inverted index of the right blocks' prefixes: word rank -> linked list.
    std::vector<qint32> head(size_t(maxId) + 1, -1);
    std::vector<qint32> next;
    std::vector<qint32> owner;
    std::vector<qint32> ordered;
    for (qint32 r = 0; r < qint32(rightBlocks.size()); ++r) {
        const auto set = right.distinct(rightBlocks[r]);
        if (set.empty())
            continue;
        prefixOf(set, prefixLength(qsizetype(set.size()), threshold), ordered);
        for (qint32 w : ordered) {
            next.push_back(head[size_t(w)]);
            owner.push_back(r);
            head[size_t(w)] = qint32(owner.size() - 1);
        }
    }

    // The indexed side's sets, fetched once.
    std::vector<std::span<const qint32>> rightSets;
    rightSets.reserve(rightBlocks.size());
    for (int rb : rightBlocks)
        rightSets.push_back(right.distinct(rb));

    std::vector<qint32> seen(rightBlocks.size(), -1);
    std::vector<qint32> found;
    const double ratio = double(threshold) / (2.0 - threshold);
    for (qint32 l = 0; l < qint32(leftBlocks.size()); ++l) {
        const int lb = leftBlocks[l];
        const auto set = left.distinct(lb);
        if (set.empty())
            continue;
        // Dice ≥ t needs the sizes within a factor t/(2−t) of each other.
        const double size = double(set.size());
        const double minSize = ratio * size - 1e-9, maxSize = size / ratio + 1e-9;
        prefixOf(set, prefixLength(qsizetype(set.size()), threshold), ordered);
        found.clear();
        for (qint32 w : ordered) {
            for (qint32 e = head[size_t(w)]; e >= 0; e = next[size_t(e)]) {
                const qint32 r = owner[size_t(e)];
                if (seen[size_t(r)] == l)
                    continue;
                seen[size_t(r)] = l;
                const double other = double(rightSets[size_t(r)].size());
                if (other >= minSize && other <= maxSize)
                    found.push_back(r);
            }
        }
        std::sort(found.begin(), found.end());
        for (qint32 r : found) {
            const int rb = rightBlocks[size_t(r)];
            if (!accept(lb, rb))
                continue;
            const auto other = rightSets[size_t(r)];
            const int need = int(std::ceil(double(threshold) * double(set.size() + other.size()) / 2.0 - 1e-9));
            const int common = WordBags::commonAtLeast(set, other, need);
            if (common < 0)
                continue;
            const float sim = WordBags::dice(common, qsizetype(set.size()), qsizetype(other.size()));
            if (sim >= threshold)
                pairs.append(Pair{lb, rb, sim});
        }
    }
    return pairs;
}

} // namespace cw
