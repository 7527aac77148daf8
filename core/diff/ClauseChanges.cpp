#include "diff/ClauseChanges.h"

#include "diff/ClauseAlignment.h"
#include "segment/ClauseHash.h"
#include "segment/ClauseLineage.h"
#include "util/LongestIncreasing.h"

#include <QSet>
#include <algorithm>
#include <deque>
#include <unordered_map>
#include <vector>

namespace cw {

QString clauseChangeKindKey(ClauseChange::Kind kind)
{
    switch (kind) {
    case ClauseChange::Kind::Added:
        return QStringLiteral("added");
    case ClauseChange::Kind::Removed:
        return QStringLiteral("removed");
    case ClauseChange::Kind::Modified:
        return QStringLiteral("modified");
    case ClauseChange::Kind::Moved:
        return QStringLiteral("moved");
    case ClauseChange::Kind::Renumbered:
        return QStringLiteral("renumbered");
    case ClauseChange::Kind::Unchanged:
        break;
    }
    return QStringLiteral("unchanged");
}

namespace {

constexpr QChar kPathSeparator = QChar(0x1F);

/// Heading path keys of a clause: without numbers and case (for moves), and
/// as written (to tell renumbered headings), with those of every prefix.
struct PathKeys
{
    QString stripped;
    QString raw;
    QStringList strippedPrefixes; ///< clauseSectionName(path, d + 1)
    QStringList rawPrefixes;      ///< clauseSectionKey(path, d + 1)
};

/// Computes each distinct heading path's keys once. Segmented clauses under
/// one heading share one QStringList (implicit sharing), so the list's data
/// pointer finds most repeats without hashing the strings.
class PathKeyCache
{
public:
    /// The reference stays valid for the cache's lifetime.
    const PathKeys &of(const QStringList &path)
    {
        // Neighbouring clauses mostly share their path: compare with the last
        // two asked for (old and new side alternate) before any hashing.
        for (const Recent &r : m_recent)
            if (r.keys && r.path.size() == path.size() && r.path == path)
                return *r.keys;
        const PathKeys &k = lookup(path);
        m_recent[m_next] = Recent{path, &k};
        m_next = 1 - m_next;
        return k;
    }

private:
    struct Recent
    {
        QStringList path;
        const PathKeys *keys = nullptr;
    };

    const PathKeys &lookup(const QStringList &path)
    {
        const void *data = path.isEmpty() ? nullptr : path.constData();
        if (data) {
            const auto p = m_byPointer.find(data);
            if (p != m_byPointer.end())
                return m_keys[p->second];
        }
        int index;
        const auto v = m_byValue.constFind(path);
        if (v != m_byValue.cend()) {
            index = *v;
        } else {
            index = int(m_keys.size());
            m_keys.push_back(make(path));
            m_byValue.insert(path, index);
        }
        if (data)
            m_byPointer.emplace(data, index);
        return m_keys[index];
    }

    /// A heading without its number, lower case; headings repeat across
    /// paths and versions, and normalising is the costly part.
    const QString &strippedHeading(const QString &h)
    {
        auto it = m_stripped.constFind(h);
        if (it == m_stripped.cend())
            it = m_stripped.insert(h, ClauseHash::normalise(h).toLower());
        return *it;
    }

    PathKeys make(const QStringList &path)
    {
        PathKeys k;
        QString stripped;
        QString raw;
        for (qsizetype d = 0; d < path.size(); ++d) {
            if (d) {
                stripped += kPathSeparator;
                raw += kPathSeparator;
            }
            stripped += strippedHeading(path[d]);
            raw += path[d]; // headings of canonical text are single trimmed lines
            k.strippedPrefixes.append(stripped);
            k.rawPrefixes.append(raw);
        }
        k.stripped = stripped;
        k.raw = raw;
        return k;
    }

    std::deque<PathKeys> m_keys;
    std::unordered_map<const void *, int> m_byPointer;
    QHash<QStringList, int> m_byValue;
    QHash<QString, QString> m_stripped;
    Recent m_recent[2];
    int m_next = 0;
};

bool isNestingChange(const QString &a, const QString &b)
{
    const auto extends = [](const QString &longer, const QString &shorter) {
        return shorter.isEmpty() || (longer.startsWith(shorter) && longer.size() > shorter.size() &&
                                     longer[shorter.size()] == kPathSeparator);
    };
    return extends(a, b) || extends(b, a);
}

/// Whether two clause texts read the same after ClauseHash::normalise()
/// (white space and leading numbers do not count), without normalising when
/// they plainly differ: normalising only touches white space and the first
/// few characters, so texts that differ elsewhere need no closer look.
bool sameWording(const QString &a, const QString &b)
{
    if (a == b)
        return true;
    // Common suffix, white space runs compared as one space.
    qsizetype i = a.size();
    qsizetype j = b.size();
    while (i > 0 && j > 0) {
        const bool sa = a[i - 1].isSpace();
        const bool sb = b[j - 1].isSpace();
        if (sa && sb) {
            while (i > 0 && a[i - 1].isSpace())
                --i;
            while (j > 0 && b[j - 1].isSpace())
                --j;
            continue;
        }
        if (sa != sb || a[i - 1] != b[j - 1])
            break;
        --i;
        --j;
    }
    // What is left differs; only a leading number or marker may be that short.
    constexpr qsizetype kMarker = 24;
    if (i > kMarker || j > kMarker)
        return false;
    return ClauseHash::normalise(a) == ClauseHash::normalise(b);
}

/// The word edits of a diff's modified and moved-to rows, ordered by their
/// place in the new text. Moved-from rows repeat the deletions of their
/// moved-to row, so they are skipped.
std::vector<ClauseEdit> collectEdits(const VersionDiff &d)
{
    std::vector<ClauseEdit> out;
    for (const DiffHunk &h : d.hunks) {
        if (!h.changed)
            continue;
        for (const DiffRow &row : h.rows) {
            if (row.kind != DiffRow::Kind::Modified && row.kind != DiffRow::Kind::MovedTo)
                continue;
            bool open = false;
            ClauseEdit e;
            const auto close = [&] {
                if (open)
                    out.push_back(e);
                open = false;
            };
            for (const DiffSpan &s : row.spans) {
                const bool del = s.kind == DiffSpan::Kind::Delete;
                const bool ins = s.kind == DiffSpan::Kind::Insert;
                if (!del && !ins) {
                    close();
                    continue;
                }
                if (!open) {
                    e = ClauseEdit{};
                    e.oldStart = s.leftStart;
                    e.newStart = s.rightStart;
                    open = true;
                }
                if (del) {
                    e.removed += QStringView(d.oldText).mid(s.leftStart, s.leftLength);
                    e.oldLength = s.leftStart + s.leftLength - e.oldStart;
                } else {
                    e.added += QStringView(d.newText).mid(s.rightStart, s.rightLength);
                    e.newLength = s.rightStart + s.rightLength - e.newStart;
                }
            }
            close();
        }
    }
    std::stable_sort(out.begin(), out.end(), [](const ClauseEdit &a, const ClauseEdit &b) {
        return a.newStart < b.newStart;
    });
    return out;
}

void sortFlags(QList<ClauseFlagRef> &flags)
{
    std::stable_sort(flags.begin(), flags.end(),
                     [](const ClauseFlagRef &a, const ClauseFlagRef &b) {
                         return int(a.severity) > int(b.severity);
                     });
}

/// A clause of a segmented text, without its text (filled in only where needed:
/// copying every clause's text is most of the cost on large documents).
Clause clauseFromSpan(const ClauseSpan &s, int ordinal)
{
    Clause c;
    c.ordinal = ordinal;
    c.start = s.start;
    c.end = s.end;
    c.headingPath = s.headingPath;
    c.number = s.number;
    c.kind = clauseKindKey(s.kind);
    return c;
}

void fillText(std::optional<Clause> &c, const QString &text)
{
    if (c && c->text.isEmpty() && c->end > c->start)
        c->text = text.mid(c->start, c->end - c->start);
}

/// Clauses under every heading prefix, by section key (see
/// ClauseChangeList::oldSectionSizes), and the section names present.
void sections(const QList<Clause> &clauses, PathKeyCache &paths, QHash<QString, int> &sizes,
              QSet<QString> &names)
{
    QHash<const PathKeys *, int> perPath;
    const PathKeys *last = nullptr;
    int run = 0;
    for (const Clause &c : clauses) {
        const PathKeys *k = &paths.of(c.headingPath);
        if (k != last) {
            if (last)
                perPath[last] += run;
            last = k;
            run = 0;
        }
        ++run;
    }
    if (last)
        perPath[last] += run;
    for (auto it = perPath.cbegin(); it != perPath.cend(); ++it) {
        const PathKeys &k = *it.key();
        for (qsizetype d = 0; d < k.rawPrefixes.size(); ++d) {
            sizes[k.rawPrefixes[d]] += it.value();
            names.insert(k.strippedPrefixes[d]);
        }
    }
}

} // namespace

QString clauseSectionKey(const QStringList &headingPath, qsizetype depth)
{
    QString key;
    for (qsizetype d = 0; d < std::min(depth, headingPath.size()); ++d) {
        if (d)
            key += kPathSeparator;
        key += headingPath[d];
    }
    return key;
}

QString clauseSectionName(const QStringList &headingPath, qsizetype depth)
{
    QString key;
    for (qsizetype d = 0; d < std::min(depth, headingPath.size()); ++d) {
        if (d)
            key += kPathSeparator;
        key += ClauseHash::normalise(headingPath[d]).toLower();
    }
    return key;
}

double ClauseChanges::wordSimilarity(QStringView a, QStringView b)
{
    // Distinct lower-cased words as 64-bit hashes (FNV-1a over the folded
    // characters), sorted: no string copies, and a 64-bit collision is
    // negligible for a similarity measure.
    const auto words = [](QStringView text) {
        std::vector<quint64> out;
        quint64 h = 0;
        bool inWord = false;
        for (qsizetype k = 0; k <= text.size(); ++k) {
            const bool word = k < text.size() && text[k].isLetterOrNumber();
            if (word) {
                if (!inWord)
                    h = 14695981039346656037ull;
                // ASCII folded inline: QChar::toLower() is a library call per
                // character, a tenth of the lineage on a 2 MB pair.
                const char16_t c = text[k].unicode();
                const char16_t lower = c < 0x80 ? char16_t(c >= u'A' && c <= u'Z' ? c | 0x20 : c)
                                                : text[k].toLower().unicode();
                h = (h ^ lower) * 1099511628211ull;
            } else if (inWord) {
                out.push_back(h);
            }
            inWord = word;
        }
        std::sort(out.begin(), out.end());
        out.erase(std::unique(out.begin(), out.end()), out.end());
        return out;
    };
    const std::vector<quint64> wa = words(a);
    const std::vector<quint64> wb = words(b);
    if (wa.empty() && wb.empty())
        return 1.0;
    size_t i = 0;
    size_t j = 0;
    int common = 0;
    while (i < wa.size() && j < wb.size()) {
        if (wa[i] < wb[j]) {
            ++i;
        } else if (wb[j] < wa[i]) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(wa.size() + wb.size() - size_t(common));
}

int ClauseChanges::wordCount(QStringView text)
{
    int n = 0;
    bool inWord = false;
    for (QChar c : text) {
        const bool w = c.isLetterOrNumber();
        if (w && !inWord)
            ++n;
        inWord = w;
    }
    return n;
}

ClauseChangeList ClauseChanges::fromLineage(const QList<Clause> &oldClauses,
                                            const QList<Clause> &newClauses,
                                            const VersionDiff &diff, const FlagsByLineage &flags,
                                            const DiffOptions &options)
{
    QHash<qint64, int> oldByLineage;
    oldByLineage.reserve(oldClauses.size());
    for (int i = 0; i < int(oldClauses.size()); ++i)
        if (oldClauses[i].lineageId)
            oldByLineage.insert(oldClauses[i].lineageId, i);
    QList<ClausePair> pairs;
    pairs.reserve(newClauses.size());
    for (int n = 0; n < int(newClauses.size()); ++n) {
        const Clause &c = newClauses[n];
        const auto it = oldByLineage.constFind(c.lineageId);
        if (!c.lineageId || it == oldByLineage.cend())
            continue;
        const Clause &o = oldClauses[*it];
        ClausePair p{*it, n, false, -1.0};
        // The stored hash is of the normalised text: equal hashes are equal wording.
        if (!o.textHash.isEmpty() && !c.textHash.isEmpty())
            p.sameWording = o.textHash == c.textHash;
        else
            p.sameWording = sameWording(o.text, c.text);
        if (p.sameWording)
            p.similarity = 1.0;
        pairs.append(p);
    }
    return fromPairs(oldClauses, newClauses, pairs, &diff, flags, options);
}

ClauseChangeList ClauseChanges::fromSegments(const VersionDiff &diff,
                                             const QList<ClauseSpan> &oldSpans,
                                             const QList<ClauseSpan> &newSpans,
                                             const DiffOptions &options)
{
    QList<Clause> oldClauses;
    QList<Clause> newClauses;
    oldClauses.reserve(oldSpans.size());
    newClauses.reserve(newSpans.size());
    for (int i = 0; i < int(oldSpans.size()); ++i)
        oldClauses.append(clauseFromSpan(oldSpans[i], i));
    for (int i = 0; i < int(newSpans.size()); ++i)
        newClauses.append(clauseFromSpan(newSpans[i], i));

    // Unchanged blocks: their clauses pair one to one, in order.
    std::vector<int> leftToRight(diff.leftBlocks.size(), -1);
    for (const DiffHunk &h : diff.hunks)
        if (!h.changed)
            for (int k = 0; k < h.leftBlockCount; ++k)
                leftToRight[h.leftBlock + k] = h.rightBlock + k;
    const std::vector<int> oldBlock = ClauseAlignment::blockOfClauses(diff.leftBlocks, oldSpans);
    const std::vector<int> newBlock = ClauseAlignment::blockOfClauses(diff.rightBlocks, newSpans);
    // First clause of each right block, and how many it holds.
    std::vector<int> rightFirst(diff.rightBlocks.size(), -1);
    std::vector<int> rightCount(diff.rightBlocks.size(), 0);
    for (int i = 0; i < int(newBlock.size()); ++i) {
        if (newBlock[i] < 0)
            continue;
        if (rightFirst[newBlock[i]] < 0)
            rightFirst[newBlock[i]] = i;
        ++rightCount[newBlock[i]];
    }
    std::vector<bool> oldPaired(oldSpans.size(), false);
    std::vector<bool> newPaired(newSpans.size(), false);
    QList<ClausePair> pairs;
    pairs.reserve(newSpans.size());
    for (int i = 0; i < int(oldBlock.size());) {
        const int lb = oldBlock[i];
        int count = 1;
        while (i + count < int(oldBlock.size()) && lb >= 0 && oldBlock[i + count] == lb)
            ++count;
        const int rb = lb >= 0 ? leftToRight[lb] : -1;
        if (rb >= 0 && rightCount[rb] == count) {
            const int first = rightFirst[rb];
            for (int k = 0; k < count; ++k) {
                oldPaired[i + k] = newPaired[first + k] = true;
                // Identical lines (or equal up to ignored differences) hold the
                // same clauses.
                pairs.append(ClausePair{i + k, first + k, true, 1.0});
            }
        }
        i += count;
    }

    // The rest: clause lineage over what is left (these need their texts).
    for (int i = 0; i < int(oldClauses.size()); ++i)
        if (!oldPaired[i])
            oldClauses[i].text =
                diff.oldText.mid(oldClauses[i].start, oldClauses[i].end - oldClauses[i].start);
    for (int i = 0; i < int(newClauses.size()); ++i)
        if (!newPaired[i])
            newClauses[i].text =
                diff.newText.mid(newClauses[i].start, newClauses[i].end - newClauses[i].start);
    pairs += ClauseAlignment::inAlignedRows(oldClauses, newClauses, oldPaired, newPaired, diff);
    QList<PreviousClause> previous;
    QList<CurrentClause> current;
    QList<int> previousIndex;
    QList<int> currentIndex;
    for (int i = 0; i < int(oldClauses.size()); ++i) {
        if (oldPaired[i])
            continue;
        previous.append({qint64(i) + 1, oldClauses[i].text, oldClauses[i].headingPath, {}});
        previousIndex.append(i);
    }
    for (int i = 0; i < int(newClauses.size()); ++i) {
        if (newPaired[i])
            continue;
        current.append({newClauses[i].text, newClauses[i].headingPath, {}});
        currentIndex.append(i);
    }
    if (!previous.isEmpty() && !current.isEmpty()) {
        const LineageResult lineage = ClauseLineage::match(previous, current);
        for (int k = 0; k < int(lineage.matches.size()); ++k) {
            const LineageMatch &m = lineage.matches[k];
            if (m.previousIndex < 0)
                continue;
            const bool same = !lineageWordingChanged(m.status);
            pairs.append(ClausePair{previousIndex[m.previousIndex], currentIndex[k], same,
                                    same ? 1.0 : m.similarity});
        }
    }
    ClauseChangeList out = fromPairs(oldClauses, newClauses, pairs, &diff, {}, options);
    for (ClauseChange &c : out.changes) {
        fillText(c.before, diff.oldText);
        fillText(c.after, diff.newText);
    }
    return out;
}

ClauseChangeList ClauseChanges::fromPairs(const QList<Clause> &oldClauses,
                                          const QList<Clause> &newClauses,
                                          const QList<ClausePair> &pairsIn, const VersionDiff *diff,
                                          const FlagsByLineage &flags, const DiffOptions &options)
{
    ClauseChangeList out;
    out.oldClauses = int(oldClauses.size());
    out.newClauses = int(newClauses.size());

    QList<ClausePair> pairs = pairsIn;
    if (diff)
        pairs += ClauseAlignment::inModifiedRows(oldClauses, newClauses, pairs, *diff);
    std::sort(pairs.begin(), pairs.end(),
              [](const ClausePair &a, const ClausePair &b) { return a.newIndex < b.newIndex; });
    std::vector<int> oldPartner(oldClauses.size(), -1); // old index → index into pairs
    std::vector<int> sequence;
    sequence.reserve(pairs.size());
    for (int k = 0; k < int(pairs.size()); ++k) {
        oldPartner[pairs[k].oldIndex] = k;
        sequence.push_back(pairs[k].oldIndex);
    }
    const std::vector<bool> inOrder = longestIncreasing(sequence);
    const ClauseAlignment places(diff);

    PathKeyCache paths;
    sections(oldClauses, paths, out.oldSectionSizes, out.oldSectionNames);
    sections(newClauses, paths, out.newSectionSizes, out.newSectionNames);
    // Heading paths that held clauses in the old version (full paths, as
    // ClauseLineage compares them).
    QSet<QString> oldPaths;
    const PathKeys *lastPath = nullptr;
    for (const Clause &c : oldClauses) {
        const PathKeys *k = &paths.of(c.headingPath);
        if (k != lastPath)
            oldPaths.insert(k->stripped);
        lastPath = k;
    }

    const std::vector<ClauseEdit> edits = diff ? collectEdits(*diff) : std::vector<ClauseEdit>{};
    const auto editsIn = [&](const Clause &o, const Clause &n) {
        QList<ClauseEdit> found;
        auto it = std::lower_bound(edits.begin(), edits.end(), qsizetype(n.start),
                                   [](const ClauseEdit &e, qsizetype v) { return e.newStart < v; });
        for (; it != edits.end() && it->newStart <= n.end; ++it)
            if (it->oldStart >= o.start && it->oldStart <= o.end)
                found.append(*it);
        return found;
    };
    const auto flagsOf = [&](qint64 lineageId, qint64 otherLineageId = 0) {
        QList<ClauseFlagRef> f = lineageId ? flags.value(lineageId) : QList<ClauseFlagRef>{};
        if (otherLineageId && otherLineageId != lineageId)
            f += flags.value(otherLineageId);
        sortFlags(f);
        return f;
    };

    // Each entry with its place in reading order: (new index, 0) for clauses of
    // the new version; (anchor, 1, old index) for removed ones.
    struct Placed
    {
        int newPos;
        int sub;
        int oldPos;
        int change; ///< index into `made`
    };
    std::vector<Placed> placed;
    std::vector<ClauseChange> made;
    placed.reserve(newClauses.size() + oldClauses.size() - pairs.size());
    made.reserve(placed.capacity());

    for (int k = 0; k < int(pairs.size()); ++k) {
        const ClausePair &p = pairs[k];
        const Clause &o = oldClauses[p.oldIndex];
        const Clause &n = newClauses[p.newIndex];
        const PathKeys &op = paths.of(o.headingPath);
        const PathKeys &np = paths.of(n.headingPath);
        const bool relocated = np.stripped != op.stripped && oldPaths.contains(np.stripped) &&
                               !isNestingChange(np.stripped, op.stripped);
        // Order alone is ambiguous (two sections swapped: which one moved?);
        // where the diff has a say, the clause list agrees with the redline.
        const ClauseAlignment::Place place = places.placeOf(o.start, n.start);
        const bool moved = place == ClauseAlignment::Place::Moved || relocated ||
                           (!inOrder[k] && place != ClauseAlignment::Place::InPlace);
        bool same = p.sameWording || sameWording(o.text, n.text);
        const bool numberChanged = o.text != n.text && ClauseHash::leadingNumber(o.text) !=
                                                           ClauseHash::leadingNumber(n.text);
        const bool renumbered = numberChanged || (np.stripped == op.stripped && np.raw != op.raw);

        ClauseChange c;
        c.lineageId = n.lineageId ? n.lineageId : o.lineageId;
        if (!same) {
            c.edits = diff ? editsIn(o, n) : QList<ClauseEdit>{};
            // Under ignore options the diff decides: no visible edit, no change.
            if (diff && options.ignoresAnything() && c.edits.isEmpty())
                same = true;
        }
        c.wordingChanged = !same;
        c.similarity = same                ? 1.0
                       : p.similarity >= 0 ? p.similarity
                                           : wordSimilarity(o.text, n.text);
        c.renumbered = renumbered;
        c.kind = moved        ? ClauseChange::Kind::Moved
                 : !same      ? ClauseChange::Kind::Modified
                 : renumbered ? ClauseChange::Kind::Renumbered
                              : ClauseChange::Kind::Unchanged;
        switch (c.kind) {
        case ClauseChange::Kind::Moved:
            ++out.moved;
            out.movedModified += c.wordingChanged ? 1 : 0;
            break;
        case ClauseChange::Kind::Modified:
            ++out.modified;
            break;
        case ClauseChange::Kind::Renumbered:
            ++out.renumbered;
            break;
        default:
            ++out.unchanged;
            break;
        }
        if (c.kind == ClauseChange::Kind::Unchanged)
            continue;
        for (const ClauseEdit &e : std::as_const(c.edits)) {
            c.wordsAdded += wordCount(e.added);
            c.wordsRemoved += wordCount(e.removed);
        }
        c.before = o;
        c.after = n;
        c.flags = flagsOf(n.lineageId, o.lineageId);
        placed.push_back({p.newIndex, 0, p.oldIndex, int(made.size())});
        made.push_back(std::move(c));
    }

    std::vector<bool> newPaired(newClauses.size(), false);
    for (const ClausePair &p : std::as_const(pairs))
        newPaired[p.newIndex] = true;
    for (int n = 0; n < int(newClauses.size()); ++n) {
        if (newPaired[n])
            continue;
        ClauseChange c;
        c.kind = ClauseChange::Kind::Added;
        c.wordingChanged = true;
        c.similarity = 0;
        c.lineageId = newClauses[n].lineageId;
        c.after = newClauses[n];
        c.wordsAdded = wordCount(newClauses[n].text);
        c.flags = flagsOf(c.lineageId);
        ++out.added;
        placed.push_back({n, 0, -1, int(made.size())});
        made.push_back(std::move(c));
    }
    // A removed clause goes after the new place of the nearest earlier old
    // clause that stayed where it was.
    int anchor = -1;
    for (int o = 0; o < int(oldClauses.size()); ++o) {
        const int k = oldPartner[o];
        if (k >= 0) {
            if (inOrder[k])
                anchor = pairs[k].newIndex;
            continue;
        }
        ClauseChange c;
        c.kind = ClauseChange::Kind::Removed;
        c.wordingChanged = true;
        c.similarity = 0;
        c.lineageId = oldClauses[o].lineageId;
        c.before = oldClauses[o];
        c.wordsRemoved = wordCount(oldClauses[o].text);
        c.flags = flagsOf(c.lineageId);
        ++out.removed;
        placed.push_back({anchor, 1, o, int(made.size())});
        made.push_back(std::move(c));
    }
    std::sort(placed.begin(), placed.end(), [](const Placed &a, const Placed &b) {
        if (a.newPos != b.newPos)
            return a.newPos < b.newPos;
        if (a.sub != b.sub)
            return a.sub < b.sub;
        return a.oldPos < b.oldPos;
    });
    out.changes.reserve(qsizetype(placed.size()));
    QSet<qint64> touched;
    for (const Placed &p : placed) {
        ClauseChange &change = made[p.change];
        if (change.isChange()) {
            for (const ClauseFlagRef &f : std::as_const(change.flags)) {
                // A rejected flag is the analyst saying the type does not apply.
                if (f.status == ReviewStatus::Rejected || touched.contains(f.id))
                    continue;
                touched.insert(f.id);
                switch (f.severity) {
                case Severity::High:
                    ++out.flagsTouched.high;
                    break;
                case Severity::Medium:
                    ++out.flagsTouched.medium;
                    break;
                case Severity::Low:
                    ++out.flagsTouched.low;
                    break;
                }
            }
        }
        out.changes.append(std::move(change));
    }
    return out;
}

} // namespace cw
