#include "diff/ClauseAlignment.h"

#include <algorithm>

namespace cw {

ClauseAlignment::ClauseAlignment(const VersionDiff *d)
{
    if (!d)
        return;
    for (const DiffHunk &h : d->hunks) {
        if (!h.changed) {
            m_regions.push_back({h.leftStart, h.leftStart + h.leftLength, h.rightStart,
                                 h.rightStart + h.rightLength, Place::InPlace});
            continue;
        }
        for (const DiffRow &r : h.rows) {
            const bool inPlace =
                r.kind == DiffRow::Kind::Modified || r.kind == DiffRow::Kind::Equal;
            if (!inPlace && r.kind != DiffRow::Kind::MovedTo)
                continue;
            m_regions.push_back({r.leftStart, r.leftStart + r.leftLength, r.rightStart,
                                 r.rightStart + r.rightLength,
                                 inPlace ? Place::InPlace : Place::Moved});
        }
    }
    std::sort(m_regions.begin(), m_regions.end(),
              [](const Region &a, const Region &b) { return a.rightStart < b.rightStart; });
}

ClauseAlignment::Place ClauseAlignment::placeOf(qsizetype oldStart, qsizetype newStart) const
{
    auto it = std::upper_bound(m_regions.begin(), m_regions.end(), newStart,
                               [](qsizetype v, const Region &r) { return v < r.rightStart; });
    while (it != m_regions.begin()) {
        --it;
        if (newStart >= it->rightEnd)
            break;
        if (oldStart >= it->leftStart && oldStart < it->leftEnd)
            return it->place;
    }
    return Place::Unknown;
}

QList<int> ClauseAlignment::clausesWithin(const QList<Clause> &clauses, qsizetype start,
                                          qsizetype length)
{
    QList<int> out;
    auto it = std::lower_bound(clauses.begin(), clauses.end(), start,
                               [](const Clause &c, qsizetype v) { return c.start < v; });
    for (; it != clauses.end() && it->end <= start + length; ++it)
        out.append(int(it - clauses.begin()));
    return out;
}

std::vector<int> ClauseAlignment::blockOfClauses(const QList<DiffBlock> &blocks,
                                                 const QList<ClauseSpan> &spans)
{
    std::vector<int> out(spans.size(), -1);
    qsizetype b = 0;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const ClauseSpan &s = spans[i];
        while (b < blocks.size() && blocks[b].end() <= s.start)
            ++b;
        if (b < blocks.size() && blocks[b].start <= s.start && s.end <= blocks[b].end())
            out[i] = int(b);
    }
    return out;
}

QList<ClausePair> ClauseAlignment::inAlignedRows(const QList<Clause> &oldClauses,
                                                 const QList<Clause> &newClauses,
                                                 std::vector<bool> &oldPaired,
                                                 std::vector<bool> &newPaired, const VersionDiff &d)
{
    constexpr double kThreshold = 0.6; // LineageOptions::similarityThreshold
    QList<ClausePair> out;
    QList<int> left;
    QList<int> right;
    QList<double> similarity;
    for (const DiffHunk &h : d.hunks) {
        if (!h.changed)
            continue;
        for (const DiffRow &r : h.rows) {
            if (r.kind != DiffRow::Kind::Modified && r.kind != DiffRow::Kind::MovedTo)
                continue;
            left.clear();
            right.clear();
            for (int i : clausesWithin(oldClauses, r.leftStart, r.leftLength))
                if (!oldPaired[i])
                    left.append(i);
            for (int i : clausesWithin(newClauses, r.rightStart, r.rightLength))
                if (!newPaired[i])
                    right.append(i);
            if (left.isEmpty() || right.isEmpty())
                continue;
            if (left.size() == right.size()) {
                similarity.clear();
                bool ok = true;
                for (qsizetype k = 0; k < left.size() && ok; ++k) {
                    // Most clauses of an edited paragraph are its untouched sentences.
                    const QString &a = oldClauses[left[k]].text;
                    const QString &b = newClauses[right[k]].text;
                    const double s = a == b ? 1.0 : ClauseChanges::wordSimilarity(a, b);
                    ok = s >= kThreshold;
                    similarity.append(s);
                }
                if (ok) {
                    for (qsizetype k = 0; k < left.size(); ++k) {
                        oldPaired[left[k]] = newPaired[right[k]] = true;
                        out.append(ClausePair{left[k], right[k], false, similarity[k]});
                    }
                    continue;
                }
            }
            // A sentence inserted, dropped or rewritten inside the row: pair
            // the most similar clauses of the row first (small rows only).
            if (left.size() * right.size() > 400)
                continue;
            struct Candidate
            {
                double s;
                int l;
                int r;
            };
            std::vector<Candidate> candidates;
            for (int l : std::as_const(left))
                for (int r2 : std::as_const(right)) {
                    const double s2 =
                        ClauseChanges::wordSimilarity(oldClauses[l].text, newClauses[r2].text);
                    if (s2 >= kThreshold)
                        candidates.push_back({s2, l, r2});
                }
            std::stable_sort(candidates.begin(), candidates.end(),
                             [](const Candidate &a, const Candidate &b) { return a.s > b.s; });
            for (const Candidate &c : candidates) {
                if (oldPaired[c.l] || newPaired[c.r])
                    continue;
                oldPaired[c.l] = newPaired[c.r] = true;
                out.append(ClausePair{c.l, c.r, false, c.s});
            }
        }
    }
    return out;
}

QList<ClausePair> ClauseAlignment::inModifiedRows(const QList<Clause> &oldClauses,
                                                  const QList<Clause> &newClauses,
                                                  const QList<ClausePair> &pairs,
                                                  const VersionDiff &d)
{
    std::vector<bool> oldPaired(oldClauses.size(), false);
    std::vector<bool> newPaired(newClauses.size(), false);
    for (const ClausePair &p : pairs) {
        oldPaired[p.oldIndex] = true;
        newPaired[p.newIndex] = true;
    }
    QList<ClausePair> out;
    for (const DiffHunk &h : d.hunks) {
        if (!h.changed)
            continue;
        for (const DiffRow &r : h.rows) {
            if (r.kind != DiffRow::Kind::Modified)
                continue;
            int oldFree = -1;
            int newFree = -1;
            int oldCount = 0;
            int newCount = 0;
            for (int i : clausesWithin(oldClauses, r.leftStart, r.leftLength))
                if (!oldPaired[i]) {
                    oldFree = i;
                    ++oldCount;
                }
            for (int i : clausesWithin(newClauses, r.rightStart, r.rightLength))
                if (!newPaired[i]) {
                    newFree = i;
                    ++newCount;
                }
            if (oldCount == 1 && newCount == 1) {
                oldPaired[oldFree] = newPaired[newFree] = true;
                out.append(ClausePair{oldFree, newFree, false, -1.0});
            }
        }
    }
    return out;
}

} // namespace cw
