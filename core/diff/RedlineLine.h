#pragma once

#include "diff/DiffBlock.h"

#include <QList>
#include <QString>

namespace cw {

/// A highlighted stretch of a redline text. Offsets index RedlineText::text.
struct RedlineMark
{
    enum class Style : quint8 { Insert, Delete, MovedFrom, MovedTo };
    int start = 0;
    int length = 0;
    Style style = Style::Insert;

    friend bool operator==(const RedlineMark &, const RedlineMark &) = default;
};

/// The text shown for one side of a redline line (or the inline mix of both),
/// with its highlights in order. Heading marks ("## ") are removed; lines of a
/// split or merged paragraph are joined by '\n'.
struct RedlineText
{
    QString text;
    QList<RedlineMark> marks;
};

/// One line of a redline in reading order: a DiffRow of a changed hunk, or one
/// pair of blocks of an unchanged hunk. Side-by-side views show leftText()
/// and rightText() of RedlineLines; the single-column redline shows inlineText().
struct RedlineLine
{
    enum class Kind : quint8 { Equal, Modified, Deleted, Inserted, MovedFrom, MovedTo };

    Kind kind = Kind::Equal;
    int hunk = 0;        ///< index into VersionDiff::hunks
    int row = -1;        ///< index into the hunk's rows; -1 for a block of an unchanged hunk
    int indexInHunk = 0; ///< for unchanged hunks: which block pair (0-based)
    int moveId = -1;
    bool renumbered = false;
    float similarity = 1.f;
    /// Style of the first block on the side the line is read on (the new side,
    /// the old side for Deleted and MovedFrom lines).
    DiffBlock::Kind blockKind = DiffBlock::Kind::Paragraph;
    quint8 level = 0;
    /// Text ranges (UTF-16) of the line on each side; length 0 on a side it
    /// does not occupy. For moved lines both sides are set (origin and destination).
    qsizetype leftStart = 0;
    qsizetype leftLength = 0;
    qsizetype rightStart = 0;
    qsizetype rightLength = 0;
    bool hasLeft = false;  ///< shown in the left column at this place
    bool hasRight = false; ///< shown in the right column at this place

    bool isChange() const { return kind != Kind::Equal; }
};

} // namespace cw
