#include "services/ReviewService.h"

#include "archive/AuditRepository.h"
#include "archive/Database.h"
#include "archive/FlagRepository.h"
#include "archive/Transaction.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Review", text);
}

// Sets one field when the patch asks for a different value; records it in
// before/after (JSON) and in the applied and inverse patches.
template <typename T, typename ToJson>
void change(const std::optional<T> &wanted, T &field, std::optional<T> &applied,
            std::optional<T> &inverse, QJsonObject &before, QJsonObject &after, const char *name,
            ToJson toJson)
{
    if (!wanted || *wanted == field)
        return;
    before.insert(QLatin1String(name), toJson(field));
    after.insert(QLatin1String(name), toJson(*wanted));
    inverse = field;
    applied = *wanted;
    field = *wanted;
}

Status checkTypeChange(const Database &db, const Flag &flag, const QString &typeKey)
{
    auto known = db.prepare("SELECT 1 FROM clause_types WHERE key = ?");
    if (!known)
        return known.error();
    known->bind(1, typeKey);
    auto exists = known->step();
    if (!exists)
        return exists.error();
    if (!*exists)
        return makeError(tr("changing the clause type of %1").arg(flag.recordId()),
                         tr("there is no clause type “%1”").arg(typeKey));
    auto other = FlagRepository(db).findByLineage(flag.lineageId, typeKey);
    if (!other)
        return other.error();
    if (other->has_value() && (*other)->id != flag.id)
        return makeError(tr("changing the clause type of %1").arg(flag.recordId()),
                         tr("this clause already has a “%1” flag (%2)")
                             .arg(typeKey, (*other)->recordId()));
    return {};
}

} // namespace

ReviewService::ReviewService(const Database &db, QString actor, std::function<QString()> clock)
    : m_db(db), m_actor(std::move(actor)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return nowIsoUtc(); };
}

QString ReviewService::inverseAction(const QString &action)
{
    static const QString undo = QStringLiteral("undo:");
    return action.startsWith(undo) ? action.mid(undo.size()) : undo + action;
}

Result<ReviewOutcome> ReviewService::apply(const ReviewDecision &decision)
{
    ReviewOutcome out;
    out.applied.action = decision.action;
    out.applied.reason = decision.reason;
    out.inverse.action = inverseAction(decision.action);
    out.inverse.reason = decision.reason;

    FlagRepository flags(m_db);
    AuditRepository audit(m_db);
    Transaction tx(m_db);
    const QString now = m_clock();
    for (const FlagPatch &patch : decision.patches) {
        auto found = flags.get(patch.flagId);
        if (!found)
            return found.error();
        if (!found->has_value())
            return makeError(tr("reviewing %1").arg(recordId(RecordKind::Provision, patch.flagId)),
                             tr("there is no such flag in this archive"));
        Flag flag = **found;
        if (patch.typeKey && *patch.typeKey != flag.typeKey)
            CW_TRY(checkTypeChange(m_db, flag, *patch.typeKey));

        std::optional<QString> notes = patch.notes;
        if (patch.appendNote && !patch.appendNote->trimmed().isEmpty()) {
            const QString base = notes.value_or(flag.notes);
            notes = base.isEmpty() ? patch.appendNote->trimmed()
                                   : base + QStringLiteral("\n\n") + patch.appendNote->trimmed();
        }

        FlagPatch applied;
        FlagPatch inverse;
        applied.flagId = inverse.flagId = flag.id;
        QJsonObject before;
        QJsonObject after;
        const auto text = [](const QString &s) { return s; };
        change(patch.status, flag.status, applied.status, inverse.status, before, after, "status",
               [](ReviewStatus s) { return reviewStatusKey(s); });
        change(patch.severity, flag.severity, applied.severity, inverse.severity, before, after,
               "severity", [](Severity s) { return severityKey(s); });
        change(patch.typeKey, flag.typeKey, applied.typeKey, inverse.typeKey, before, after, "type",
               text);
        change(patch.summary, flag.summary, applied.summary, inverse.summary, before, after,
               "summary", text);
        change(notes, flag.notes, applied.notes, inverse.notes, before, after, "notes", text);
        change(patch.changedSinceReview, flag.changedSinceReview, applied.changedSinceReview,
               inverse.changedSinceReview, before, after, "changed_since_review",
               [](bool b) { return b; });
        if (applied.isEmpty())
            continue; // nothing to change on this flag: no write, no audit entry

        flag.updatedAt = now;
        CW_TRY(flags.update(flag));
        AuditEntry e;
        e.at = now;
        e.actor = m_actor;
        e.action = decision.action;
        e.entity = QStringLiteral("flag");
        e.entityId = flag.id;
        e.before = before;
        e.after = after;
        e.reason = decision.reason;
        auto id = audit.record(e);
        if (!id)
            return id.error();
        out.auditIds.append(*id);
        out.applied.patches.append(applied);
        out.inverse.patches.append(inverse);
    }
    CW_TRY(tx.commit());
    return out;
}

} // namespace cw
