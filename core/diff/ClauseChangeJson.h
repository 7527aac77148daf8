#pragma once

#include "diff/ChangeSummary.h"
#include "diff/ClauseChange.h"

#include <QByteArray>
#include <QJsonObject>

namespace cw {

class JsonWriter;

/// JSON of the clause change list and the change summary: the `clauses` and
/// `summary` members of `clausewatch diff --json` (core/diff/DIFF-JSON.md).
class ClauseChangeJson
{
public:
    /// Writes the `clauses` object (counts, flagsTouched, changes).
    static void write(JsonWriter &out, const ClauseChangeList &list);
    /// Writes the `summary` object (headline, points, text).
    static void write(JsonWriter &out, const ChangeSummary &summary);

    static QJsonObject toJson(const ClauseChangeList &list);
    static QJsonObject toJson(const ChangeSummary &summary);
};

} // namespace cw
