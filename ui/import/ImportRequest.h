#pragma once

#include "services/ImportService.h"

#include <QString>

namespace cw::ui {

/// What the import dialog asks for.
struct ImportRequest
{
    enum class Kind { File, Folder, Url, OtaRepository };
    Kind kind = Kind::File;
    QString source; ///< path or URL
    ImportTarget target; ///< its renderer is set by the runner when `render` is on
    /// URLs: render the page with its scripts (QtWebEngine, on the GUI thread)
    /// and capture the DOM they built; re-checks of the document do the same.
    bool render = false;
    OtaImportOptions ota;
};

} // namespace cw::ui
