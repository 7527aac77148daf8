#pragma once

#include "model/Clause.h"
#include "model/Flag.h"
#include "model/Severity.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace cw {

/// A flag (clause type on a clause lineage) that a clause change touches, as
/// read from the archive when the comparison was made.
struct ClauseFlagRef
{
    qint64 id = 0; ///< flags.id; recordId() gives CW-P-…
    QString typeKey;
    /// The clause type's name from the taxonomy (clause_types.name); the key
    /// when the archive has no such row.
    QString typeName;
    Severity severity = Severity::Medium;
    ReviewStatus status = ReviewStatus::Suggested;
    bool changedSinceReview = false;

    QString recordId() const { return cw::recordId(RecordKind::Provision, id); }
    friend bool operator==(const ClauseFlagRef &, const ClauseFlagRef &) = default;
};

/// One run of word changes inside a changed clause, taken from the version
/// diff: the words deleted and the words inserted at one place (either may be
/// empty). Offsets are UTF-16 indices into the old and new version texts.
struct ClauseEdit
{
    QString removed;
    QString added;
    qsizetype oldStart = 0;
    qsizetype oldLength = 0;
    qsizetype newStart = 0;
    qsizetype newLength = 0;

    friend bool operator==(const ClauseEdit &, const ClauseEdit &) = default;
};

/// How one clause differs between two versions of a document.
struct ClauseChange
{
    enum class Kind : quint8 {
        Added,      ///< only in the new version
        Removed,    ///< only in the old version
        Modified,   ///< wording changed, same place
        Moved,      ///< another place or heading; wordingChanged says whether its words changed too
        Renumbered, ///< same wording and place; only its number or its headings' numbers changed
        Unchanged,
    };

    Kind kind = Kind::Unchanged;
    bool wordingChanged = false; ///< Modified, or Moved with changed wording
    /// Token-set Jaccard of the old and new wording (lower-cased words): 1 for
    /// the same wording, 0 for Added and Removed.
    double similarity = 1.0;
    /// The clause's own number or its headings' numbers changed ("4.2" → "5.2").
    /// Also set on Moved and Modified clauses whose numbering changed.
    bool renumbered = false;
    qint64 lineageId = 0;         ///< the clause's identity in the archive; 0 for files
    std::optional<Clause> before; ///< absent for Added
    std::optional<Clause> after;  ///< absent for Removed
    /// Word changes inside the clause (Modified and Moved with changed wording),
    /// in text order. Empty when no version diff was given.
    QList<ClauseEdit> edits;
    int wordsAdded = 0;   ///< words in edits' added text (whole clause for Added)
    int wordsRemoved = 0; ///< words in edits' removed text (whole clause for Removed)
    /// Flags of the clause's lineage (any status, rejected included), by severity, High first.
    QList<ClauseFlagRef> flags;

    /// The clause as it reads now (new version), or as it read (Removed).
    const Clause &clause() const { return after ? *after : *before; }
    /// True for a change that counts in "N clauses changed" (renumbering alone does not).
    bool isChange() const
    {
        return kind == Kind::Added || kind == Kind::Removed || kind == Kind::Modified ||
               kind == Kind::Moved;
    }
};

/// Flags touched by clause changes, per severity (each flag counted once).
struct FlagsTouched
{
    int high = 0;
    int medium = 0;
    int low = 0;
    int total() const { return high + medium + low; }
    friend bool operator==(const FlagsTouched &, const FlagsTouched &) = default;
};

/// The clause-level change list between two versions of a document.
struct ClauseChangeList
{
    /// Every clause that is not Unchanged, in reading order of the new version;
    /// a removed clause sits where it used to be (after the new position of the
    /// nearest clause before it that survived).
    QList<ClauseChange> changes;
    int oldClauses = 0;
    int newClauses = 0;
    int added = 0;
    int removed = 0;
    int modified = 0;
    int moved = 0; ///< including moved clauses whose wording changed
    int movedModified = 0;
    int renumbered = 0; ///< Kind::Renumbered only
    int unchanged = 0;
    /// Flags on added, removed, modified or moved clauses (not merely renumbered
    /// ones), rejected flags left out.
    FlagsTouched flagsTouched;
    /// How many clauses each heading holds (at any depth below it), keyed by
    /// clauseSectionKey(): to tell a whole section added, removed or moved
    /// from single clauses.
    QHash<QString, int> oldSectionSizes;
    QHash<QString, int> newSectionSizes;
    /// The sections of each version by clauseSectionName() (numbers ignored):
    /// a section whose name the other version lacks is new (or gone).
    QSet<QString> oldSectionNames;
    QSet<QString> newSectionNames;

    /// Clauses whose content changed or moved: added + removed + modified + moved.
    int changed() const { return added + removed + modified + moved; }
};

/// Key of the section a heading path (its first `depth` headings) names, as
/// written: one section of one version.
QString clauseSectionKey(const QStringList &headingPath, qsizetype depth);
/// Name of that section across versions: headings without their numbers,
/// lower case, so that "4. Household Sharing" and "5. Household Sharing" match.
QString clauseSectionName(const QStringList &headingPath, qsizetype depth);

/// Stable keys for JSON: "added", "removed", "modified", "moved", "renumbered", "unchanged".
QString clauseChangeKindKey(ClauseChange::Kind kind);

} // namespace cw
