#pragma once

#include "archive/Statement.h"
#include "util/Result.h"

#include <QList>

namespace cw {

/// Steps a statement to the end, calling `read(stmt)` for each row.
template <typename Fn>
Status forEachRow(Statement &stmt, Fn &&read)
{
    while (true) {
        auto row = stmt.step();
        if (!row)
            return row.error();
        if (!*row)
            return {};
        read(stmt);
    }
}

/// Collects every row through `read(stmt) -> T`.
template <typename T, typename Fn>
Result<QList<T>> collectRows(Statement &stmt, Fn &&read)
{
    QList<T> out;
    if (auto s = forEachRow(stmt, [&](Statement &st) { out.append(read(st)); }); !s)
        return s.error();
    return out;
}

/// The first row through `read`, or nullopt-like empty Result value when none.
template <typename T, typename Fn>
Result<std::optional<T>> firstRow(Statement &stmt, Fn &&read)
{
    auto row = stmt.step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<T>();
    return std::optional<T>(read(stmt));
}

} // namespace cw
