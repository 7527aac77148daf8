#include "MainMenus.h"

#include "review/ReviewController.h"
#include "settings/RecentArchivesMenu.h"

#include <QAction>
#include <QDockWidget>
#include <QMainWindow>
#include <QMenuBar>

namespace cw::ui {

MainMenus::MainMenus(QMainWindow *window, ReviewController *review, AppSettings *settings,
                     const QStringList &viewNames)
    : QObject(window)
{
    const auto add = [this](QMenu *menu, const QString &text, const QList<QKeySequence> &keys,
                            void (MainMenus::*signal)()) {
        QAction *a = menu->addAction(text);
        a->setShortcuts(keys);
        connect(a, &QAction::triggered, this, signal);
        return a;
    };
    QMenuBar *bar = window->menuBar();
    QMenu *file = bar->addMenu(tr("&File"));
    add(file, tr("&Open Archive…"), {QKeySequence::Open}, &MainMenus::openArchiveRequested);
    m_recent = new RecentArchivesMenu(settings, tr("Open &Recent"), window);
    file->addMenu(m_recent);
    file->addSeparator();
    add(file, tr("&Import…"), {QKeySequence(tr("Ctrl+I"))}, &MainMenus::importRequested);
    add(file, tr("New &Memo…"), {QKeySequence(tr("Ctrl+M"))}, &MainMenus::memoRequested);
    add(file, tr("&Compare Versions…"), {QKeySequence(tr("Ctrl+D"))},
        &MainMenus::compareVersionsRequested);
    add(file, tr("Build &Demo Archive"), {}, &MainMenus::demoRequested);
    file->addSeparator();
    QAction *prefs = add(file, tr("&Settings…"), {QKeySequence::Preferences}, &MainMenus::settingsRequested);
    prefs->setObjectName(QStringLiteral("settingsAction"));
    prefs->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, window, &QWidget::close);

    QMenu *edit = bar->addMenu(tr("&Edit"));
    edit->addAction(review->undoAction());
    edit->addAction(review->redoAction());
    edit->addSeparator();
    add(edit, tr("&Search Everywhere…"), {QKeySequence(tr("Ctrl+K")), QKeySequence::Find},
        &MainMenus::searchRequested);
    add(edit, tr("Copy &Citation"), {QKeySequence(tr("Ctrl+Shift+C"))}, &MainMenus::copyCitationRequested);

    QMenu *decide = bar->addMenu(tr("&Review"));
    for (QAction *a : review->reviewActions()) {
        decide->addAction(a);
        window->addAction(a); // window-wide keys even when the menu bar is hidden
        if (a == review->previousAction() || a == review->editAction())
            decide->addSeparator();
    }

    QMenu *view = bar->addMenu(tr("&View"));
    for (int i = 0; i < viewNames.size(); ++i) {
        QAction *a = view->addAction(viewNames.at(i));
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { Q_EMIT viewRequested(i); });
    }
    view->addSeparator();
    for (QDockWidget *dock : window->findChildren<QDockWidget *>())
        view->addAction(dock->toggleViewAction());

    QMenu *help = bar->addMenu(tr("&Help"));
    add(help, tr("&Keyboard Shortcuts"), {}, &MainMenus::shortcutsRequested);
    add(help, tr("&About Clausewatch"), {}, &MainMenus::aboutRequested)->setMenuRole(QAction::AboutRole);
}

} // namespace cw::ui
