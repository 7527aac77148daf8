#pragma once

#include "diff/VersionDiff.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace cw {

/// JSON form of a VersionDiff, documented in core/diff/DIFF-JSON.md (keys `stats`,
/// `fallback`, `blocks`, `hunks`, `moves`; offsets are UTF-16 indices, ranges
/// are [start, length]). Stable keys: they are the CLI's `diff --json` contract.
class DiffJson
{
public:
    static QJsonObject toJson(const VersionDiff &diff);

    /// The same document as compact UTF-8 JSON, written directly (no
    /// QJsonObject tree): several times faster on large diffs, for the CLI.
    /// QJsonDocument::fromJson(toJsonBytes(d)).object() == toJson(d).
    static QByteArray toJsonBytes(const VersionDiff &diff);

    static QString spanKindKey(DiffSpan::Kind kind);
    static QString rowKindKey(DiffRow::Kind kind);
};

/// Shorthand for DiffJson::toJson.
inline QJsonObject toJson(const VersionDiff &diff)
{
    return DiffJson::toJson(diff);
}

} // namespace cw
