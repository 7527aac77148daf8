#pragma once

#include "diff/DiffBlock.h"

#include <QList>
#include <QStringView>

namespace cw {

/// Splits a text in the canonical format into DiffBlocks (one per non-blank
/// line) and finds each block's kind, level, section number and body.
/// Tolerant of non-canonical input: several blank lines, whitespace-only lines,
/// '\r' line ends.
class BlockSplitter
{
public:
    static QList<DiffBlock> split(QStringView text);

    /// Analyses one line (without its '\n'); offsets in the result are relative
    /// to the line. Exposed for tests.
    static DiffBlock analyseLine(QStringView line);
};

} // namespace cw
