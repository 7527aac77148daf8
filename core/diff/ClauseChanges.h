#pragma once

#include "diff/ClauseChange.h"
#include "diff/DiffOptions.h"
#include "diff/VersionDiff.h"
#include "model/Clause.h"
#include "segment/ClauseSpan.h"

#include <QHash>
#include <QList>

namespace cw {

/// A clause of the old version paired with one of the new version.
struct ClausePair
{
    int oldIndex = 0;
    int newIndex = 0;
    /// Known to have the same wording (ClauseHash::normalise equal); when false
    /// the texts are compared.
    bool sameWording = false;
    /// Word similarity when already known (from ClauseLineage), else < 0.
    double similarity = -1.0;
};

/// The clause-level change list between two versions: which clauses were
/// added, removed, modified (with their similarity and word edits), moved,
/// renumbered or left alone, and which flags each change touches.
///
/// Classification of a paired clause (the rules of ClauseLineage, applied to
/// the two versions compared, which need not be consecutive):
///  - same wording: equal ClauseHash::normalise() text (white space and the
///    leading number do not count);
///  - moved: outside the longest run of pairs that keeps the old order, or
///    under another heading that already existed in the old version (heading
///    paths compared without numbers and case; a subheading added or removed
///    above the clause is not a move). With a version diff, the redline has
///    the last word on order: a clause inside a block the diff moved is
///    moved, one the diff kept in place (unchanged or modified at the same
///    spot on both sides) is not moved merely for being out of order;
///  - renumbered: its leading number differs, or its headings differ only in
///    their numbers.
/// Clauses left unpaired, one on each side of a modified row of the version
/// diff, pair as a modification: the redline shows them as one edited
/// paragraph ("Last updated: May 20" → "Last updated: September 15"), so the
/// list does too (their flags are those of both lineages).
/// With ignore options, a clause whose wording differs only in ignored ways
/// (the version diff shows no edit inside it) counts as having the same wording.
///
/// Pure functions over value types; thread-safe.
class ClauseChanges
{
public:
    using FlagsByLineage = QHash<qint64, QList<ClauseFlagRef>>;

    /// Archive versions: pairs the clauses by their stored lineage id (any two
    /// versions of one document). Clause offsets index diff.oldText / diff.newText.
    static ClauseChangeList fromLineage(const QList<Clause> &oldClauses,
                                        const QList<Clause> &newClauses, const VersionDiff &diff,
                                        const FlagsByLineage &flags = {},
                                        const DiffOptions &options = {});

    /// Two texts without an archive (Segmenter spans of diff.oldText and
    /// diff.newText). What the diff already aligned is not searched again:
    /// clauses inside unchanged blocks pair one to one; inside a modified row
    /// or a moved block they pair in order when each pair keeps ClauseLineage's
    /// similarity threshold (else most similar first, on small rows);
    /// ClauseLineage matches the rest (clauses moved between paragraphs,
    /// split or merged). A 700 KB pair with a few changes costs milliseconds.
    static ClauseChangeList fromSegments(const VersionDiff &diff, const QList<ClauseSpan> &oldSpans,
                                         const QList<ClauseSpan> &newSpans,
                                         const DiffOptions &options = {});

    /// The common core: classifies given pairs (each index at most once).
    /// `diff` (optional) supplies the word edits inside changed clauses.
    static ClauseChangeList fromPairs(const QList<Clause> &oldClauses,
                                      const QList<Clause> &newClauses,
                                      const QList<ClausePair> &pairs, const VersionDiff *diff,
                                      const FlagsByLineage &flags = {},
                                      const DiffOptions &options = {});

    /// Token-set Jaccard over lower-cased words (letters and digits).
    static double wordSimilarity(QStringView a, QStringView b);
    /// Words (runs of letters and digits) in `text`.
    static int wordCount(QStringView text);
};

} // namespace cw
