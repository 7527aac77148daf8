#pragma once

#include "model/Flag.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw {

/// Fields to set on one flag; unset fields are left as they are.
struct FlagPatch
{
    qint64 flagId = 0;
    std::optional<ReviewStatus> status;
    std::optional<Severity> severity;
    std::optional<QString> typeKey;
    std::optional<QString> summary;
    std::optional<QString> notes;
    /// Appended to the notes as a new paragraph when applied (the applied
    /// patch and the audit log then carry the resulting notes).
    std::optional<QString> appendNote;
    std::optional<bool> changedSinceReview;

    bool isEmpty() const
    {
        return !status && !severity && !typeKey && !summary && !notes && !appendNote &&
               !changedSinceReview;
    }
};

/// One analyst decision over one or more flags, as data. Applying it (see
/// ReviewService::apply) changes the flags in one transaction, writes one
/// audit entry per flag, and yields the inverse decision that undoes it.
struct ReviewDecision
{
    /// "confirm", "reject", "reopen", "change_severity", "change_type",
    /// "edit_summary", "edit_notes", "add_note"; inverses are "undo:<action>".
    QString action;
    QList<FlagPatch> patches;
    QString reason;

    bool isEmpty() const { return patches.isEmpty(); }

    // Builders for the decisions of the review workflow; each marks the flags
    // reviewed where it settles them (confirm and reject clear "changed since
    // last review").
    static ReviewDecision confirm(const QList<qint64> &flagIds, const QString &reason = {});
    static ReviewDecision reject(const QList<qint64> &flagIds, const QString &reason = {});
    static ReviewDecision reopen(const QList<qint64> &flagIds, const QString &reason = {});
    static ReviewDecision changeSeverity(const QList<qint64> &flagIds, Severity severity,
                                         const QString &reason = {});
    static ReviewDecision changeType(const QList<qint64> &flagIds, const QString &typeKey,
                                     const QString &reason = {});
    static ReviewDecision editSummary(const QList<qint64> &flagIds, const QString &summary,
                                      const QString &reason = {});
    static ReviewDecision setNotes(const QList<qint64> &flagIds, const QString &notes,
                                   const QString &reason = {});
    static ReviewDecision addNote(const QList<qint64> &flagIds, const QString &note,
                                  const QString &reason = {});
};

} // namespace cw
