#include "compare/ComparisonMatrix.h"

namespace cw {

QString cellStateKey(CellState s)
{
    switch (s) {
    case CellState::Present:
        return QStringLiteral("present");
    case CellState::NotArchived:
        return QStringLiteral("not_archived");
    case CellState::NotFound:
        break;
    }
    return QStringLiteral("not_found");
}

QString reviewFilterKey(ReviewFilter f)
{
    switch (f) {
    case ReviewFilter::Reviewed:
        return QStringLiteral("reviewed");
    case ReviewFilter::Unreviewed:
        return QStringLiteral("unreviewed");
    case ReviewFilter::Any:
        break;
    }
    return QStringLiteral("any");
}

std::optional<ReviewFilter> reviewFilterFromKey(const QString &key)
{
    if (key.isEmpty() || key == QLatin1String("any"))
        return ReviewFilter::Any;
    if (key == QLatin1String("reviewed"))
        return ReviewFilter::Reviewed;
    if (key == QLatin1String("unreviewed"))
        return ReviewFilter::Unreviewed;
    return std::nullopt;
}

int ComparisonMatrix::rowOf(const QString &typeKey) const
{
    for (int r = 0; r < rows.size(); ++r)
        if (rows.at(r).key == typeKey)
            return r;
    return -1;
}

int ComparisonMatrix::columnOf(qint64 platformId) const
{
    for (int c = 0; c < columns.size(); ++c)
        if (columns.at(c).platform.id == platformId)
            return c;
    return -1;
}

} // namespace cw
