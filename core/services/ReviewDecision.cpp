#include "services/ReviewDecision.h"

namespace cw {

namespace {

template <typename Fill>
ReviewDecision build(const char *action, const QList<qint64> &ids, const QString &reason,
                     Fill fill)
{
    ReviewDecision d;
    d.action = QString::fromLatin1(action);
    d.reason = reason;
    for (qint64 id : ids) {
        FlagPatch p;
        p.flagId = id;
        fill(p);
        d.patches.append(p);
    }
    return d;
}

} // namespace

ReviewDecision ReviewDecision::confirm(const QList<qint64> &ids, const QString &reason)
{
    return build("confirm", ids, reason, [](FlagPatch &p) {
        p.status = ReviewStatus::Confirmed;
        p.changedSinceReview = false;
    });
}

ReviewDecision ReviewDecision::reject(const QList<qint64> &ids, const QString &reason)
{
    return build("reject", ids, reason, [](FlagPatch &p) {
        p.status = ReviewStatus::Rejected;
        p.changedSinceReview = false;
    });
}

ReviewDecision ReviewDecision::reopen(const QList<qint64> &ids, const QString &reason)
{
    return build("reopen", ids, reason, [](FlagPatch &p) { p.status = ReviewStatus::Suggested; });
}

ReviewDecision ReviewDecision::changeSeverity(const QList<qint64> &ids, Severity severity,
                                              const QString &reason)
{
    return build("change_severity", ids, reason, [severity](FlagPatch &p) { p.severity = severity; });
}

ReviewDecision ReviewDecision::changeType(const QList<qint64> &ids, const QString &typeKey,
                                          const QString &reason)
{
    return build("change_type", ids, reason, [&typeKey](FlagPatch &p) { p.typeKey = typeKey; });
}

ReviewDecision ReviewDecision::editSummary(const QList<qint64> &ids, const QString &summary,
                                           const QString &reason)
{
    return build("edit_summary", ids, reason, [&summary](FlagPatch &p) { p.summary = summary; });
}

ReviewDecision ReviewDecision::setNotes(const QList<qint64> &ids, const QString &notes,
                                        const QString &reason)
{
    return build("edit_notes", ids, reason, [&notes](FlagPatch &p) { p.notes = notes; });
}

ReviewDecision ReviewDecision::addNote(const QList<qint64> &ids, const QString &note,
                                       const QString &reason)
{
    return build("add_note", ids, reason, [&note](FlagPatch &p) { p.appendNote = note; });
}

} // namespace cw
