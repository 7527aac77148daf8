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
    ImportTarget target;
    OtaImportOptions ota;
};

} // namespace cw::ui
