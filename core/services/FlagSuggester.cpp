#include "services/FlagSuggester.h"

namespace cw {

// Interim: no rules yet. The rule classifier (core/classify) plugs in here.
FlagSuggester::FlagSuggester() = default;

QList<FlagSuggestion> FlagSuggester::suggest(const QString &, const QString &) const
{
    return {};
}

} // namespace cw
