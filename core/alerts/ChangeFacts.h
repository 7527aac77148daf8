#pragma once

#include "alerts/ChangeKind.h"
#include "model/LineageStatus.h"
#include "model/Severity.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace cw {

enum class ClauseChangeKind { Added, Reworded, Removed, Moved };

/// "added", "reworded", "removed", "moved".
QString clauseChangeKey(ClauseChangeKind k);

/// One clause the change touched, named for people ("4.2 Buyer Service Fee").
struct ClauseChangeRef
{
    ClauseChangeKind kind = ClauseChangeKind::Added;
    QString label;
    int offset = -1; ///< start in the new version's text; -1 for removed clauses
};

/// A flag whose clause the change touched.
struct FlagTouch
{
    qint64 flagId = 0;
    QString recordId; ///< CW-P-…
    QString typeKey;
    QString typeName;
    Severity severity = Severity::Medium;
    QString
        change; ///< "added" (new flag or new clause), "changed" (reworded), "removed" (clause gone)
};

/// Everything known about one real change of a document: the input of the
/// change summary and the alert's details.
struct ChangeFacts
{
    QString platform;
    QString termsType;
    qint64 documentId = 0;
    qint64 fromVersionId = 0;
    qint64 toVersionId = 0;
    int fromNumber = 0;
    int toNumber = 0;
    QString changedAt; ///< when the new version was first seen
    ChangeKind kind = ChangeKind::Change;
    QString declaredBefore; ///< the documents' own dates, ISO; may be empty
    QString declaredAfter;

    // Clause counts, date statements ("Last updated: …") left out.
    int added = 0;
    int reworded = 0;
    int removed = 0;
    int moved = 0;
    int unchanged = 0;
    QList<ClauseChangeRef> clauses; ///< new-text order; removed clauses last
    QList<FlagTouch> flags;
    std::optional<int> firstChangeOffset; ///< into the new text, for opening the diff there

    QJsonObject toJson() const;
};

/// A clause as the builder needs it.
struct FactClause
{
    qint64 lineageId = 0;
    int start = 0;
    QStringList headingPath;
    QString text;
    LineageStatus status = LineageStatus::New;
};

/// A flag on a lineage of either version.
struct FactFlag
{
    qint64 id = 0;
    qint64 lineageId = 0;
    QString typeKey;
    QString typeName;
    Severity severity = Severity::Medium;
};

/// Computes the clause counts, labels and touched flags of a change from the
/// two versions' clauses (lineage) and the flags on them. Pure.
class ChangeFactsBuilder
{
public:
    /// `flagsAddedAfter`: flags with a larger id were raised by this import.
    /// Fills the count, clause and flag fields and firstChangeOffset of `facts`.
    static void fill(ChangeFacts &facts, const QList<FactClause> &before,
                     const QList<FactClause> &after, const QList<FactFlag> &flags,
                     qint64 flagsAddedAfter);
    /// "4.2 Buyer Service Fee", or the opening words of a clause without heading.
    static QString labelOf(const FactClause &clause);
};

} // namespace cw
