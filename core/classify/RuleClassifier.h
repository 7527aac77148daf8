#pragma once

#include "classify/ClassifyContext.h"
#include "classify/RuleSet.h"
#include "classify/Suggestion.h"
#include "classify/SummaryTemplate.h"
#include "classify/Taxonomy.h"
#include "util/Result.h"

#include <QList>
#include <QString>

namespace cw {

/// Suggests clause types for one clause with the rules of a RuleSet: weighted
/// phrase, regex and proximity patterns add up to a confidence; negation cues
/// cancel a match ("we do not sell"); vetoes suppress a type; severity starts at
/// the type's default and moves one step at most with stated reasons; the
/// summary template is filled with the platform and the slots found.
///
/// Pure: classify() depends only on its arguments and the loaded data, and is
/// safe to call from several threads at once.
class RuleClassifier
{
public:
    RuleClassifier(Taxonomy taxonomy, RuleSet rules);

    /// The built-in taxonomy and rules.
    static Result<RuleClassifier> loadBuiltin();

    /// Suggestions ordered by severity (high first), then confidence, then
    /// taxonomy order. At most one suggestion per clause type.
    QList<Suggestion> classify(const QString &clauseText, const ClassifyContext &ctx) const;

    const Taxonomy &taxonomy() const { return m_taxonomy; }
    const RuleSet &rules() const { return m_rules; }

private:
    Taxonomy m_taxonomy;
    RuleSet m_rules;
    QHash<QString, int> m_order;                 ///< type key -> taxonomy position
    QHash<QString, QStringList> m_slotsOf;       ///< type key -> slots to extract
    QHash<QString, SummaryTemplate> m_summaries; ///< type key -> parsed template
    // Reason texts, translated once when the classifier is made.
    QString m_fmtDefault, m_fmtRaised, m_fmtLowered, m_fmtSet, m_fmtMatched, m_fmtExcepted;
};

} // namespace cw
