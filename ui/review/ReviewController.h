#pragma once

#include "model/Severity.h"
#include "services/ReviewDecision.h"

#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QTableView;
class QUndoStack;
class QWidget;

namespace cw {
class Database;
}

namespace cw::ui {

class Dialogs;
class FlagTableModel;

/// The review workflow on the flagged-clauses table: one key per decision
/// (C confirm, R reject, U reopen, E edit, 1/2/3 severity, J/K next and
/// previous), each applied to every selected row, with undo and redo.
///
/// Decisions go through ReviewService inside ReviewCommands on a QUndoStack.
/// Confirm and reject on a single row move on to the next row, so that a
/// list can be worked through with the keyboard alone.
class ReviewController : public QObject
{
    Q_OBJECT

public:
    ReviewController(QTableView *view, FlagTableModel *model, Dialogs &dialogs, QWidget *window);

    /// The archive to write to and who decides. Clears the undo history.
    void setDatabase(const Database *db, const QString &actor);
    void setActor(const QString &actor) { m_actor = actor; }

    QUndoStack *undoStack() const { return m_undo; }
    QAction *confirmAction() const { return m_confirm; }
    QAction *rejectAction() const { return m_reject; }
    QAction *reopenAction() const { return m_reopen; }
    QAction *editAction() const { return m_edit; }
    QAction *nextAction() const { return m_next; }
    QAction *previousAction() const { return m_previous; }
    QAction *severityAction(Severity s) const;
    QAction *undoAction() const { return m_undoAction; }
    QAction *redoAction() const { return m_redoAction; }
    QList<QAction *> reviewActions() const;

    /// Flag ids of the selected rows, in row order.
    QList<qint64> selectedFlagIds() const;
    /// Pushes a decision onto the undo stack (which applies it). False when
    /// it failed or changed nothing.
    bool decide(const ReviewDecision &decision, const QString &undoText);

    void next();
    void previous();
    void confirm();
    void reject();
    void reopen();
    void setSeverity(Severity s);
    void edit();

Q_SIGNALS:
    /// After a decision, undo or redo: the flags whose fields changed.
    void flagsChanged(const QList<qint64> &flagIds);
    /// A decision failed; the message is for people.
    void failed(const QString &message);

private:
    QAction *makeAction(const QString &text, const QKeySequence &key, const QString &tip);
    void updateEnabled();
    void selectRow(int row);
    QString describe(const QString &verb, const QList<qint64> &ids) const;

    QTableView *m_view;
    FlagTableModel *m_model;
    Dialogs &m_dialogs;
    QWidget *m_window;
    const Database *m_db = nullptr;
    QString m_actor;
    QUndoStack *m_undo;
    QAction *m_confirm;
    QAction *m_reject;
    QAction *m_reopen;
    QAction *m_edit;
    QAction *m_next;
    QAction *m_previous;
    QAction *m_high;
    QAction *m_medium;
    QAction *m_low;
    QAction *m_undoAction;
    QAction *m_redoAction;
    bool m_lastOk = false;
    bool m_pushing = false; ///< inside push(): the first redo of a new decision
};

} // namespace cw::ui
