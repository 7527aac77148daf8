#include "review/ReviewController.h"

#include "archive/FacetRepository.h"
#include "archive/FlagRepository.h"
#include "dialogs/Dialogs.h"
#include "models/FlagTableModel.h"
#include "models/SeverityStyle.h"
#include "review/FlagEditDialog.h"
#include "review/ReviewCommand.h"
#include "services/ReviewService.h"

#include <QAction>
#include <QItemSelectionModel>
#include <QTableView>
#include <QUndoStack>

namespace cw::ui {

ReviewController::ReviewController(QTableView *view, FlagTableModel *model, Dialogs &dialogs,
                                   QWidget *window)
    : QObject(window), m_view(view), m_model(model), m_dialogs(dialogs), m_window(window),
      m_undo(new QUndoStack(this))
{
    m_next = makeAction(tr("&Next Clause"), QKeySequence(Qt::Key_J), tr("Go to the next flagged clause (J)"));
    m_previous = makeAction(tr("&Previous Clause"), QKeySequence(Qt::Key_K),
                            tr("Go to the previous flagged clause (K)"));
    m_confirm = makeAction(tr("&Confirm"), QKeySequence(Qt::Key_C),
                           tr("Confirm the selected flags: the clause is what the flag says (C)"));
    m_reject = makeAction(tr("&Reject"), QKeySequence(Qt::Key_R),
                          tr("Reject the selected flags: the flag is wrong (R)"));
    m_reopen = makeAction(tr("Re&open"), QKeySequence(Qt::Key_U),
                          tr("Return the selected flags to review (U)"));
    m_edit = makeAction(tr("&Edit…"), QKeySequence(Qt::Key_E),
                        tr("Change type, severity or summary, or add a note (E)"));
    m_high = makeAction(tr("Severity &High"), QKeySequence(Qt::Key_1), tr("Set severity to High (1)"));
    m_medium = makeAction(tr("Severity &Medium"), QKeySequence(Qt::Key_2), tr("Set severity to Medium (2)"));
    m_low = makeAction(tr("Severity &Low"), QKeySequence(Qt::Key_3), tr("Set severity to Low (3)"));
    m_undoAction = m_undo->createUndoAction(this, tr("&Undo"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_undo->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z and Ctrl+Y everywhere, whatever the platform theme says.
    QList<QKeySequence> redo = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &k : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)})
        if (!redo.contains(k))
            redo << k;
    m_redoAction->setShortcuts(redo);

    connect(m_next, &QAction::triggered, this, &ReviewController::next);
    connect(m_previous, &QAction::triggered, this, &ReviewController::previous);
    connect(m_confirm, &QAction::triggered, this, &ReviewController::confirm);
    connect(m_reject, &QAction::triggered, this, &ReviewController::reject);
    connect(m_reopen, &QAction::triggered, this, &ReviewController::reopen);
    connect(m_edit, &QAction::triggered, this, &ReviewController::edit);
    connect(m_high, &QAction::triggered, this, [this] { setSeverity(Severity::High); });
    connect(m_medium, &QAction::triggered, this, [this] { setSeverity(Severity::Medium); });
    connect(m_low, &QAction::triggered, this, [this] { setSeverity(Severity::Low); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ReviewController::updateEnabled);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ReviewController::updateEnabled);
    updateEnabled();
}

QAction *ReviewController::makeAction(const QString &text, const QKeySequence &key, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setShortcut(key);
    // Window-wide single keys: text fields take their keys first (Qt's
    // shortcut override), so typing a "c" in a search box never confirms.
    a->setShortcutContext(Qt::WindowShortcut);
    a->setToolTip(tip);
    a->setStatusTip(tip);
    return a;
}

QAction *ReviewController::severityAction(Severity s) const
{
    return s == Severity::High ? m_high : s == Severity::Medium ? m_medium : m_low;
}

QList<QAction *> ReviewController::reviewActions() const
{
    return {m_next, m_previous, m_confirm, m_reject, m_reopen, m_edit, m_high, m_medium, m_low};
}

void ReviewController::setDatabase(const Database *db, const QString &actor)
{
    m_db = db;
    m_actor = actor;
    m_undo->clear();
    updateEnabled();
}

void ReviewController::updateEnabled()
{
    const bool any = m_db && !selectedFlagIds().isEmpty();
    for (QAction *a : {m_confirm, m_reject, m_reopen, m_edit, m_high, m_medium, m_low})
        a->setEnabled(any);
    m_next->setEnabled(m_model->rowCount() > 0);
    m_previous->setEnabled(m_model->rowCount() > 0);
}

QList<qint64> ReviewController::selectedFlagIds() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_view->selectionModel()->selectedRows())
        rows << i.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int r : rows)
        if (const qint64 id = m_model->flagId(r))
            ids << id;
    return ids;
}

QString ReviewController::describe(const QString &verb, const QList<qint64> &ids) const
{
    return ids.size() == 1 ? QStringLiteral("%1 %2").arg(verb, recordId(RecordKind::Provision, ids.first()))
                           : tr("%1 %n flags", nullptr, int(ids.size())).arg(verb);
}

bool ReviewController::decide(const ReviewDecision &decision, const QString &undoText)
{
    if (!m_db || decision.isEmpty())
        return false;
    const Database *db = m_db;
    const QString actor = m_actor;
    auto apply = [db, actor](const ReviewDecision &d) { return ReviewService(*db, actor).apply(d); };
    m_lastOk = false;
    auto done = [this](const QList<qint64> &ids, bool, const QString &error) {
        if (!error.isEmpty()) {
            Q_EMIT failed(error);
            return;
        }
        m_lastOk = !ids.isEmpty();
        if (ids.isEmpty())
            return;
        if (auto s = m_model->refreshFlags(ids); !s)
            Q_EMIT failed(s.error().toString());
        if (!m_pushing) {
            // Undo/redo: show the flags it touched.
            if (const int row = m_model->rowOfFlag(ids.first()); row >= 0)
                selectRow(row);
        }
        Q_EMIT flagsChanged(ids);
    };
    m_pushing = true;
    m_undo->push(new ReviewCommand(decision, apply, done, undoText));
    m_pushing = false;
    return m_lastOk;
}

void ReviewController::selectRow(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex idx = m_model->index(row, m_view->currentIndex().isValid()
                                                    ? m_view->currentIndex().column()
                                                    : 0);
    m_view->selectionModel()->setCurrentIndex(
        idx, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_view->scrollTo(idx);
}

void ReviewController::next()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() + 1 : 0;
    if (row >= m_model->rowCount() && m_model->canFetchMore({}))
        m_model->fetchMore({});
    selectRow(std::min(row, m_model->rowCount() - 1));
}

void ReviewController::previous()
{
    const int row = m_view->currentIndex().isValid() ? m_view->currentIndex().row() - 1 : 0;
    selectRow(std::max(row, 0));
}

void ReviewController::confirm()
{
    const QList<qint64> ids = selectedFlagIds();
    if (decide(ReviewDecision::confirm(ids), describe(tr("Confirm"), ids)) && ids.size() == 1)
        next();
}

void ReviewController::reject()
{
    const QList<qint64> ids = selectedFlagIds();
    if (decide(ReviewDecision::reject(ids), describe(tr("Reject"), ids)) && ids.size() == 1)
        next();
}

void ReviewController::reopen()
{
    const QList<qint64> ids = selectedFlagIds();
    decide(ReviewDecision::reopen(ids), describe(tr("Reopen"), ids));
}

void ReviewController::setSeverity(Severity s)
{
    const QList<qint64> ids = selectedFlagIds();
    decide(ReviewDecision::changeSeverity(ids, s),
           describe(tr("Set %1 on").arg(SeverityStyle::word(s)), ids));
}

void ReviewController::edit()
{
    const QList<qint64> ids = selectedFlagIds();
    if (!m_db || ids.isEmpty())
        return;
    auto types = FacetRepository(*m_db).clauseTypes();
    if (!types) {
        Q_EMIT failed(types.error().toString());
        return;
    }
    std::optional<Flag> current;
    if (ids.size() == 1) {
        auto f = FlagRepository(*m_db).get(ids.first());
        if (f.ok() && f->has_value())
            current = **f;
    }
    FlagEditDialog dialog(*types, ids, current, m_window);
    if (m_dialogs.runDialog(&dialog) != QDialog::Accepted)
        return;
    decide(dialog.decision(), describe(tr("Edit"), ids));
}

} // namespace cw::ui
