#pragma once

#include "model/Severity.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantMap>
#include <utility>

namespace cw {

/// A clause type the rule classifier suggests for one clause, with everything an
/// analyst needs to judge it: where in the clause (evidence), how sure, why this
/// severity, which rule, and the filled plain-language summary.
struct Suggestion
{
    QString typeKey;
    Severity severity = Severity::Medium;
    double confidence = 0; ///< 0..1: the summed weights of the patterns that matched
    /// [start, end) offsets into the classified clause text, exact, sorted, disjoint.
    QList<std::pair<int, int>> evidence;
    /// Why this severity (default, then each modifier) and why the type fired
    /// (each matched pattern), in that order; for people, not for parsing.
    QStringList reasons;
    QString ruleId;    ///< the strongest pattern that matched, "<type>.<name>"
    QString summary;   ///< the type's template filled with platform and slots
    QVariantMap slots; ///< specifics found in the clause: slot name -> QString
};

} // namespace cw
