#pragma once

#include <QString>

namespace cw {

/// A group of clause types ("disputes", "data", ...), in display order.
struct ClauseCategory
{
    QString key;
    QString name;
};

} // namespace cw
