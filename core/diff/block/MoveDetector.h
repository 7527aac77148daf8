#pragma once

#include "diff/DiffOptions.h"
#include "diff/block/WordBags.h"

#include <QList>

#include <vector>

namespace cw {

/// Pairs blocks that the sequence alignment left unmatched at one place on the
/// left and at another place on the right: those are moves. Blocks of the same
/// gap (between the same two matched blocks) are never moves but in-place edits.
///
/// Used in three passes around the gap alignment:
///  1. findIdentical() before it — identical bodies in different gaps;
///  2. findSimilar() after it — a block the gaps left deleted or inserted that is
///     ≥ moveSimilarity like a block of another gap (taking that block from its
///     in-place pairing when the move is the closer match);
///  3. extend() — neighbours of a move that were deleted/inserted join it when
///     they are at least kExtendSimilarity alike (a moved section whose heading
///     was reworded moves as a whole).
/// Only blocks that were deleted or inserted are ever probed, so the similarity
/// search stays small however many blocks were edited in place.
class MoveDetector
{
public:
    struct Pair
    {
        int left;
        int right;
        float similarity; ///< 1 for identical bodies; Dice over words otherwise
    };

    /// gapOf*: per block, the index of its gap, or -1 when it matched.
    /// keys: body keys (BlockKeys).
    MoveDetector(const QList<qint32> &leftKeys, const QList<qint32> &rightKeys,
                 const std::vector<int> &leftGapOf, const std::vector<int> &rightGapOf,
                 WordBags &leftWords, WordBags &rightWords, const DiffOptions &options);

    void findIdentical();

    /// Per block, what the gap alignment made of it: kLeftover (deleted or
    /// inserted), the similarity of its 1:1 in-place pairing (0..1], or
    /// kUnavailable (matched, already moved, or part of a split/merge).
    static constexpr float kLeftover = 0.f;
    static constexpr float kUnavailable = 2.f;
    void findSimilar(const std::vector<float> &leftInPlace, const std::vector<float> &rightInPlace);
    void extend(const std::vector<float> &leftInPlace, const std::vector<float> &rightInPlace);

    int leftPartner(int left) const { return m_leftPartner[size_t(left)]; }
    int rightPartner(int right) const { return m_rightPartner[size_t(right)]; }
    /// All pairs, ordered by left block.
    QList<Pair> pairs() const;

    /// Minimum number of distinct words for a non-identical block to be paired
    /// as a move on similarity alone (short lines are too easily similar).
    static constexpr int kMinWordsForSimilarMove = 4;
    /// Word similarity (Dice) with which a block next to a move joins it.
    static constexpr float kExtendSimilarity = 0.5f;

private:
    void link(int left, int right, float similarity);

    const QList<qint32> &m_leftKeys;
    const QList<qint32> &m_rightKeys;
    const std::vector<int> &m_leftGapOf;
    const std::vector<int> &m_rightGapOf;
    WordBags &m_leftWords;
    WordBags &m_rightWords;
    const DiffOptions &m_options;
    std::vector<int> m_leftPartner;
    std::vector<int> m_rightPartner;
    QList<Pair> m_pairs;
};

} // namespace cw
