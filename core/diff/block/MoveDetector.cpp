#include "diff/block/MoveDetector.h"

#include "diff/block/SimilarityJoin.h"

#include <QHash>

#include <algorithm>

namespace cw {

QList<MoveDetector::Pair> MoveDetector::detect(const QList<qint32> &leftKeys,
                                               const QList<qint32> &rightKeys,
                                               const std::vector<int> &leftGapOf,
                                               const std::vector<int> &rightGapOf,
                                               WordBags &leftWords, WordBags &rightWords,
                                               const DiffOptions &options)
{
    const int nl = int(leftGapOf.size()), nr = int(rightGapOf.size());
    std::vector<int> leftPartner(size_t(nl), -1), rightPartner(size_t(nr), -1);
    QList<Pair> pairs;
    auto link = [&](int l, int r, float sim) {
        leftPartner[l] = r;
        rightPartner[r] = l;
        pairs.append(Pair{l, r, sim});
    };

    // 1. Identical bodies (section numbers aside), first come first paired.
    QHash<qint32, QList<int>> rightByKey;
    for (int r = 0; r < nr; ++r)
        if (rightGapOf[r] >= 0 && !rightWords.words(r).empty())
            rightByKey[rightKeys[r]].append(r);
    for (int l = 0; l < nl; ++l) {
        if (leftGapOf[l] < 0)
            continue;
        auto it = rightByKey.find(leftKeys[l]);
        if (it == rightByKey.end())
            continue;
        QList<int> &candidates = it.value();
        for (qsizetype k = 0; k < candidates.size(); ++k) {
            const int r = candidates[k];
            if (rightGapOf[r] != leftGapOf[l]) {
                link(l, r, 1.f);
                candidates.remove(k);
                break;
            }
        }
    }

    // 2. Near-identical bodies (≥ moveSimilarity), best pairs first.
    std::vector<int> leftCandidates, rightCandidates;
    for (int l = 0; l < nl; ++l)
        if (leftGapOf[l] >= 0 && leftPartner[l] < 0
            && qsizetype(leftWords.distinct(l).size()) >= kMinWordsForSimilarMove)
            leftCandidates.push_back(l);
    for (int r = 0; r < nr; ++r)
        if (rightGapOf[r] >= 0 && rightPartner[r] < 0
            && qsizetype(rightWords.distinct(r).size()) >= kMinWordsForSimilarMove)
            rightCandidates.push_back(r);
    QList<SimilarityJoin::Pair> similar = SimilarityJoin::find(
        leftWords, leftCandidates, rightWords, rightCandidates, float(options.moveSimilarity),
        [&](int l, int r) { return leftGapOf[l] != rightGapOf[r]; });
    std::stable_sort(similar.begin(), similar.end(),
                     [](const SimilarityJoin::Pair &x, const SimilarityJoin::Pair &y) {
                         return x.similarity > y.similarity;
                     });
    for (const SimilarityJoin::Pair &p : std::as_const(similar))
        if (leftPartner[p.left] < 0 && rightPartner[p.right] < 0)
            link(p.left, p.right, p.similarity);

    // 3. Grow moves over neighbours that changed more (a moved section whose
    //    heading was reworded moves as a whole).
    auto tryExtend = [&](int l, int r) {
        if (l < 0 || r < 0 || l >= nl || r >= nr)
            return false;
        if (leftGapOf[l] < 0 || rightGapOf[r] < 0 || leftPartner[l] >= 0 || rightPartner[r] >= 0)
            return false;
        if (leftGapOf[l] == rightGapOf[r])
            return false;
        const auto a = leftWords.words(l), b = rightWords.words(r);
        const float sim = WordBags::dice(WordBags::common(a, b), qsizetype(a.size()),
                                         qsizetype(b.size()));
        if (sim < kExtendSimilarity)
            return false;
        link(l, r, sim);
        return true;
    };
    for (qsizetype k = 0; k < pairs.size(); ++k) {
        const Pair p = pairs[k];
        for (int d = 1; tryExtend(p.left + d, p.right + d); ++d) {
        }
        for (int d = 1; tryExtend(p.left - d, p.right - d); ++d) {
        }
    }

    std::sort(pairs.begin(), pairs.end(),
              [](const Pair &x, const Pair &y) { return x.left < y.left; });
    return pairs;
}

} // namespace cw
