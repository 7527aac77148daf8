#pragma once

#include "memo/MemoContent.h"

#include <QStringList>

namespace cw {

/// The memo's own judgements, derived from its findings by fixed rules so
/// that a reader can retrace them: the overall risk statement, the
/// recommendations and the method-and-limitations notes. Pure functions.
class MemoAssessment
{
public:
    /// Overall risk: the highest severity among findings an analyst has not
    /// rejected; provisional when no finding at that level is confirmed.
    static MemoRiskStatement risk(const QList<MemoFinding> &findings);
    /// Concrete next steps from the findings, changes, benchmark and evidence
    /// ages (as of content.date).
    static QStringList recommendations(const MemoContent &content);
    static QStringList limitations(const MemoContent &content);
};

} // namespace cw
