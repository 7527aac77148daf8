#pragma once

#include <QString>

namespace cw {

/// A group of clause types ("disputes", "data", ...), in display order.
struct ClauseCategory
{
    QString key;
    QString name;
};

/// The name to show for a category key: the built-in taxonomy's categories
/// by their (translated) names, an unknown key made readable
/// ("my_group" → "My group"), the empty key as "Other". The archive stores
/// keys; views show this.
QString categoryDisplayName(const QString &key);

} // namespace cw
