#include "compare/ClauseTypePage.h"

#include <algorithm>

namespace cw {

bool TypePlatformEntry::reviewed() const
{
    if (clauses.isEmpty())
        return false;
    return std::all_of(clauses.cbegin(), clauses.cend(),
                       [](const TypeClause &c) { return c.reviewed(); });
}

void ClauseTypePage::sortPlatforms()
{
    auto rank = [](const TypePlatformEntry &e) {
        switch (e.state) {
        case CellState::Present:
            return 3 - int(*e.severity); // High 0, Medium 1, Low 2
        case CellState::NotFound:
            return 3;
        case CellState::NotArchived:
            break;
        }
        return 4;
    };
    std::stable_sort(platforms.begin(), platforms.end(),
                     [&](const TypePlatformEntry &a, const TypePlatformEntry &b) {
                         const int ra = rank(a), rb = rank(b);
                         if (ra != rb)
                             return ra < rb;
                         return QString::compare(a.platform.name, b.platform.name,
                                                 Qt::CaseInsensitive) < 0;
                     });
}

} // namespace cw
