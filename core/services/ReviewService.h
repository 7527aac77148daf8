#pragma once

#include "services/ReviewDecision.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <functional>

namespace cw {

class Database;

/// What applying a decision did.
struct ReviewOutcome
{
    /// The patches that changed something, with the values written (no-op
    /// patches and unchanged fields dropped; appendNote resolved to notes).
    ReviewDecision applied;
    /// Applying this restores every field that `applied` changed. Undo is
    /// `apply(inverse)`; the outcome of that has the redo as its inverse.
    ReviewDecision inverse;
    QList<qint64> auditIds; ///< one entry per changed flag
};

/// The review workflow over flags: confirm, reject, change type or severity,
/// edit the summary, add notes — one flag or many at once. Every change is
/// written to the audit log with actor, time, before, after and reason.
///
/// Threads: uses the caller's connection, on the caller's thread.
class ReviewService
{
public:
    /// `actor` is who decides (recorded in the audit log); `clock` gives the
    /// UTC ISO time of each decision (defaults to now).
    ReviewService(const Database &db, QString actor, std::function<QString()> clock = {});

    /// Applies a decision atomically: all its patches or none. Fails (and
    /// changes nothing) when a flag does not exist, a clause type is unknown,
    /// or a type change would give a clause two flags of one type.
    Result<ReviewOutcome> apply(const ReviewDecision &decision);

    Result<ReviewOutcome> confirm(const QList<qint64> &ids, const QString &reason = {})
    {
        return apply(ReviewDecision::confirm(ids, reason));
    }
    Result<ReviewOutcome> reject(const QList<qint64> &ids, const QString &reason = {})
    {
        return apply(ReviewDecision::reject(ids, reason));
    }
    Result<ReviewOutcome> changeSeverity(const QList<qint64> &ids, Severity s,
                                         const QString &reason = {})
    {
        return apply(ReviewDecision::changeSeverity(ids, s, reason));
    }
    Result<ReviewOutcome> changeType(const QList<qint64> &ids, const QString &typeKey,
                                     const QString &reason = {})
    {
        return apply(ReviewDecision::changeType(ids, typeKey, reason));
    }
    Result<ReviewOutcome> editSummary(const QList<qint64> &ids, const QString &summary,
                                      const QString &reason = {})
    {
        return apply(ReviewDecision::editSummary(ids, summary, reason));
    }
    Result<ReviewOutcome> addNote(const QList<qint64> &ids, const QString &note,
                                  const QString &reason = {})
    {
        return apply(ReviewDecision::addNote(ids, note, reason));
    }

    QString actor() const { return m_actor; }

    /// The inverse action name: "confirm" ↔ "undo:confirm".
    static QString inverseAction(const QString &action);

private:
    const Database &m_db;
    QString m_actor;
    std::function<QString()> m_clock;
};

} // namespace cw
