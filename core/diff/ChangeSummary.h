#pragma once

#include "diff/ClauseChange.h"
#include "diff/DiffStats.h"

#include <QString>
#include <QStringList>

namespace cw {

struct ChangeSummaryOptions
{
    /// Items named per point ("New: A; B; C; and 4 more.").
    int maxItems = 4;
    /// Word edits up to this many words (each side) are quoted; longer ones are counted.
    int maxQuotedWords = 12;
    /// At most this many edits are quoted for one changed clause.
    int maxQuotedEdits = 2;
};

/// A plain-language summary of a comparison, e.g.
/// "4 clauses changed. New: Class-action waiver (High) under '13. Disputes'.
///  Changed: '3.4 Price changes' — "30 days" replaced by "15 days". Moved:
///  'Household Sharing' (3 clauses) from section 4 to section 5."
///
/// Factual by construction: every statement is read off the clause change
/// list (kinds, headings, numbers, flags with their taxonomy names and
/// severities) and the word edits the diff found; nothing is inferred about
/// what a change means. Clause types are named as the change list names them
/// (taxonomy name, else key).
struct ChangeSummary
{
    QString headline;   ///< "4 clauses changed.", "No changes.", …
    QStringList points; ///< one sentence each: "New: …", "Removed: …", "Changed: …",
                        ///< "Moved: …", "Renumbered only: …", "Flagged clauses touched: …"

    /// headline and points as one paragraph.
    QString text() const;

    /// Pure; the strings are translated through QCoreApplication::translate.
    static ChangeSummary build(const ClauseChangeList &clauses, const DiffStats &stats,
                               const ChangeSummaryOptions &options = {});
};

} // namespace cw
