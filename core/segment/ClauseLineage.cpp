#include "segment/ClauseLineage.h"

#include "segment/ClauseHash.h"

#include <QHash>
#include <QSet>
#include <QStringView>

#include <algorithm>
#include <cmath>
#include <vector>

namespace cw {

QString lineageStatusKey(LineageStatus status)
{
    switch (status) {
    case LineageStatus::New: return QStringLiteral("new");
    case LineageStatus::Unchanged: return QStringLiteral("unchanged");
    case LineageStatus::Modified: return QStringLiteral("modified");
    case LineageStatus::Moved: return QStringLiteral("moved");
    case LineageStatus::MovedModified: return QStringLiteral("moved_modified");
    }
    return QStringLiteral("new");
}

std::optional<LineageStatus> lineageStatusFromKey(QStringView key)
{
    for (LineageStatus s : {LineageStatus::New, LineageStatus::Unchanged, LineageStatus::Modified,
                            LineageStatus::Moved, LineageStatus::MovedModified}) {
        if (key == lineageStatusKey(s))
            return s;
    }
    return std::nullopt;
}

namespace {

/// What matching needs of one clause, computed once.
struct Prepared
{
    QString key;        ///< ClauseHash::normalise(text)
    QString number;     ///< leading clause number
    QString pathKey;    ///< heading path without numbers, lower case
    QString rawPathKey; ///< heading path as written (white space collapsed)
    double position = 0; ///< index / (count - 1), 0..1
    std::vector<int> tokens; ///< token ranks, ascending (rarest first); filled for unmatched only
};

constexpr QChar kPathSeparator = QChar(0x1F);

Prepared prepare(const QString &text, const QStringList &headingPath, int index, int count)
{
    Prepared p;
    p.key = ClauseHash::normalise(text);
    p.number = ClauseHash::leadingNumber(text);
    QStringList stripped;
    QStringList raw;
    stripped.reserve(headingPath.size());
    raw.reserve(headingPath.size());
    for (const QString &h : headingPath) {
        stripped.append(ClauseHash::normalise(h).toLower());
        raw.append(h.simplified());
    }
    p.pathKey = stripped.join(kPathSeparator);
    p.rawPathKey = raw.join(kPathSeparator);
    p.position = count > 1 ? double(index) / double(count - 1) : 0.0;
    return p;
}

/// Lower-cased words (letters and digits) of `text`, as views into `lowered`.
void tokenize(const QString &lowered, QList<QStringView> &out)
{
    out.clear();
    const QStringView v(lowered);
    qsizetype start = -1;
    for (qsizetype k = 0; k <= v.size(); ++k) {
        const bool word = k < v.size() && v[k].isLetterOrNumber();
        if (word && start < 0) {
            start = k;
        } else if (!word && start >= 0) {
            out.append(v.sliced(start, k - start));
            start = -1;
        }
    }
}

int overlap(const std::vector<int> &a, const std::vector<int> &b)
{
    int o = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++o;
            ++i;
            ++j;
        }
    }
    return o;
}

struct Pair
{
    int current = 0;
    int previous = 0;
    double similarity = 0;
    bool samePath = false;
    double distance = 0; ///< |relative position difference|
};

bool betterPair(const Pair &a, const Pair &b)
{
    // Similarities within 1e-9 are ties (floating noise on equal ratios).
    if (std::abs(a.similarity - b.similarity) > 1e-9)
        return a.similarity > b.similarity;
    if (a.samePath != b.samePath)
        return a.samePath;
    if (a.distance != b.distance)
        return a.distance < b.distance;
    if (a.current != b.current)
        return a.current < b.current;
    return a.previous < b.previous;
}

/// Indices (into `seq`) of one longest strictly increasing subsequence.
std::vector<bool> longestIncreasing(const std::vector<int> &seq)
{
    const int n = int(seq.size());
    std::vector<int> tailIndex; // tailIndex[len-1] = index of the smallest tail of a run of len
    std::vector<int> parent(n, -1);
    for (int i = 0; i < n; ++i) {
        auto it = std::lower_bound(tailIndex.begin(), tailIndex.end(), seq[i],
                                   [&](int idx, int value) { return seq[idx] < value; });
        const int len = int(it - tailIndex.begin());
        parent[i] = len > 0 ? tailIndex[len - 1] : -1;
        if (it == tailIndex.end())
            tailIndex.push_back(i);
        else
            *it = i;
    }
    std::vector<bool> in(n, false);
    for (int i = tailIndex.empty() ? -1 : tailIndex.back(); i >= 0; i = parent[i])
        in[i] = true;
    return in;
}

class Matcher
{
public:
    Matcher(const QList<PreviousClause> &previous, const QList<CurrentClause> &current,
            const LineageOptions &options)
        : m_previous(previous), m_options(options),
          m_prevMatch(previous.size(), -1), m_curMatch(current.size(), -1),
          m_curExact(current.size(), false)
    {
        const int np = int(previous.size());
        const int nc = int(current.size());
        m_prev.reserve(np);
        m_cur.reserve(nc);
        for (int i = 0; i < np; ++i)
            m_prev.push_back(prepare(previous[i].text, previous[i].headingPath, i, np));
        for (int i = 0; i < nc; ++i)
            m_cur.push_back(prepare(current[i].text, current[i].headingPath, i, nc));
    }

    LineageResult run()
    {
        matchExact();
        matchSimilar();
        return result();
    }

private:
    void link(int cur, int prev, bool exact)
    {
        m_curMatch[cur] = prev;
        m_prevMatch[prev] = cur;
        m_curExact[cur] = exact;
    }

    void matchExact()
    {
        QHash<QString, QList<int>> prevByKey;
        prevByKey.reserve(m_prev.size());
        for (int p = 0; p < int(m_prev.size()); ++p) {
            if (!m_prev[p].key.isEmpty())
                prevByKey[m_prev[p].key].append(p);
        }
        for (int c = 0; c < int(m_cur.size()); ++c) {
            const auto it = prevByKey.constFind(m_cur[c].key);
            if (it == prevByKey.cend())
                continue;
            int best = -1;
            Pair bestPair;
            for (int p : *it) {
                if (m_prevMatch[p] >= 0)
                    continue;
                const Pair candidate{c, p, 1.0, m_prev[p].pathKey == m_cur[c].pathKey,
                                     std::abs(m_prev[p].position - m_cur[c].position)};
                if (best < 0 || betterPair(candidate, bestPair)) {
                    best = p;
                    bestPair = candidate;
                }
            }
            if (best >= 0)
                link(c, best, true);
        }
    }

    /// Token sets of the clauses left unmatched, as ranks by rarity.
    void buildTokenSets(std::vector<int> &prevLeft, std::vector<int> &curLeft)
    {
        for (int p = 0; p < int(m_prev.size()); ++p) {
            if (m_prevMatch[p] < 0)
                prevLeft.push_back(p);
        }
        for (int c = 0; c < int(m_cur.size()); ++c) {
            if (m_curMatch[c] < 0)
                curLeft.push_back(c);
        }
        // Lower-cased texts own the characters the token views point into.
        std::vector<QString> lowered;
        lowered.reserve(prevLeft.size() + curLeft.size());
        QHash<QStringView, int> ids;
        std::vector<int> df;
        QList<QStringView> words;
        auto collect = [&](Prepared &prep) {
            lowered.push_back(prep.key.toLower());
            tokenize(lowered.back(), words);
            prep.tokens.clear();
            prep.tokens.reserve(words.size());
            for (QStringView w : words) {
                auto it = ids.constFind(w);
                if (it == ids.cend()) {
                    it = ids.insert(w, int(df.size()));
                    df.push_back(0);
                }
                prep.tokens.push_back(*it);
            }
            std::sort(prep.tokens.begin(), prep.tokens.end());
            prep.tokens.erase(std::unique(prep.tokens.begin(), prep.tokens.end()), prep.tokens.end());
            for (int t : prep.tokens)
                ++df[t];
        };
        for (int p : prevLeft)
            collect(m_prev[p]);
        for (int c : curLeft)
            collect(m_cur[c]);

        // Rank tokens by document frequency so that sets sort rarest first.
        std::vector<int> order(df.size());
        for (int t = 0; t < int(order.size()); ++t)
            order[t] = t;
        std::sort(order.begin(), order.end(),
                  [&](int a, int b) { return df[a] != df[b] ? df[a] < df[b] : a < b; });
        std::vector<int> rank(df.size());
        for (int r = 0; r < int(order.size()); ++r)
            rank[order[r]] = r;
        m_tokenCount = int(df.size());
        auto toRanks = [&](Prepared &prep) {
            for (int &t : prep.tokens)
                t = rank[t];
            std::sort(prep.tokens.begin(), prep.tokens.end());
        };
        for (int p : prevLeft)
            toRanks(m_prev[p]);
        for (int c : curLeft)
            toRanks(m_cur[c]);
    }

    void matchSimilar()
    {
        std::vector<int> prevLeft;
        std::vector<int> curLeft;
        buildTokenSets(prevLeft, curLeft);
        if (prevLeft.empty() || curLeft.empty())
            return;

        std::vector<std::vector<int>> postings(m_tokenCount);
        for (int p : prevLeft) {
            for (int r : m_prev[p].tokens)
                postings[r].push_back(p);
        }

        const double t = m_options.similarityThreshold;
        const double tc = m_options.containmentThreshold;
        const double tmin = m_options.minimumSplitSimilarity;
        const double probeThreshold = std::min(t, tc);
        std::vector<Pair> similar;
        std::vector<Pair> contained;
        std::vector<int> stamp(m_prev.size(), -1);
        for (int c : curLeft) {
            const std::vector<int> &a = m_cur[c].tokens;
            const int na = int(a.size());
            if (na == 0)
                continue;
            const int prefix =
                std::min(na, na - int(std::ceil(probeThreshold * na - 1e-9)) + 1);
            for (int k = 0; k < prefix; ++k) {
                for (int p : postings[a[k]]) {
                    if (stamp[p] == c)
                        continue;
                    stamp[p] = c;
                    const std::vector<int> &b = m_prev[p].tokens;
                    const int nb = int(b.size());
                    // Length filter: Jaccard <= shorter / longer.
                    if (double(std::min(na, nb)) < tmin * double(std::max(na, nb)))
                        continue;
                    const int o = overlap(a, b);
                    const double jaccard = double(o) / double(na + nb - o);
                    Pair pair{c, p, jaccard, m_prev[p].pathKey == m_cur[c].pathKey,
                              std::abs(m_prev[p].position - m_cur[c].position)};
                    if (jaccard >= t - 1e-12)
                        similar.push_back(pair);
                    else if (jaccard >= tmin &&
                             (double(o) >= tc * na - 1e-9 || double(o) >= tc * nb - 1e-9))
                        contained.push_back(pair);
                }
            }
        }
        // Merges: a previous clause lying mostly inside a longer current one.
        // Probing from the current side cannot promise to find it (the longer
        // clause's rarest words may all come from its other part), so probe
        // from the previous side with the containment prefix as well. Pairs at
        // or above the similarity threshold were all found above already.
        std::vector<std::vector<int>> currentPostings(m_tokenCount);
        for (int c : curLeft) {
            for (int r : m_cur[c].tokens)
                currentPostings[r].push_back(c);
        }
        std::vector<int> stampCurrent(m_cur.size(), -1);
        for (int p : prevLeft) {
            const std::vector<int> &b = m_prev[p].tokens;
            const int nb = int(b.size());
            if (nb == 0)
                continue;
            const int prefix = std::min(nb, nb - int(std::ceil(tc * nb - 1e-9)) + 1);
            for (int k = 0; k < prefix; ++k) {
                for (int c : currentPostings[b[k]]) {
                    if (stampCurrent[c] == p)
                        continue;
                    stampCurrent[c] = p;
                    const std::vector<int> &a = m_cur[c].tokens;
                    const int na = int(a.size());
                    if (double(std::min(na, nb)) < tmin * double(std::max(na, nb)))
                        continue;
                    const int o = overlap(a, b);
                    const double jaccard = double(o) / double(na + nb - o);
                    if (jaccard < t - 1e-12 && jaccard >= tmin && double(o) >= tc * nb - 1e-9)
                        contained.push_back(Pair{c, p, jaccard, m_prev[p].pathKey == m_cur[c].pathKey,
                                                 std::abs(m_prev[p].position - m_cur[c].position)});
                }
            }
        }
        assign(similar);
        assign(contained);
    }

    void assign(std::vector<Pair> &pairs)
    {
        std::sort(pairs.begin(), pairs.end(), betterPair);
        for (const Pair &pair : pairs) {
            if (m_curMatch[pair.current] < 0 && m_prevMatch[pair.previous] < 0) {
                link(pair.current, pair.previous, false);
                m_similarity.insert(pair.current, pair.similarity);
            }
        }
    }

    LineageResult result() const
    {
        LineageResult r;
        const int nc = int(m_cur.size());
        r.matches.resize(nc);

        std::vector<int> matchedCur;
        std::vector<int> sequence;
        for (int c = 0; c < nc; ++c) {
            if (m_curMatch[c] >= 0) {
                matchedCur.push_back(c);
                sequence.push_back(m_curMatch[c]);
            }
        }
        const std::vector<bool> inOrder = longestIncreasing(sequence);

        QSet<QString> prevPaths;
        QSet<QString> curPaths;
        for (const Prepared &p : m_prev)
            prevPaths.insert(p.pathKey);
        for (const Prepared &c : m_cur)
            curPaths.insert(c.pathKey);

        for (int k = 0; k < int(matchedCur.size()); ++k) {
            const int c = matchedCur[k];
            const int p = m_curMatch[c];
            const Prepared &cp = m_cur[c];
            const Prepared &pp = m_prev[p];
            const bool relocated = cp.pathKey != pp.pathKey &&
                                   (prevPaths.contains(cp.pathKey) || curPaths.contains(pp.pathKey));
            const bool moved = !inOrder[k] || relocated;
            LineageMatch &m = r.matches[c];
            m.lineageId = m_previous[p].lineageId;
            m.previousIndex = p;
            if (m_curExact[c]) {
                m.similarity = 1.0;
                m.status = moved ? LineageStatus::Moved : LineageStatus::Unchanged;
            } else {
                m.similarity = m_similarity.value(c);
                m.status = moved ? LineageStatus::MovedModified : LineageStatus::Modified;
            }
            m.renumbered = cp.number != pp.number ||
                           (cp.pathKey == pp.pathKey && cp.rawPathKey != pp.rawPathKey);
        }
        for (int p = 0; p < int(m_prev.size()); ++p) {
            if (m_prevMatch[p] < 0)
                r.removed.append(p);
        }
        return r;
    }

    const QList<PreviousClause> &m_previous;
    const LineageOptions m_options;
    std::vector<Prepared> m_prev;
    std::vector<Prepared> m_cur;
    std::vector<int> m_prevMatch; ///< previous index → current index, or -1
    std::vector<int> m_curMatch;  ///< current index → previous index, or -1
    std::vector<bool> m_curExact;
    QHash<int, double> m_similarity;
    int m_tokenCount = 0;
};

} // namespace

LineageResult ClauseLineage::match(const QList<PreviousClause> &previous,
                                   const QList<CurrentClause> &current,
                                   const LineageOptions &options)
{
    return Matcher(previous, current, options).run();
}

} // namespace cw
