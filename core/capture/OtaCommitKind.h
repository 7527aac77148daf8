#pragma once

#include <QString>
#include <QStringView>

namespace cw {

/// What an Open Terms Archive versions-repository commit says it records,
/// read from the first line of its message. The engine's conventions:
///  - First:     "First record of <service> <terms type>" (older: "Start tracking …")
///  - Change:    "Record new changes of …" (older: "Update …")
///  - Technical: "Apply technical or declaration upgrade on …" (older: "Refilter …"),
///               a re-extraction by the engine, NOT a change of the terms themselves;
///  - Unknown:   anything else (hand-made commits, README edits, merges).
enum class OtaCommitKind { First, Change, Technical, Unknown };

/// Classifies a commit message (only its first line is looked at; leading
/// whitespace ignored, prefixes matched case-sensitively as the engine writes them).
OtaCommitKind otaCommitKindFromMessage(QStringView message);

/// Stable key for storage and JSON: "first", "change", "technical", "unknown".
QString otaCommitKindKey(OtaCommitKind kind);

} // namespace cw
