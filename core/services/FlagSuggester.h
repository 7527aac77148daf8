#pragma once

#include "classify/Suggestion.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace cw {

class Database;
class RuleClassifier;

/// The import pipeline's access to the built-in rule classifier and taxonomy.
/// The classifier is loaded once per process (parsed rules, compiled
/// patterns) and shared; classification is pure and thread-safe.
class FlagSuggester
{
public:
    /// The built-in classifier; an Error when the embedded rules are broken.
    static Result<const RuleClassifier *> classifier();
    /// Makes sure the archive holds the built-in clause types and regulations
    /// that flags refer to (cheap when already current).
    static Status ensureTaxonomy(const Database &db);

    static QList<Suggestion> suggest(const RuleClassifier &classifier, const QString &clauseText,
                                     const QString &platformName);
};

} // namespace cw
