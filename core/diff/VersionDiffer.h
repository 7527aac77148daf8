#pragma once

#include "diff/DiffOptions.h"
#include "diff/VersionDiff.h"

#include <QString>

#include <atomic>

namespace cw {

/// The version diff engine: structure first (blocks aligned by body, moves,
/// similar blocks paired within gaps), then words inside aligned blocks.
class VersionDiffer
{
public:
    /// Compares two texts in the canonical format (any text works; lines are the
    /// blocks). Pure and reentrant: may run on any thread, several at once.
    /// `cancel` (optional) is polled; when it becomes true the call returns
    /// soon with VersionDiff::cancelled set and nothing else filled in.
    static VersionDiff diff(const QString &oldText, const QString &newText,
                            const DiffOptions &options = {},
                            const std::atomic_bool *cancel = nullptr);

    /// The work budget used when DiffOptions::workBudget is 0.
    static qint64 automaticWorkBudget(qsizetype oldSize, qsizetype newSize);
};

} // namespace cw
