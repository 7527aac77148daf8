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

    // The indexed side's sets, fetched once.
    std::vector<std::span<const qint32>> rightSets;
    rightSets.reserve(rightBlocks.size());
    for (int rb : rightBlocks)
        rightSets.push_back(right.distinct(rb));

    // Inverted index of the right blocks' prefixes: for each word rank, the
    // blocks whose prefix holds it, with their set sizes, contiguous (a
    // probe reads its postings in order; the order within one word does not
    // matter, candidates are deduplicated and sorted).
    struct Posting
    {
        qint32 block; ///< index into rightBlocks
        qint32 size;  ///< its set's size, for the size filter
    };
    std::vector<qint32> ordered;
    std::vector<qint32> prefixWords; // all right prefixes, block after block
    std::vector<qint32> prefixEnd(rightBlocks.size(), 0);
    for (qint32 r = 0; r < qint32(rightBlocks.size()); ++r) {
        const auto set = rightSets[size_t(r)];
        if (!set.empty()) {
            prefixOf(set, prefixLength(qsizetype(set.size()), threshold), ordered);
            prefixWords.insert(prefixWords.end(), ordered.begin(), ordered.end());
        }
        prefixEnd[size_t(r)] = qint32(prefixWords.size());
    }
    std::vector<qint32> postingStart(size_t(maxId) + 2, 0);
    for (qint32 w : prefixWords)
        ++postingStart[size_t(w) + 1];
    for (size_t k = 1; k < postingStart.size(); ++k)
        postingStart[k] += postingStart[k - 1];
    std::vector<Posting> postings(prefixWords.size());
    {
        std::vector<qint32> fill(postingStart.begin(), postingStart.end() - 1);
        qint32 from = 0;
        for (qint32 r = 0; r < qint32(rightBlocks.size()); ++r) {
            const qint32 size = qint32(rightSets[size_t(r)].size());
            for (qint32 k = from; k < prefixEnd[size_t(r)]; ++k)
                postings[size_t(fill[size_t(prefixWords[size_t(k)])]++)] = Posting{r, size};
            from = prefixEnd[size_t(r)];
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
        // Dice ≥ t needs the sizes within a factor t/(2−t) of each other.
        const double size = double(set.size());
        const double minSize = ratio * size - 1e-9, maxSize = size / ratio + 1e-9;
        prefixOf(set, prefixLength(qsizetype(set.size()), threshold), ordered);
        found.clear();
        for (qint32 w : ordered) {
            const Posting *p = postings.data() + postingStart[size_t(w)];
            const Posting *end = postings.data() + postingStart[size_t(w) + 1];
            for (; p != end; ++p) {
                const qint32 r = p->block;
                if (seen[size_t(r)] == l)
                    continue;
                seen[size_t(r)] = l;
                const double other = double(p->size);
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
