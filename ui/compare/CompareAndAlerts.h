#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QDockWidget;
class QMenu;
class QTabWidget;
class QToolButton;

namespace cw {
class Database;
}

namespace cw::ui {

class AlertNotifier;
class AlertsView;
class CompareWindow;
class Dialogs;
class MainWindow;
class WatchlistPanel;

/// Comparison and change tracking, installed into the main window with one
/// line there: a "Compare" menu (the comparison window, the alerts dock, check
/// the watchlist now), the alerts dock (alerts and watchlist tabs, hidden until
/// asked for), a status-bar button with the unread count, and tray
/// notifications of alerts that arrive while the app runs (after an import,
/// the demo build or a check).
class CompareAndAlerts : public QObject
{
    Q_OBJECT

public:
    CompareAndAlerts(MainWindow *window, const Database &db, Dialogs &dialogs);
    /// Takes its menu, dock, status-bar button and comparison window out of
    /// the main window (they read through `db`, which may close next).
    ~CompareAndAlerts() override;

    /// Re-reads alerts (notifying new ones), the watchlist and an open
    /// comparison window.
    void refresh();
    /// Opens (creating on first use) the comparison window.
    CompareWindow *openCompare();
    /// The comparison window when open, else nullptr.
    CompareWindow *compareWindow() const;
    QDockWidget *alertsDock() const { return m_dock; }
    AlertsView *alerts() const { return m_alerts; }
    WatchlistPanel *watchlist() const { return m_watchlist; }
    AlertNotifier *notifier() const { return m_notifier; }
    QToolButton *unreadButton() const { return m_unread; }
    QAction *compareAction() const { return m_compareAction; }

Q_SIGNALS:
    /// An alert was opened: show the redline of these versions at the first
    /// change (the diff view connects here).
    void openDiffRequested(qint64 fromVersionId, qint64 toVersionId, int firstChangeOffset);

private:
    void notifyNew();

    MainWindow *m_window;
    const Database &m_db;
    Dialogs &m_dialogs;
    QPointer<CompareWindow> m_compare;
    QDockWidget *m_dock = nullptr;
    QMenu *m_menu = nullptr;
    QTabWidget *m_tabs = nullptr;
    AlertsView *m_alerts = nullptr;
    WatchlistPanel *m_watchlist = nullptr;
    AlertNotifier *m_notifier = nullptr;
    QToolButton *m_unread = nullptr;
    QAction *m_compareAction = nullptr;
    qint64 m_lastAlertId = 0;
    bool m_dockSized = false;
};

} // namespace cw::ui
