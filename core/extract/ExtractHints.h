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
};

} // namespace cw
