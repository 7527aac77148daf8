#pragma once

#include "diff/ChangeSummary.h"
#include "diff/ClauseChange.h"
#include "diff/RedlineHeader.h"
#include "diff/VersionDiff.h"

#include <QString>

namespace cw {

struct RedlineHtmlOptions
{
    /// Old and new side by side in two columns instead of one redline column.
    bool sideBySide = false;
    /// Unchanged paragraphs kept before and after each change; -1 keeps the
    /// whole text (a complete redline of the document).
    int context = -1;
    /// The clause change list as a table before the redline.
    bool clauseTable = true;
};

/// A self-contained HTML redline of a comparison, for reading in a browser
/// and for printing to PDF: a header (platform, document, both versions'
/// capture times and SHA-256), a legend, the plain-language summary and
/// statistics, the clause change list, then the text with insertions
/// underlined, deletions struck through and moved text marked at both ends
/// (colour AND line style, so it also reads in black and white).
///
/// No scripts, no external resources (a Content-Security-Policy forbids
/// them), so a renderer needs no network. Pure.
class RedlineHtml
{
public:
    static QString build(const VersionDiff &diff, const ClauseChangeList &clauses,
                         const ChangeSummary &summary, const RedlineHeader &header,
                         const RedlineHtmlOptions &options = {});
};

} // namespace cw
