#include "review/ReviewCommand.h"

namespace cw::ui {

ReviewCommand::ReviewCommand(ReviewDecision decision, Apply apply, Done done, const QString &text)
    : QUndoCommand(text), m_forward(std::move(decision)), m_apply(std::move(apply)),
      m_done(std::move(done))
{
}

void ReviewCommand::redo()
{
    run(m_forward, false);
}

void ReviewCommand::undo()
{
    run(m_backward, true);
}

void ReviewCommand::run(const ReviewDecision &decision, bool isUndo)
{
    auto outcome = m_apply(decision);
    if (!outcome) {
        setObsolete(true);
        m_done({}, isUndo, outcome.error().toString());
        return;
    }
    if (!isUndo && outcome->applied.isEmpty() && m_backward.isEmpty()) {
        setObsolete(true); // nothing changed: not worth an undo entry
        m_done({}, false, {});
        return;
    }
    // The inverse of what just ran is what the opposite step must apply.
    if (isUndo)
        m_forward = outcome->inverse;
    else
        m_backward = outcome->inverse;
    QList<qint64> ids;
    for (const FlagPatch &p : outcome->applied.patches)
        ids << p.flagId;
    m_done(ids, isUndo, {});
}

} // namespace cw::ui
