#pragma once

#include "model/RecordId.h"
#include "model/Severity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <utility>

namespace cw {

enum class ReviewStatus { Suggested, Confirmed, Rejected };

inline QString reviewStatusKey(ReviewStatus s)
{
    switch (s) {
    case ReviewStatus::Confirmed: return QStringLiteral("confirmed");
    case ReviewStatus::Rejected: return QStringLiteral("rejected");
    case ReviewStatus::Suggested: break;
    }
    return QStringLiteral("suggested");
}

inline ReviewStatus reviewStatusFromKey(const QString &k)
{
    if (k == QLatin1String("confirmed"))
        return ReviewStatus::Confirmed;
    if (k == QLatin1String("rejected"))
        return ReviewStatus::Rejected;
    return ReviewStatus::Suggested;
}

enum class FlagOrigin { Rule, Analyst };

/// A clause type attached to a clause lineage (it follows the clause across
/// versions; its record id never changes).
struct Flag
{
    qint64 id = 0;
    qint64 lineageId = 0;
    qint64 clauseId = 0; ///< the clause in the newest version that carries it
    QString typeKey;
    Severity severity = Severity::Medium;
    FlagOrigin origin = FlagOrigin::Rule;
    QString ruleId;
    double confidence = 0;
    QList<std::pair<int, int>> evidence; ///< [start, end) into the clause text
    QStringList reasons;
    ReviewStatus status = ReviewStatus::Suggested;
    bool changedSinceReview = false;
    QString summary;
    QString notes;
    QString createdAt;
    QString updatedAt;

    QString recordId() const { return cw::recordId(RecordKind::Provision, id); }
};

} // namespace cw
