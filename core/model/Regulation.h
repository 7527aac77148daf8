#pragma once

#include <QString>

namespace cw {

/// A law or regulation a clause type touches (resources/taxonomy/regulations.json).
/// Field names follow the archive's `regulations` table (short → short_name).
struct Regulation
{
    QString key;          ///< stable key, e.g. "gdpr"
    QString shortName;    ///< e.g. "GDPR"
    QString name;         ///< full title
    QString jurisdiction; ///< e.g. "EU", "US (federal)", "US (Illinois)", "UK"
    QString citation;     ///< formal citation, e.g. "Regulation (EU) 2016/679"
    QString url;          ///< official or authoritative public text
};

} // namespace cw
