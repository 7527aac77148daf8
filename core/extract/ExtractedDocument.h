#pragma once

#include <QString>
#include <QStringList>

namespace cw {

/// The result of extracting one capture.
struct ExtractedDocument
{
    QString text;     ///< canonical text (COMMON.md); its hash identifies the version
    QString title;    ///< <title>/first <h1>, Markdown's first heading, text's first line
    QString format;   ///< "html", "markdown", "text" or "pdf"
    QString encoding; ///< character encoding used ("UTF-8", "windows-1252", …); "" for PDF
    bool encodingFallback = false; ///< no declared charset and not UTF-8: read as Windows-1252
    QString declaredDate; ///< "YYYY-MM-DD" from the document's own "Last updated"/"Effective"
                          ///< statement (the first one with a full date), or ""
    QStringList warnings; ///< one-line notes for the user (encoding repairs, dropped nesting)
};

} // namespace cw
