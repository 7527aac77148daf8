#pragma once

#include <QString>

namespace cw {

/// The quality gate's verdict on one capture. A suspect capture keeps its
/// snapshot but makes no version; the reason is shown to the user.
struct QualityVerdict
{
    bool suspect = false;
    QString reason; ///< one line, user-facing; "" when not suspect
    /// "" when not suspect, else one of: "bot_wall", "error_page", "too_short",
    /// "mostly_code", "shrank", "no_text", "binary", "extract_failed".
    QString code;
};

} // namespace cw
