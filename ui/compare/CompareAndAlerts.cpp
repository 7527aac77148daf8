#include "compare/CompareAndAlerts.h"

#include "MainWindow.h"
#include "alerts/AlertNotifier.h"
#include "alerts/AlertsView.h"
#include "alerts/WatchlistPanel.h"
#include "archive/AlertRepository.h"
#include "archive/Database.h"
#include "compare/CompareWindow.h"
#include "import/ImportController.h"

#include <QAction>
#include <QDockWidget>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>

namespace cw::ui {

CompareAndAlerts::CompareAndAlerts(MainWindow *window, const Database &db, Dialogs &dialogs)
    : QObject(window), m_window(window), m_db(db), m_dialogs(dialogs)
{
    m_lastAlertId = AlertRepository(db).latestId().valueOr(0);

    m_dock = new QDockWidget(tr("Alerts and watchlist"), window);
    m_dock->setObjectName(QStringLiteral("alertsDock"));
    m_tabs = new QTabWidget(m_dock);
    m_alerts = new AlertsView(db, m_tabs);
    m_watchlist = new WatchlistPanel(db, m_tabs);
    m_tabs->addTab(m_alerts, tr("Alerts"));
    m_tabs->addTab(m_watchlist, tr("Watchlist"));
    m_dock->setWidget(m_tabs);
    // Created after the window restored its layout: the saved place if there
    // is one, else the right-hand side, hidden until asked for.
    if (!window->restoreDockWidget(m_dock)) {
        window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
        m_dock->hide();
    }
    // Wide enough for the summaries the first time it opens.
    connect(m_dock, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && !m_dockSized) {
            m_dockSized = true;
            // After the dock is laid out: resizing it before has no effect.
            QTimer::singleShot(0, this, [this] {
                m_window->resizeDocks({m_dock}, {std::max(560, m_window->width() * 45 / 100)},
                                      Qt::Horizontal);
            });
        }
    });
    m_notifier = new AlertNotifier(this);

    // The menu goes before Help when there is one.
    m_menu = new QMenu(tr("&Compare"), window);
    QMenu *menu = m_menu;
    m_compareAction = menu->addAction(tr("Compare &Clause Types…"));
    m_compareAction->setShortcut(QKeySequence(tr("Ctrl+T")));
    QAction *dockAction = m_dock->toggleViewAction();
    dockAction->setText(tr("&Alerts and Watchlist"));
    dockAction->setShortcut(QKeySequence(tr("Ctrl+Shift+A")));
    menu->addAction(dockAction);
    QAction *check = menu->addAction(tr("Check &Watched Documents Now"));
    QAction *help = nullptr;
    for (QAction *a : window->menuBar()->actions())
        if (a->menu() && a->text().remove(QLatin1Char('&')) == tr("Help"))
            help = a;
    if (help)
        window->menuBar()->insertMenu(help, menu);
    else
        window->menuBar()->addMenu(menu);

    m_unread = new QToolButton(window);
    m_unread->setObjectName(QStringLiteral("unreadAlerts"));
    m_unread->setAutoRaise(true);
    m_unread->setToolTip(tr("Show the alerts"));
    window->statusBar()->addPermanentWidget(m_unread);

    connect(m_compareAction, &QAction::triggered, this, [this] { openCompare(); });
    connect(check, &QAction::triggered, this, [this] {
        m_dock->show();
        m_tabs->setCurrentWidget(m_watchlist);
        if (!m_watchlist->checkNow())
            m_window->statusBar()->showMessage(
                tr("Nothing to check: watch a platform, a document or a clause type first."), 8000);
    });
    connect(m_unread, &QToolButton::clicked, this, [this] {
        m_dock->show();
        m_tabs->setCurrentWidget(m_alerts);
    });
    connect(m_notifier, &AlertNotifier::activated, this, [this] {
        m_window->raise();
        m_window->activateWindow();
        m_dock->show();
        m_tabs->setCurrentWidget(m_alerts);
    });
    connect(m_alerts, &AlertsView::unreadCountChanged, this, [this](int n) {
        m_unread->setText(n == 0   ? tr("No unread alerts")
                          : n == 1 ? tr("1 unread alert")
                                   : tr("%1 unread alerts").arg(n));
        QFont f = m_unread->font();
        f.setBold(n > 0);
        m_unread->setFont(f);
    });
    connect(m_alerts, &AlertsView::openDiffRequested, this, &CompareAndAlerts::openDiffRequested);
    connect(m_watchlist, &WatchlistPanel::checked, this, [this] { refresh(); });
    connect(window->importController(), &ImportController::imported, this, [this] { refresh(); });
    connect(window, &MainWindow::demoBuilt, this, [this] { refresh(); });
    refresh();
}

CompareAndAlerts::~CompareAndAlerts()
{
    delete m_compare.data();
    delete m_menu; // removes its menu-bar entry
    delete m_unread;
    delete m_dock;
}

CompareWindow *CompareAndAlerts::openCompare()
{
    if (!m_compare) {
        m_compare = new CompareWindow(m_db, m_dialogs, m_window);
        m_compare->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_compare->show();
    m_compare->raise();
    m_compare->activateWindow();
    return m_compare;
}

CompareWindow *CompareAndAlerts::compareWindow() const
{
    return m_compare.data();
}

void CompareAndAlerts::refresh()
{
    (void)m_alerts->reload();
    (void)m_watchlist->reload();
    if (m_compare)
        m_compare->reload();
    notifyNew();
}

void CompareAndAlerts::notifyNew()
{
    auto rows = AlertRepository(m_db).rows();
    if (!rows)
        return;
    QList<AlertRow> fresh;
    qint64 newest = m_lastAlertId;
    for (const AlertRow &r : *rows) {
        if (r.alert.id > m_lastAlertId && !r.alert.read)
            fresh.append(r);
        newest = std::max(newest, r.alert.id);
    }
    m_lastAlertId = newest;
    if (!fresh.isEmpty())
        m_notifier->notify(fresh);
}

} // namespace cw::ui
