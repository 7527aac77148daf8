#pragma once

#include "util/Result.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;

namespace cw {
class Database;
struct SearchHit;
}

namespace cw::ui {

class AppSettings;
class AuditPanel;
class ClauseDetailPanel;
class CompareAndAlerts;
class DemoBuilder;
class MainMenus;
class RecentArchivesMenu;
class Dialogs;
class DiffWindow;
class DocumentPanel;
class DocumentReader;
class FlagTablePanel;
class ImportController;
class PlatformPanel;
class ReviewController;
class SearchPopup;

/// The main window: thin — docks, menus and wiring; the features live in
/// browse/, review/, detail/, reader/, search/ and settings/. Owns the GUI
/// thread's archive connection; panels read through it and never keep it
/// past setDatabase().
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// The central views, in tab order.
    enum class View { Flags, Reader, Audit };

    MainWindow(std::unique_ptr<Database> db, Dialogs &dialogs, QWidget *parent = nullptr);
    /// `settings` (may be null: nothing persists) keeps layout, last archive,
    /// last selection, recent archives, saved filters and preferences.
    MainWindow(std::unique_ptr<Database> db, Dialogs &dialogs, AppSettings *settings,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    const Database &database() const { return *m_db; }
    QTableView *platformView() const;
    QTableView *documentView() const;
    QLineEdit *platformFilter() const;
    PlatformPanel *platformPanel() const { return m_platforms; }
    DocumentPanel *documentPanel() const { return m_documents; }
    FlagTablePanel *flagPanel() const { return m_flags; }
    ClauseDetailPanel *detailPanel() const { return m_detail; }
    DocumentReader *reader() const { return m_reader; }
    AuditPanel *auditPanel() const { return m_audit; }
    SearchPopup *searchPopup() const { return m_search; }
    ReviewController *review() const { return m_review; }
    ImportController *importController() const { return m_import; }
    /// Compare menu, alerts dock and watchlist (rebuilt when the archive changes).
    CompareAndAlerts *compareAndAlerts() const { return m_compareAlerts; }

    /// Selects a platform by name; false when there is none.
    bool selectPlatform(const QString &name);
    /// Shows a flag wherever it is: its platform, the table (filters are
    /// cleared when they hide it) and the detail. False when it does not exist.
    bool goToFlag(qint64 flagId);
    /// Opens the reader at a clause of a version.
    void openInReader(qint64 versionId, qint64 clauseId = 0);
    void showView(View view);
    View currentView() const;
    /// Opens another archive in this window; false (with a message) when it
    /// cannot be opened, the current one staying open.
    bool openArchive(const QString &path);
    /// Global search (Ctrl+K).
    void openSearch(const QString &text = {});
    /// Builds the demo into this archive off the GUI thread; emits demoBuilt.
    void buildDemo();
    /// On an empty archive, asks whether to build the demo.
    void offerDemoIfEmpty();
    /// A widget to grab for `--screenshot --panel NAME`: platforms,
    /// documents, flags, detail, reader, audit, search; null when unknown.
    QWidget *panel(const QString &name) const;

public Q_SLOTS:
    /// Opens the redline of two versions (old first) in a window of its own.
    void openDiff(qint64 oldVersionId, qint64 newVersionId);

Q_SIGNALS:
    void demoBuilt(bool ok);
    /// Emitted by openDiff before its window opens.
    void diffRequested(qint64 oldVersionId, qint64 newVersionId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createPanels();
    void createActions();
    void connectPanels();
    void setDatabase(std::unique_ptr<Database> db);
    DiffWindow *showDiff(qint64 oldVersionId, qint64 newVersionId);
    void newMemo();
    void reloadAll();
    void onPlatformChanged(qint64 platformId, const QString &name);
    void onFlagChanged(qint64 flagId);
    void goToHit(const SearchHit &hit);
    void openImport(const QString &prefill = {});
    void openSettings();
    void saveState();
    void restoreSelection();
    void showError(const Error &error);
    QDockWidget *addDock(QWidget *widget, const QString &title, const QString &name,
                         Qt::DockWidgetArea area);

    std::unique_ptr<Database> m_db;
    Dialogs &m_dialogs;
    AppSettings *m_settings;
    PlatformPanel *m_platforms = nullptr;
    DocumentPanel *m_documents = nullptr;
    FlagTablePanel *m_flags = nullptr;
    ClauseDetailPanel *m_detail = nullptr;
    DocumentReader *m_reader = nullptr;
    AuditPanel *m_audit = nullptr;
    SearchPopup *m_search = nullptr;
    ReviewController *m_review = nullptr;
    ImportController *m_import = nullptr;
    CompareAndAlerts *m_compareAlerts = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecentArchivesMenu *m_recent = nullptr;
    DemoBuilder *m_demo = nullptr;
    MainMenus *m_menus = nullptr;
    bool m_layoutRestored = false; ///< a saved layout was applied (else defaults on first show)
};

} // namespace cw::ui
