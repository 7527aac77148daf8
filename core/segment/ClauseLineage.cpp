#include "segment/ClauseLineage.h"

#include "segment/ClauseHash.h"
#include "util/LongestIncreasing.h"

#include <QHash>
#include <QSet>
#include <QStringView>
#include <algorithm>
#include <array>
#include <cmath>
#include <vector>

namespace cw {

QString lineageStatusKey(LineageStatus status)
{
    switch (status) {
    case LineageStatus::New:
        return QStringLiteral("new");
    case LineageStatus::Unchanged:
        return QStringLiteral("unchanged");
    case LineageStatus::Modified:
        return QStringLiteral("modified");
    case LineageStatus::Moved:
        return QStringLiteral("moved");
    case LineageStatus::MovedModified:
        return QStringLiteral("moved_modified");
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
    QString key;             ///< ClauseHash::normalise(text)
    QString number;          ///< leading clause number
    QString pathKey;         ///< heading path without numbers, lower case
    QString rawPathKey;      ///< heading path as written (white space collapsed)
    double position = 0;     ///< index / (count - 1), 0..1
    std::vector<int> tokens; ///< token ranks, ascending (rarest first); filled for unmatched only
    /// Bit (rank mod 256) set for each token: a cheap bound on shared tokens.
    std::array<quint64, 4> bits{};
};

/// Least number of tokens of `a` that `b` lacks, and of `b` that `a` lacks, as
/// the token bitmaps prove them: each bit set on one side only stands for a
/// token of that side (a different one per bit) that the other has not.
inline int bitCount(quint64 x)
{
    // std::popcount is a library call without -mpopcnt; this is a few shifts.
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return int((x * 0x0101010101010101ull) >> 56);
}

std::pair<int, int> provenUnshared(const Prepared &a, const Prepared &b)
{
    int onlyA = 0;
    int onlyB = 0;
    for (size_t k = 0; k < a.bits.size(); ++k) {
        onlyA += bitCount(a.bits[k] & ~b.bits[k]);
        onlyB += bitCount(b.bits[k] & ~a.bits[k]);
    }
    return {onlyA, onlyB};
}

constexpr QChar kPathSeparator = QChar(0x1F);

/// Heading-path keys, worked out once per distinct path (a document's clauses
/// share a few dozen paths).
class PathKeys
{
public:
    const std::pair<QString, QString> &of(const QStringList &headingPath)
    {
        auto it = m_keys.find(headingPath);
        if (it != m_keys.end())
            return *it;
        QStringList stripped;
        QStringList raw;
        stripped.reserve(headingPath.size());
        raw.reserve(headingPath.size());
        for (const QString &h : headingPath) {
            stripped.append(ClauseHash::normalise(h).toLower());
            raw.append(h.simplified());
        }
        return *m_keys.insert(headingPath,
                              {stripped.join(kPathSeparator), raw.join(kPathSeparator)});
    }

private:
    QHash<QStringList, std::pair<QString, QString>> m_keys;
};

Prepared prepare(const QString &text, const QString &normalised, const QStringList &headingPath,
                 int index, int count, PathKeys &paths)
{
    Prepared p;
    p.key = normalised.isEmpty() ? ClauseHash::normalise(text) : normalised;
    p.number = ClauseHash::leadingNumber(text);
    const auto &[pathKey, rawPathKey] = paths.of(headingPath);
    p.pathKey = pathKey;
    p.rawPathKey = rawPathKey;
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

/// Size of the intersection of two ascending sets; stops early (returning
/// what it has, less than `needed`) once `needed` can no longer be reached.
int overlap(const std::vector<int> &a, const std::vector<int> &b, double needed = 0)
{
    int o = 0;
    const int na = int(a.size());
    const int nb = int(b.size());
    int i = 0;
    int j = 0;
    while (i < na && j < nb) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++o;
            ++i;
            ++j;
            continue;
        }
        if (o + std::min(na - i, nb - j) < needed)
            return o;
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

/// One path is the other plus headings below it: a subheading was added or
/// removed above the clause, which does not move it.
bool isNestingChange(const QString &a, const QString &b)
{
    const auto extends = [](const QString &longer, const QString &shorter) {
        return shorter.isEmpty() || (longer.startsWith(shorter) && longer.size() > shorter.size() &&
                                     longer[shorter.size()] == kPathSeparator);
    };
    return extends(a, b) || extends(b, a);
}

class Matcher
{
public:
    Matcher(const QList<PreviousClause> &previous, const QList<CurrentClause> &current,
            const LineageOptions &options)
        : m_previous(previous), m_options(options), m_prevMatch(previous.size(), -1),
          m_curMatch(current.size(), -1), m_curExact(current.size(), false)
    {
        const int np = int(previous.size());
        const int nc = int(current.size());
        m_prev.reserve(np);
        m_cur.reserve(nc);
        PathKeys paths;
        for (int i = 0; i < np; ++i)
            m_prev.push_back(prepare(previous[i].text, previous[i].normalised,
                                     previous[i].headingPath, i, np, paths));
        for (int i = 0; i < nc; ++i)
            m_cur.push_back(prepare(current[i].text, current[i].normalised, current[i].headingPath,
                                    i, nc, paths));
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
            prep.tokens.erase(std::unique(prep.tokens.begin(), prep.tokens.end()),
                              prep.tokens.end());
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
        // Inverse document frequency, for the containment test: words that
        // most clauses contain ("the", "you") say little about a common origin.
        const double clauses = double(prevLeft.size() + curLeft.size());
        m_weight.assign(df.size(), 0.0);
        for (int t = 0; t < int(df.size()); ++t)
            m_weight[rank[t]] = std::log((clauses + 1.0) / double(df[t]));
        auto toRanks = [&](Prepared &prep) {
            prep.bits = {};
            for (int &t : prep.tokens) {
                t = rank[t];
                prep.bits[size_t(t >> 6) & 3] |= quint64(1) << (t & 63);
            }
            std::sort(prep.tokens.begin(), prep.tokens.end());
        };
        for (int p : prevLeft)
            toRanks(m_prev[p]);
        for (int c : curLeft)
            toRanks(m_cur[c]);
    }

    /// Length of the probing prefix of a set of `n` tokens for threshold `t`:
    /// a set sharing at least ceil(t·n) of them must contain one of these.
    static int prefixLength(int n, double t)
    {
        return std::clamp(n - int(std::ceil(t * n - 1e-9)) + 1, 0, n);
    }

    Pair makePair(int c, int p, double jaccard) const
    {
        return Pair{c, p, jaccard, m_prev[p].pathKey == m_cur[c].pathKey,
                    std::abs(m_prev[p].position - m_cur[c].position)};
    }

    void matchSimilar()
    {
        std::vector<int> prevLeft;
        std::vector<int> curLeft;
        buildTokenSets(prevLeft, curLeft);
        if (prevLeft.empty() || curLeft.empty())
            return;
        matchAboveThreshold(prevLeft, curLeft);

        // What is still unmatched shares no pair at or above the threshold
        // (every such pair was found, and greedy assignment takes any pair
        // whose two sides are free), so only containment remains.
        const auto stillLeft = [](std::vector<int> &ids, const std::vector<int> &match) {
            ids.erase(std::remove_if(ids.begin(), ids.end(), [&](int i) { return match[i] >= 0; }),
                      ids.end());
        };
        stillLeft(prevLeft, m_prevMatch);
        stillLeft(curLeft, m_curMatch);
        if (!prevLeft.empty() && !curLeft.empty())
            matchContained(prevLeft, curLeft);
    }

    /// Jaccard >= threshold, by prefix filtering on both sides: with one
    /// global order of tokens (rarest first), two sets with Jaccard >= t
    /// share a token within both of their prefixes, so only prefixes are
    /// indexed and probed (the AllPairs / PPJoin scheme). Positional filter:
    /// where a pair first meets (A's i-th token is B's j-th), the tokens
    /// before it cannot be shared, so the overlap is at most
    /// 1 + min(|A|-i-1, |B|-j-1); pairs that cannot reach the overlap that
    /// Jaccard t requires are dropped before their sets are compared.
    void matchAboveThreshold(const std::vector<int> &prevLeft, const std::vector<int> &curLeft)
    {
        const double t = m_options.similarityThreshold;
        struct Posting
        {
            int previous;
            int position;
        };
        std::vector<std::vector<Posting>> postings(m_tokenCount);
        for (int p : prevLeft) {
            const std::vector<int> &b = m_prev[p].tokens;
            const int prefix = prefixLength(int(b.size()), t);
            for (int k = 0; k < prefix; ++k)
                postings[b[k]].push_back(Posting{p, k});
        }
        std::vector<Pair> pairs;
        std::vector<int> stamp(m_prev.size(), -1);
        for (int c : curLeft) {
            const std::vector<int> &a = m_cur[c].tokens;
            const int na = int(a.size());
            const int prefix = prefixLength(na, t);
            for (int i = 0; i < prefix; ++i) {
                for (const Posting &post : postings[a[i]]) {
                    const int p = post.previous;
                    if (stamp[p] == c)
                        continue;
                    stamp[p] = c; // later meetings have smaller bounds: decide now
                    const int nb = int(m_prev[p].tokens.size());
                    // Length filter: Jaccard <= shorter / longer.
                    if (double(std::min(na, nb)) < t * double(std::max(na, nb)) - 1e-9)
                        continue;
                    // Jaccard >= t  <=>  overlap >= t / (1 + t) * (|A| + |B|).
                    const double needed = t / (1.0 + t) * double(na + nb) - 1e-9;
                    if (1 + std::min(na - i - 1, nb - post.position - 1) < needed)
                        continue;
                    // Bitmap filter: the overlap cannot exceed what the bitmaps
                    // leave possible; a bound whose Jaccard already misses the
                    // threshold rejects the pair as the full merge would
                    // (Jaccard grows with the overlap).
                    const auto [onlyA, onlyB] = provenUnshared(m_cur[c], m_prev[p]);
                    const int most = std::min(na - onlyA, nb - onlyB);
                    if (double(most) / double(na + nb - most) < t - 1e-12)
                        continue;
                    const int o = overlap(a, m_prev[p].tokens, needed);
                    const double jaccard = double(o) / double(na + nb - o);
                    if (jaccard >= t - 1e-12)
                        pairs.push_back(makePair(c, p, jaccard));
                }
            }
        }
        assign(pairs);
    }

    /// Split and merged clauses: one side's words lie mostly (containment
    /// threshold) inside the other's, with at least the minimum Jaccard, both
    /// weighted by IDF. Candidates share one of the contained side's rarest
    /// words (its containment prefix), so both directions are probed against
    /// full-set indexes; exact for unweighted containment, a heuristic for
    /// the weighted one (the rarest words weigh the most).
    void matchContained(const std::vector<int> &prevLeft, const std::vector<int> &curLeft)
    {
        const double tc = m_options.containmentThreshold;
        const double tmin = m_options.minimumSplitSimilarity;
        std::vector<Pair> pairs;
        // Both sets' total weights are known, so the merge stops as soon as the
        // weight still to come cannot lift the shared weight to what the
        // containment and the minimum Jaccard need (wJ >= tmin  <=>
        // wo >= tmin / (1 + tmin) * (wa + wb)); the rarest, heaviest words come
        // first, so most candidates stop after a few of them. The slack keeps
        // rounding on the side of finishing the merge.
        const auto slackOf = [](double totalA, double totalB) {
            return 1e-9 * (1.0 + totalA + totalB);
        };
        const auto consider = [&](int c, int p, double totalA, double totalB) {
            const double need = std::max(tc * std::min(totalA, totalB),
                                         tmin / (1.0 + tmin) * (totalA + totalB)) -
                                slackOf(totalA, totalB);
            const std::vector<int> &a = m_cur[c].tokens;
            const std::vector<int> &b = m_prev[p].tokens;
            double wa = 0;
            double wb = 0;
            double wo = 0;
            int o = 0;
            for (size_t i = 0, j = 0; i < a.size() || j < b.size();) {
                if (wo + std::min(totalA - wa, totalB - wb) < need)
                    return;
                if (j == b.size() || (i < a.size() && a[i] < b[j])) {
                    wa += m_weight[a[i++]];
                } else if (i == a.size() || b[j] < a[i]) {
                    wb += m_weight[b[j++]];
                } else {
                    const double w = m_weight[a[i]];
                    wa += w;
                    wb += w;
                    wo += w;
                    ++o;
                    ++i;
                    ++j;
                }
            }
            // Decided on IDF-weighted sets, so that two clauses sharing only
            // function words do not pass for a split; reported as plain Jaccard.
            const double weightedJaccard = wo > 0 ? wo / (wa + wb - wo) : 0.0;
            if (weightedJaccard >= tmin - 1e-12 && wo >= tc * std::min(wa, wb) - 1e-9) {
                const double jaccard = double(o) / double(a.size() + b.size() - o);
                pairs.push_back(makePair(c, p, jaccard));
            }
        };
        // Pruning that cannot change the outcome. A pair first met at position
        // k of one side's (rarest-first) prefix shares none of that side's k
        // earlier tokens, or it would have been met there; so the shared weight
        // is at most `bound` below, and a pair whose bound cannot reach the
        // containment or the minimum Jaccard is not compared at all (most of the
        // candidates on a large, much-changed pair). The slack keeps rounding on
        // the side of comparing.
        const auto totalWeight = [&](const std::vector<int> &tokens) {
            double w = 0;
            for (int r : tokens)
                w += m_weight[r];
            return w;
        };
        const auto mayPass = [&](double wa, double wb, double bound) {
            const double slack = slackOf(wa, wb);
            return bound >= tc * std::min(wa, wb) - slack &&
                   bound >= tmin * (wa + wb - bound) - slack;
        };
        // Weights of each clause's k heaviest (first, rarest) tokens, k = 0..n:
        // with the bitmaps' count of tokens one side certainly lacks, a bound
        // on the shared weight (those tokens weigh at least the lightest ones).
        const auto heaviest = [&](const std::vector<int> &tokens) {
            std::vector<double> sums(tokens.size() + 1, 0.0);
            for (size_t k = 0; k < tokens.size(); ++k)
                sums[k + 1] = sums[k] + m_weight[tokens[k]];
            return sums;
        };
        std::vector<std::vector<double>> prevHeaviest(m_prev.size());
        std::vector<std::vector<double>> curHeaviest(m_cur.size());
        for (int p : prevLeft)
            prevHeaviest[p] = heaviest(m_prev[p].tokens);
        for (int c : curLeft)
            curHeaviest[c] = heaviest(m_cur[c].tokens);
        const auto bitmapBound = [&](int c, int p) {
            const auto [onlyCur, onlyPrev] = provenUnshared(m_cur[c], m_prev[p]);
            return std::min(curHeaviest[c][m_cur[c].tokens.size() - size_t(onlyCur)],
                            prevHeaviest[p][m_prev[p].tokens.size() - size_t(onlyPrev)]);
        };
        std::vector<double> prevWeight(m_prev.size(), 0.0);
        std::vector<double> curWeight(m_cur.size(), 0.0);
        for (int p : prevLeft)
            prevWeight[p] = totalWeight(m_prev[p].tokens);
        for (int c : curLeft)
            curWeight[c] = totalWeight(m_cur[c].tokens);
        std::vector<std::vector<int>> prevPostings(m_tokenCount);
        for (int p : prevLeft) {
            for (int r : m_prev[p].tokens)
                prevPostings[r].push_back(p);
        }
        std::vector<int> stampPrev(m_prev.size(), -1);
        for (int c : curLeft) { // a current clause inside a previous one (split)
            const std::vector<int> &a = m_cur[c].tokens;
            const int prefix = prefixLength(int(a.size()), tc);
            double unshared = 0; // weight of a[0..k-1]
            for (int k = 0; k < prefix; unshared += m_weight[a[k]], ++k) {
                for (int p : prevPostings[a[k]]) {
                    if (stampPrev[p] != c) {
                        stampPrev[p] = c;
                        const double wa = curWeight[c];
                        const double wb = prevWeight[p];
                        if (mayPass(wa, wb, std::min({wa - unshared, wb, bitmapBound(c, p)})))
                            consider(c, p, wa, wb);
                    }
                }
            }
        }
        std::vector<std::vector<int>> curPostings(m_tokenCount);
        for (int c : curLeft) {
            for (int r : m_cur[c].tokens)
                curPostings[r].push_back(c);
        }
        std::vector<int> stampCur(m_cur.size(), -1);
        for (int p : prevLeft) { // a previous clause inside a current one (merge)
            const std::vector<int> &b = m_prev[p].tokens;
            const int prefix = prefixLength(int(b.size()), tc);
            double unshared = 0; // weight of b[0..k-1]
            for (int k = 0; k < prefix; unshared += m_weight[b[k]], ++k) {
                for (int c : curPostings[b[k]]) {
                    if (stampCur[c] != p) {
                        stampCur[c] = p;
                        const double wa = curWeight[c];
                        const double wb = prevWeight[p];
                        if (mayPass(wa, wb, std::min({wa, wb - unshared, bitmapBound(c, p)})))
                            consider(c, p, wa, wb); // a pair found both ways is harmless
                    }
                }
            }
        }
        assign(pairs);
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
        for (const Prepared &p : m_prev)
            prevPaths.insert(p.pathKey);

        for (int k = 0; k < int(matchedCur.size()); ++k) {
            const int c = matchedCur[k];
            const int p = m_curMatch[c];
            const Prepared &cp = m_cur[c];
            const Prepared &pp = m_prev[p];
            const bool relocated = cp.pathKey != pp.pathKey && prevPaths.contains(cp.pathKey) &&
                                   !isNestingChange(cp.pathKey, pp.pathKey);
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
    std::vector<double> m_weight; ///< IDF weight of each token rank
};

} // namespace

LineageResult ClauseLineage::match(const QList<PreviousClause> &previous,
                                   const QList<CurrentClause> &current,
                                   const LineageOptions &options)
{
    return Matcher(previous, current, options).run();
}

} // namespace cw
