#pragma once

#include "compare/ClauseTypePage.h"

#include <QString>

namespace cw::ui {

/// HTML fragments for clause lists in QTextBrowser (the comparison detail pane
/// and the clause-type page). Severity is always written as a word on its colour.
struct ClauseHtml
{
    static QString escape(const QString &text);
    /// "<span …>High</span>" on the severity's background.
    static QString severityBadge(Severity s);
    /// "reviewed" / "to review" in the review colours.
    static QString reviewBadge(bool reviewed);
    /// One clause: record id, document and version, section, the plain-language
    /// summary and the original wording.
    static QString clause(const TypeClause &c);
    /// The page's stylesheet (for QTextDocument::setDefaultStyleSheet).
    static QString styleSheet();
};

} // namespace cw::ui
