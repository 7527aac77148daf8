#pragma once

#include <QtGlobal>

namespace cw {

/// The unit the version diff aligns: one line of the canonical text — a heading,
/// a paragraph, one list item or one table row. Lines are the natural unit
/// because list items and table rows can be reordered independently.
/// Offsets are UTF-16 indices into the side's text.
struct DiffBlock
{
    enum class Kind : quint8 { Paragraph, Heading, ListItem, TableRow };

    qsizetype start = 0;  ///< first character of the line
    qsizetype length = 0; ///< without the terminating '\n'
    /// Start of the body: after heading marks, list markers and a leading section
    /// number ("## 7. Fees" → "Fees"). Blocks are matched on their body, so
    /// renumbering alone never breaks alignment.
    qsizetype bodyStart = 0;
    /// Start of the leading section number ("7." in "## 7. Fees"); equals
    /// bodyStart when there is none. [numberStart, bodyStart) is what a pure
    /// renumbering changes.
    qsizetype numberStart = 0;
    Kind kind = Kind::Paragraph;
    quint8 level = 0; ///< heading level 1..6, or list nesting depth (0 = top)
    /// True when a blank line (or the start of the text) precedes this line, i.e.
    /// it opens one of the canonical format's blank-line separated blocks.
    bool opensBlock = true;

    qsizetype end() const { return start + length; }
};

} // namespace cw
