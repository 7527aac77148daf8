#pragma once

#include "model/LineageStatus.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QtGlobal>
#include <optional>

namespace cw {

/// A clause of the previous version, as stored.
struct PreviousClause
{
    qint64 lineageId = 0;
    QString text;
    QStringList headingPath;
    /// ClauseHash::normalise(text) when the caller already has it (computed
    /// here when empty).
    QString normalised;
};

/// A clause of the new version (text from the Segmenter's span).
struct CurrentClause
{
    QString text;
    QStringList headingPath;
    QString normalised; ///< as in PreviousClause
};

/// The lineage of one clause of the new version.
struct LineageMatch
{
    qint64 lineageId = 0; ///< the matched previous clause's lineage; 0 when New
    LineageStatus status = LineageStatus::New;
    double similarity = 0.0; ///< 1.0 for same wording; token-set Jaccard otherwise; 0 when New
    int previousIndex = -1;  ///< index into the previous clauses; -1 when New
    /// The clause's own number or its headings' numbers changed ("4.2" →
    /// "5.2", "## 4. Fees" → "## 5. Fees") while the words did not.
    bool renumbered = false;
};

struct LineageResult
{
    QList<LineageMatch> matches; ///< one per current clause, same order
    QList<int> removed;          ///< indices of previous clauses with no successor, ascending
};

struct LineageOptions
{
    /// Token-set Jaccard at or above which a changed clause keeps its lineage.
    double similarityThreshold = 0.6;
    /// A clause split in two (or two merged into one): the part whose words lie
    /// at least this much inside the other clause keeps the lineage…
    double containmentThreshold = 0.8;
    /// …provided the two still share this much Jaccard (so that "You agree."
    /// does not inherit a long clause's lineage). Both IDF-weighted.
    double minimumSplitSimilarity = 0.3;
};

/// Matches the clauses of a new version to those of the previous version.
///
/// 1. Same wording: equal ClauseHash::normalise() text (white space and the
///    leading number do not count, so renumbered clauses match). Among equal
///    texts, the same heading path and the nearest relative position win.
/// 2. Similar wording, for what is left: token-set Jaccard over lower-cased
///    words. Candidates come from an inverted index of each clause's rarest
///    words (prefix filtering: with words ordered rarest first, two sets with
///    Jaccard >= t share a word among the first |S| - ceil(t|S|) + 1 of each),
///    and the length ratio (Jaccard <= shorter/longer) discards most of them
///    before any set is compared, so there is no all-pairs loop. Pairs are
///    assigned one-to-one, best first; ties prefer the same heading path,
///    then the nearer position.
/// 3. Split and merged clauses: pairs below the threshold whose smaller side
///    lies mostly inside the other (containmentThreshold) match next, best
///    Jaccard first. Containment and the minimum Jaccard are measured with
///    words weighted by inverse document frequency, so that sharing "the",
///    "you" and "of" does not make two clauses relatives. Found by probing
///    from both sides, since the longer clause's rarest words may all lie
///    outside the shorter one.
/// 4. Moves: matched clauses outside the longest run that keeps the previous
///    order are Moved, and so are clauses that went to another heading that
///    already held clauses in the previous version. A renamed heading, or a
///    subheading added or removed above a clause, is not a move. Heading
///    paths are compared without their numbers and case.
///
/// Pure and thread-safe; 5,000 × 5,000 clauses take tens of milliseconds.
class ClauseLineage
{
public:
    static LineageResult match(const QList<PreviousClause> &previous,
                               const QList<CurrentClause> &current,
                               const LineageOptions &options = {});
};

} // namespace cw
