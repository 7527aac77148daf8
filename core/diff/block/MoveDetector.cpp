#include "diff/block/MoveDetector.h"

#include "diff/block/SimilarityJoin.h"

#include <QHash>

#include <algorithm>

namespace cw {

MoveDetector::MoveDetector(const QList<qint32> &leftKeys, const QList<qint32> &rightKeys,
                           const std::vector<int> &leftGapOf, const std::vector<int> &rightGapOf,
                           WordBags &leftWords, WordBags &rightWords, const DiffOptions &options)
    : m_leftKeys(leftKeys), m_rightKeys(rightKeys), m_leftGapOf(leftGapOf),
      m_rightGapOf(rightGapOf), m_leftWords(leftWords), m_rightWords(rightWords),
      m_options(options), m_leftPartner(leftGapOf.size(), -1),
      m_rightPartner(rightGapOf.size(), -1)
{
}

void MoveDetector::link(int left, int right, float similarity)
{
    m_leftPartner[size_t(left)] = right;
    m_rightPartner[size_t(right)] = left;
    m_pairs.append(Pair{left, right, similarity});
}

QList<MoveDetector::Pair> MoveDetector::pairs() const
{
    QList<Pair> out = m_pairs;
    std::sort(out.begin(), out.end(), [](const Pair &x, const Pair &y) { return x.left < y.left; });
    return out;
}

void MoveDetector::findIdentical()
{
    const int nl = int(m_leftGapOf.size()), nr = int(m_rightGapOf.size());
    // Identical bodies (section numbers aside), paired in document order.
    QHash<qint32, QList<int>> rightByKey;
    for (int r = 0; r < nr; ++r)
        if (m_rightGapOf[r] >= 0 && m_rightPartner[r] < 0 && m_rightWords.hasWords(r))
            rightByKey[m_rightKeys[r]].append(r);
    if (rightByKey.isEmpty())
        return;
    for (int l = 0; l < nl; ++l) {
        if (m_leftGapOf[l] < 0 || m_leftPartner[l] >= 0)
            continue;
        auto it = rightByKey.find(m_leftKeys[l]);
        if (it == rightByKey.end())
            continue;
        QList<int> &candidates = it.value();
        for (qsizetype k = 0; k < candidates.size(); ++k) {
            const int r = candidates[k];
            if (m_rightGapOf[r] != m_leftGapOf[l]) {
                link(l, r, 1.f);
                candidates.remove(k);
                break;
            }
        }
    }
}

void MoveDetector::findSimilar(const std::vector<float> &leftInPlace,
                               const std::vector<float> &rightInPlace)
{
    const int nl = int(m_leftGapOf.size()), nr = int(m_rightGapOf.size());
    auto usable = [this](WordBags &words, int block) {
        return qsizetype(words.distinct(block).size()) >= kMinWordsForSimilarMove;
    };
    std::vector<int> leftLeftover, leftAny, rightLeftover, rightAny;
    for (int l = 0; l < nl; ++l) {
        const float s = leftInPlace[size_t(l)];
        if (m_leftGapOf[l] < 0 || m_leftPartner[l] >= 0 || s >= kUnavailable || !usable(m_leftWords, l))
            continue;
        leftAny.push_back(l);
        if (s == kLeftover)
            leftLeftover.push_back(l);
    }
    for (int r = 0; r < nr; ++r) {
        const float s = rightInPlace[size_t(r)];
        if (m_rightGapOf[r] < 0 || m_rightPartner[r] >= 0 || s >= kUnavailable
            || !usable(m_rightWords, r))
            continue;
        rightAny.push_back(r);
        if (s == kLeftover)
            rightLeftover.push_back(r);
    }
    if (leftAny.empty() || rightAny.empty() || (leftLeftover.empty() && rightLeftover.empty()))
        return;

    // A move must be closer than the in-place pairing it would break.
    const float threshold = float(m_options.moveSimilarity);
    auto accept = [&](int l, int r) { return m_leftGapOf[l] != m_rightGapOf[r]; };
    QList<SimilarityJoin::Pair> found =
        SimilarityJoin::find(m_leftWords, leftLeftover, m_rightWords, rightAny, threshold, accept);
    // Right leftovers against left blocks that were paired in place (pairs of
    // two leftovers were found above).
    std::vector<int> leftPaired;
    for (int l : leftAny)
        if (leftInPlace[size_t(l)] != kLeftover)
            leftPaired.push_back(l);
    found += SimilarityJoin::find(m_leftWords, leftPaired, m_rightWords, rightLeftover, threshold,
                                  accept);
    std::stable_sort(found.begin(), found.end(),
                     [](const SimilarityJoin::Pair &x, const SimilarityJoin::Pair &y) {
                         if (x.similarity != y.similarity)
                             return x.similarity > y.similarity;
                         return x.left != y.left ? x.left < y.left : x.right < y.right;
                     });
    for (const SimilarityJoin::Pair &p : std::as_const(found)) {
        if (m_leftPartner[p.left] >= 0 || m_rightPartner[p.right] >= 0)
            continue;
        if (p.similarity <= leftInPlace[size_t(p.left)] || p.similarity <= rightInPlace[size_t(p.right)])
            continue;
        link(p.left, p.right, p.similarity);
    }
}

void MoveDetector::extend(const std::vector<float> &leftInPlace,
                          const std::vector<float> &rightInPlace)
{
    const int nl = int(m_leftGapOf.size()), nr = int(m_rightGapOf.size());
    auto tryExtend = [&](int l, int r) {
        if (l < 0 || r < 0 || l >= nl || r >= nr)
            return false;
        if (m_leftGapOf[l] < 0 || m_rightGapOf[r] < 0 || m_leftPartner[l] >= 0
            || m_rightPartner[r] >= 0 || m_leftGapOf[l] == m_rightGapOf[r])
            return false;
        if (leftInPlace[size_t(l)] != kLeftover || rightInPlace[size_t(r)] != kLeftover)
            return false;
        const auto a = m_leftWords.words(l), b = m_rightWords.words(r);
        const float sim = WordBags::dice(WordBags::common(a, b), qsizetype(a.size()),
                                         qsizetype(b.size()));
        if (sim < kExtendSimilarity)
            return false;
        link(l, r, sim);
        return true;
    };
    for (qsizetype k = 0; k < m_pairs.size(); ++k) {
        const Pair p = m_pairs[k];
        for (int d = 1; tryExtend(p.left + d, p.right + d); ++d) {
        }
        for (int d = 1; tryExtend(p.left - d, p.right - d); ++d) {
        }
    }
}

} // namespace cw
