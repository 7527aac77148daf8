#pragma once

#include "alerts/ChangeSummarizer.h"

namespace cw {

/// The default summary: factual, from clause lineage counts, the headings of
/// the touched clauses and the flags they carry, e.g.
/// "Silent change (its “last updated” date still says 2024-06-03). 1 clause
/// reworded. Reworded: 4.2 Buyer Service Fee. Flags touched: Non-refundable
/// fees (High, reworded)."
class LineageChangeSummarizer final : public ChangeSummarizer
{
public:
    QString summarize(const Database &db, const ChangeFacts &facts) const override;
    /// The same, as a pure function of the facts.
    static QString describe(const ChangeFacts &facts);
};

} // namespace cw
