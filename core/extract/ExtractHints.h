#pragma once

#include <QString>

namespace cw {

/// What the caller knows about captured bytes; every field may be empty.
struct ExtractHints
{
    QString contentType; ///< HTTP Content-Type as received ("text/html; charset=utf-8")
    QString fileName;    ///< file name or URL path; only its extension is used
    QString selectCss;   ///< HTML only: keep just the parts matching this selector list
    QString removeCss;   ///< HTML only: drop the parts matching this selector list
    /// Look for the document's own "Last updated"/"Effective" date
    /// (ExtractedDocument::declaredDate). Callers that never show it (comparing
    /// two files) turn it off: the search reads the whole text again, a tenth of
    /// `diff --files` on a 700 KB Markdown pair.
    bool findDeclaredDate = true;
};

} // namespace cw
