#pragma once

#include "services/ReviewService.h"

#include <QUndoCommand>

#include <functional>

namespace cw::ui {

/// One review decision on the undo stack. redo() applies the decision, undo()
/// its inverse (both computed by ReviewService at the time they run, so undo
/// restores exactly what the decision changed).
///
/// A decision that fails or changes nothing makes the command obsolete, so
/// QUndoStack drops it instead of keeping an entry that does nothing.
class ReviewCommand : public QUndoCommand
{
public:
    using Apply = std::function<Result<ReviewOutcome>(const ReviewDecision &)>;
    /// Called after every redo/undo with the flags it changed (empty on
    /// failure, with the error message) and whether it was an undo.
    using Done = std::function<void(const QList<qint64> &flags, bool undo, const QString &error)>;

    ReviewCommand(ReviewDecision decision, Apply apply, Done done, const QString &text);

    void redo() override;
    void undo() override;

private:
    void run(const ReviewDecision &decision, bool isUndo);

    ReviewDecision m_forward;
    ReviewDecision m_backward;
    Apply m_apply;
    Done m_done;
};

} // namespace cw::ui
