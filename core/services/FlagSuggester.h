#pragma once

#include "model/Severity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace cw {

/// One clause type suggested for a clause, with its evidence.
struct FlagSuggestion
{
    QString typeKey;
    Severity severity = Severity::Medium;
    double confidence = 0;
    QList<std::pair<int, int>> evidence; ///< [start, end) into the clause text
    QStringList reasons;
    QString ruleId;
    QString summary;
};

/// The import pipeline's view of the classifier: clause text in, suggestions
/// out. Pure and thread-safe.
class FlagSuggester
{
public:
    FlagSuggester();
    QList<FlagSuggestion> suggest(const QString &clauseText, const QString &platformName) const;
};

} // namespace cw
