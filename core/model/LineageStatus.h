#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace cw {

/// How a clause of a new version relates to the previous version's clauses.
enum class LineageStatus {
    New,           ///< no counterpart: classified fresh
    Unchanged,     ///< same wording (after ClauseHash normalisation), same place
    Modified,      ///< similar wording, same place: keeps flags, back to review
    Moved,         ///< same wording, another place or heading: keeps flags and decisions
    MovedModified, ///< similar wording, another place or heading: keeps flags, back to review
};

/// Stable key as stored in the archive and in JSON: "new", "unchanged", …
QString lineageStatusKey(LineageStatus status);
std::optional<LineageStatus> lineageStatusFromKey(QStringView key);

/// Whether the wording changed (the flags of such a clause return to review).
inline bool lineageWordingChanged(LineageStatus s)
{
    return s == LineageStatus::Modified || s == LineageStatus::MovedModified;
}

} // namespace cw
