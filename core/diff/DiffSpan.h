#pragma once

#include <QtGlobal>

namespace cw {

/// One highlighted stretch inside a DiffRow. Offsets are UTF-16 indices into the
/// old (left) and new (right) texts; a side the span does not occupy has
/// length 0 (its start then says where it would sit).
struct DiffSpan
{
    enum class Kind : quint8 {
        Equal,     ///< same on both sides (up to the ignored differences)
        Insert,    ///< only on the right
        Delete,    ///< only on the left
        MovedFrom, ///< text carried away from here (in a MovedFrom row; the right
                   ///< range says where it went)
        MovedTo    ///< text carried to here (in a MovedTo row; the left range says
                   ///< where it came from)
    };

    Kind kind = Kind::Equal;
    qsizetype leftStart = 0;
    qsizetype leftLength = 0;
    qsizetype rightStart = 0;
    qsizetype rightLength = 0;

    friend bool operator==(const DiffSpan &, const DiffSpan &) = default;
};

} // namespace cw
