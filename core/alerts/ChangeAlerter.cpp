#include "alerts/ChangeAlerter.h"

#include "alerts/LineageChangeSummarizer.h"
#include "archive/AlertRepository.h"
#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"

namespace cw {

namespace {

Result<QList<FactClause>> clausesOf(const Database &db, qint64 versionId)
{
    auto lease = db.cached("SELECT lineage_id, start_offset, heading_path, text, lineage_status"
                           " FROM clauses WHERE version_id = ? ORDER BY ordinal");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, versionId);
    return collectRows<FactClause>(*st, [](const Statement &s) {
        return FactClause{s.int64(0), s.integer(1), stringListFromJson(s.text(2)), s.text(3),
                          lineageStatusFromKey(s.text(4)).value_or(LineageStatus::New)};
    });
}

} // namespace

Result<ChangeFacts> ChangeAlerter::gather(const ChangeAlertInput &in) const
{
    ChangeFacts f;
    f.platform = in.platform;
    f.termsType = in.termsType;
    f.documentId = in.documentId;
    f.fromVersionId = in.previous.id;
    f.toVersionId = in.current.id;
    f.fromNumber = in.previous.number;
    f.toNumber = in.current.number;
    f.changedAt = in.current.firstSeen;
    f.declaredBefore = in.previous.declaredUpdated;
    f.declaredAfter = in.current.declaredUpdated;
    f.kind = ChangeClassifier::classifyMasked(
        in.previousMasked ? *in.previousMasked
                          : ChangeClassifier::maskDeclaredDates(in.previous.text),
        in.currentMasked ? *in.currentMasked : ChangeClassifier::maskDeclaredDates(in.current.text),
        in.previous.declaredUpdated, in.current.declaredUpdated);

    auto before = in.previousClauses ? Result<QList<FactClause>>(*in.previousClauses)
                                     : clausesOf(m_db, in.previous.id);
    if (!before)
        return before.error();
    auto after = in.currentClauses ? Result<QList<FactClause>>(*in.currentClauses)
                                   : clausesOf(m_db, in.current.id);
    if (!after)
        return after.error();
    auto lease = m_db.cached("SELECT f.id, f.lineage_id, f.type_key, coalesce(t.name, f.type_key),"
                             " f.severity FROM flags f"
                             " LEFT JOIN clause_types t ON t.key = f.type_key"
                             " WHERE f.status <> 'rejected' AND f.lineage_id IN"
                             " (SELECT lineage_id FROM clauses WHERE version_id IN (?1, ?2))"
                             " ORDER BY f.id");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, in.previous.id).bind(2, in.current.id);
    auto flags = collectRows<FactFlag>(*st, [](const Statement &s) {
        return FactFlag{s.int64(0), s.int64(1), s.text(2), s.text(3),
                        severityFromKey(s.text(4)).value_or(Severity::Medium)};
    });
    if (!flags)
        return flags.error();
    ChangeFactsBuilder::fill(f, *before, *after, *flags, in.flagsAddedAfter);
    return f;
}

Result<qint64> ChangeAlerter::record(const ChangeAlertInput &in) const
{
    auto facts = gather(in);
    if (!facts)
        return facts.error();
    const LineageChangeSummarizer fallback;
    const ChangeSummarizer &summarizer = m_summarizer ? *m_summarizer : fallback;
    Alert a;
    a.documentId = in.documentId;
    a.fromVersionId = in.previous.id;
    a.toVersionId = in.current.id;
    // The alert is dated by the change (history imports keep their dates).
    a.createdAt = in.current.firstSeen;
    a.kind = changeKindKey(facts->kind);
    a.summary = summarizer.summarize(m_db, *facts);
    if (a.summary.trimmed().isEmpty())
        a.summary = LineageChangeSummarizer::describe(*facts);
    a.details = facts->toJson();
    return AlertRepository(m_db).insert(a);
}

} // namespace cw
