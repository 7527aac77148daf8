#include "MainWindow.h"

#include "MainMenus.h"
#include "archive/Database.h"
#include "archive/FlagRepository.h"
#include "archive/SearchRepository.h"
#include "browse/DocumentPanel.h"
#include "browse/PlatformPanel.h"
#include "compare/CompareAndAlerts.h"
#include "detail/ClauseDetailPanel.h"
#include "dialogs/Dialogs.h"
#include "diff/DiffWindow.h"
#include "diff/VersionPickerDialog.h"
#include "dialogs/HelpTexts.h"
#include "import/DemoBuilder.h"
#include "models/FlagTableModel.h"
#include "import/ImportController.h"
#include "reader/DocumentReader.h"
#include "review/AuditPanel.h"
#include "review/FlagTablePanel.h"
#include "review/ReviewController.h"
#include "search/SearchPopup.h"
#include "memo/MemoComposerDialog.h"
#include "settings/AppSettings.h"
#include "settings/RecentArchivesMenu.h"
#include "settings/Appearance.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLineEdit>
#include <QMimeData>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoStack>

namespace cw::ui {

MainWindow::MainWindow(std::unique_ptr<Database> db, Dialogs &dialogs, QWidget *parent)
    : MainWindow(std::move(db), dialogs, nullptr, parent)
{
}

MainWindow::MainWindow(std::unique_ptr<Database> db, Dialogs &dialogs, AppSettings *settings,
                       QWidget *parent)
    : QMainWindow(parent), m_dialogs(dialogs), m_settings(settings)
{
    resize(1680, 1000);
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowNestedDocks);
    createPanels();
    createActions();
    connectPanels();
    setAcceptDrops(true);
    if (m_settings) {
        restoreGeometry(m_settings->windowGeometry());
        m_layoutRestored = restoreState(m_settings->windowState());
    }
    setDatabase(std::move(db));
}

MainWindow::~MainWindow()
{
    // Compare and alerts read through the connection: gone before it closes.
    delete m_compareAlerts;
}

QDockWidget *MainWindow::addDock(QWidget *widget, const QString &title, const QString &name,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(name); // saveState() keys
    dock->setWidget(widget);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable |
                      QDockWidget::DockWidgetClosable);
    addDockWidget(area, dock);
    return dock;
}

void MainWindow::createPanels()
{
    m_platforms = new PlatformPanel(this);
    m_documents = new DocumentPanel(this);
    m_flags = new FlagTablePanel(m_settings, m_dialogs, this);
    m_detail = new ClauseDetailPanel(this);
    m_reader = new DocumentReader(this);
    m_audit = new AuditPanel(this);
    m_search = new SearchPopup(m_settings, m_dialogs, this);
    m_review = new ReviewController(m_flags->view(), m_flags->model(), m_dialogs, this);
    m_demo = new DemoBuilder(this);
    connect(m_demo, &DemoBuilder::finished, this, [this](bool ok, const Error &error) {
        if (!ok)
            showError(error);
        reloadAll();
        Q_EMIT demoBuilt(ok);
    });
    m_flags->addReviewActions({m_review->confirmAction(), m_review->rejectAction(),
                               m_review->reopenAction(), m_review->editAction(),
                               m_review->severityAction(Severity::High),
                               m_review->severityAction(Severity::Medium),
                               m_review->severityAction(Severity::Low)});

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_flags, tr("Flagged clauses"));
    m_tabs->addTab(m_reader, tr("Document reader"));
    m_tabs->addTab(m_audit, tr("Audit log"));
    setCentralWidget(m_tabs);

    QDockWidget *platforms = addDock(m_platforms, tr("Platforms"), QStringLiteral("platformsDock"),
                                     Qt::LeftDockWidgetArea);
    QDockWidget *documents = addDock(m_documents, tr("Documents and versions"),
                                     QStringLiteral("documentsDock"), Qt::LeftDockWidgetArea);
    addDock(m_detail, tr("Clause detail"), QStringLiteral("detailDock"), Qt::RightDockWidgetArea);
    splitDockWidget(platforms, documents, Qt::Vertical);
}

void MainWindow::createActions()
{
    m_menus = new MainMenus(this, m_review, m_settings,
                            {tr("&Flagged Clauses"), tr("Document &Reader"), tr("&Audit Log")});
    m_recent = m_menus->recent();
    connect(m_recent, &RecentArchivesMenu::openRequested, this, &MainWindow::openArchive);
    connect(m_menus, &MainMenus::openArchiveRequested, this, [this] {
        const QString path = m_dialogs.openFile(this, tr("Open Archive"),
                                                tr("Clausewatch archives (*.cwa);;All files (*)"));
        if (!path.isEmpty())
            openArchive(path);
    });
    connect(m_menus, &MainMenus::importRequested, this, [this] { openImport(); });
    connect(m_menus, &MainMenus::demoRequested, this, &MainWindow::buildDemo);
    connect(m_menus, &MainMenus::settingsRequested, this, &MainWindow::openSettings);
    connect(m_menus, &MainMenus::searchRequested, this, [this] { openSearch(); });
    connect(m_menus, &MainMenus::copyCitationRequested, m_detail, &ClauseDetailPanel::copyCitation);
    connect(m_menus, &MainMenus::viewRequested, this, [this](int i) { showView(View(i)); });
    connect(m_menus, &MainMenus::shortcutsRequested, this, [this] {
        m_dialogs.information(this, tr("Keyboard Shortcuts"), HelpTexts::shortcuts());
    });
    connect(m_menus, &MainMenus::aboutRequested, this, [this] {
        m_dialogs.information(this, tr("About Clausewatch"), HelpTexts::about());
    });
    connect(m_menus, &MainMenus::memoRequested, this, &MainWindow::newMemo);
    connect(m_menus, &MainMenus::compareVersionsRequested, this, [this] {
        const qint64 doc = m_documents->currentDocumentId();
        if (!VersionPickerDialog::openFor(this, *m_db, doc, [this](qint64 a, qint64 b) { openDiff(a, b); }))
            statusBar()->showMessage(tr("Select a document with at least two versions to compare."), 8000);
    });
}

void MainWindow::connectPanels()
{
    connect(m_platforms, &PlatformPanel::currentPlatformChanged, this, &MainWindow::onPlatformChanged);
    connect(m_flags, &FlagTablePanel::currentFlagChanged, this, &MainWindow::onFlagChanged);
    connect(m_detail, &ClauseDetailPanel::navigateToFlag, this, &MainWindow::goToFlag);
    connect(m_detail, &ClauseDetailPanel::showInDocument, this, &MainWindow::openInReader);
    connect(m_detail, &ClauseDetailPanel::citationCopied, this, [this] {
        statusBar()->showMessage(tr("Citation copied to the clipboard."), 5000);
    });
    connect(m_documents, &DocumentPanel::compareRequested, this, &MainWindow::openDiff);
    connect(m_documents, &DocumentPanel::readRequested, this, [this](qint64 v) { openInReader(v); });
    connect(m_reader, &DocumentReader::flagActivated, this, &MainWindow::goToFlag);
    // Panels that load on their own (lazy pages, a picked version) report here.
    const auto report = [this](const QString &message) { showError(makeError({}, message)); };
    connect(m_flags->model(), &FlagTableModel::loadFailed, this, report);
    connect(m_reader, &DocumentReader::loadFailed, this, report);
    connect(m_documents, &DocumentPanel::loadFailed, this, report);
    connect(m_search, &SearchPopup::hitActivated, this, &MainWindow::goToHit);
    connect(m_review, &ReviewController::flagsChanged, this, [this](const QList<qint64> &ids) {
        if (ids.contains(m_detail->flagId()))
            m_detail->showFlag(m_detail->flagId());
        if (m_db) // counts by severity and to review
            if (auto s = m_platforms->reload(*m_db); !s)
                showError(s.error());
        m_audit->reload();
        statusBar()->showMessage(m_review->undoStack()->undoText(), 4000);
    });
    connect(m_review, &ReviewController::failed, this,
            [this](const QString &message) { showError(makeError({}, message)); });
}

void MainWindow::setDatabase(std::unique_ptr<Database> db)
{
    // Panels drop their pointer to the old connection before it closes.
    m_flags->setPlatform(0, {});
    m_flags->setDatabase(nullptr);
    m_detail->setDatabase(nullptr);
    m_reader->setDatabase(nullptr);
    m_audit->setDatabase(nullptr);
    m_search->setDatabase(nullptr);
    m_review->setDatabase(nullptr, {});
    delete m_compareAlerts;
    m_compareAlerts = nullptr;
    m_db = std::move(db);
    const QString path = m_db->path();
    setWindowTitle(tr("Clausewatch — %1").arg(QFileInfo(path).fileName()));
    delete m_import;
    m_import = new ImportController(this, m_dialogs, path);
    connect(m_import, &ImportController::imported, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 15000);
        reloadAll();
    });
    m_flags->setDatabase(m_db.get());
    m_detail->setDatabase(m_db.get());
    m_reader->setDatabase(m_db.get());
    m_audit->setDatabase(m_db.get());
    m_search->setDatabase(m_db.get());
    m_review->setDatabase(m_db.get(), m_settings ? m_settings->analyst() : qEnvironmentVariable("USER"));
    // Compare menu, alerts dock and watchlist hold the connection: rebuilt with it.
    delete m_compareAlerts;
    m_compareAlerts = new CompareAndAlerts(this, *m_db, m_dialogs);
    // An alert opens its redline at the first change.
    connect(m_compareAlerts, &CompareAndAlerts::openDiffRequested, this,
            [this](qint64 from, qint64 to, int) {
                DiffWindow *w = showDiff(from, to);
                connect(w, &DiffWindow::comparisonShown, w, [w] { w->nextAction()->trigger(); },
                        Qt::SingleShotConnection);
            });
    if (m_settings) {
        m_settings->setLastArchive(path);
        m_settings->addRecentArchive(path);
    }
    m_recent->rebuild();
    statusBar()->showMessage(tr("Archive: %1").arg(QDir::toNativeSeparators(path)));
    reloadAll();
    restoreSelection();
}

bool MainWindow::openArchive(const QString &path)
{
    if (m_import && m_import->isRunning()) {
        showError(makeError(tr("opening %1").arg(path), tr("an import is still running")));
        return false;
    }
    saveState();
    auto db = Database::open(path);
    if (!db) {
        showError(db.error());
        return false;
    }
    setDatabase(std::move(*db));
    return true;
}

void MainWindow::reloadAll()
{
    // A reload that changes the current platform refreshes its dependents
    // through currentPlatformChanged; otherwise they are refreshed here.
    const qint64 before = m_platforms->currentPlatformId();
    if (auto s = m_platforms->reload(*m_db); !s)
        showError(s.error());
    if (m_platforms->currentPlatformId() == before) {
        if (auto s = m_documents->reload(m_db.get(), before, m_platforms->currentPlatformName()); !s)
            showError(s.error());
        m_flags->reload();
    }
    m_audit->reload();
}

void MainWindow::onPlatformChanged(qint64 platformId, const QString &name)
{
    if (auto s = m_documents->reload(m_db.get(), platformId, name); !s)
        showError(s.error());
    m_flags->setPlatform(platformId, name);
    m_search->setCurrentPlatform(platformId, name);
}

void MainWindow::onFlagChanged(qint64 flagId)
{
    m_detail->showFlag(flagId);
    m_audit->setCurrentFlag(flagId);
    if (const auto &d = m_detail->detail())
        m_documents->selectDocument(d->document.id, d->versionId);
}

bool MainWindow::selectPlatform(const QString &name)
{
    return m_platforms->selectPlatform(name);
}

bool MainWindow::goToFlag(qint64 flagId)
{
    auto row = FlagRepository(*m_db).row(flagId);
    if (!row || !row->has_value())
        return false;
    const FlagRow &r = **row;
    if (!m_flags->allPlatforms() && !m_platforms->selectPlatform(r.platformName)) {
        m_platforms->filterEdit()->clear(); // the platform list filter hid it
        m_platforms->selectPlatform(r.platformName);
    }
    showView(View::Flags);
    if (!m_flags->selectFlag(flagId)) {
        m_flags->clearFilters();
        if (!m_flags->selectFlag(flagId))
            return false;
    }
    m_flags->view()->setFocus();
    return true;
}

void MainWindow::goToHit(const SearchHit &hit)
{
    if (hit.flagId && goToFlag(hit.flagId))
        return;
    m_platforms->selectPlatform(hit.platformName);
    openInReader(hit.versionId, hit.clauseId);
}

void MainWindow::openInReader(qint64 versionId, qint64 clauseId)
{
    if (auto s = m_reader->showVersion(versionId, clauseId); !s)
        showError(s.error());
    showView(View::Reader);
}

void MainWindow::showView(View view)
{
    m_tabs->setCurrentIndex(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_tabs->currentIndex());
}

void MainWindow::openSearch(const QString &text)
{
    if (!text.isEmpty())
        m_search->queryEdit()->setText(text);
    m_search->open();
    if (!text.isEmpty())
        m_search->runSearch();
}


QWidget *MainWindow::panel(const QString &name) const
{
    if (name == QLatin1String("platforms")) return m_platforms;
    if (name == QLatin1String("documents")) return m_documents;
    if (name == QLatin1String("flags")) return m_flags;
    if (name == QLatin1String("detail")) return m_detail;
    if (name == QLatin1String("reader")) return m_reader;
    if (name == QLatin1String("audit")) return m_audit;
    if (name == QLatin1String("search")) return m_search;
    return nullptr;
}

QTableView *MainWindow::platformView() const { return m_platforms->view(); }
QTableView *MainWindow::documentView() const { return m_documents->documentView(); }
QLineEdit *MainWindow::platformFilter() const { return m_platforms->filterEdit(); }

void MainWindow::offerDemoIfEmpty()
{
    if (m_platforms->platformCount() > 0)
        return;
    if (m_dialogs.question(this, tr("Empty archive"),
                           tr("This archive holds no platforms yet. Build the demo archive "
                              "(six fictional platforms with several versions of their terms) "
                              "so you can try Clausewatch?")))
        buildDemo();
}

void MainWindow::buildDemo()
{
    m_demo->build(m_db->path());
}

void MainWindow::openImport(const QString &prefill)
{
    m_import->openDialog(prefill, m_platforms->platformNames(), m_platforms->currentPlatformName());
}

void MainWindow::openSettings()
{
    if (!m_settings)
        return;
    SettingsDialog dialog(*m_settings, m_db->path(), m_dialogs, this);
    if (m_dialogs.runDialog(&dialog) != QDialog::Accepted)
        return;
    dialog.apply();
    Appearance::apply(m_settings->appearance());
    m_review->setActor(m_settings->analyst());
    const QString path = dialog.archivePath();
    if (!path.isEmpty() && QFileInfo(path) != QFileInfo(m_db->path()))
        openArchive(path);
}

void MainWindow::saveState()
{
    if (!m_settings || !m_db)
        return;
    m_settings->setWindowLayout(saveGeometry(), QMainWindow::saveState());
    m_settings->setLastSelection(m_db->path(), m_platforms->currentPlatformName(),
                                 m_flags->currentFlagId());
    m_settings->sync();
}

void MainWindow::restoreSelection()
{
    if (!m_settings)
        return;
    const QString platform = m_settings->lastPlatform(m_db->path());
    if (!platform.isEmpty())
        m_platforms->selectPlatform(platform);
    if (const qint64 flag = m_settings->lastFlag(m_db->path()))
        m_flags->selectFlag(flag);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (m_layoutRestored)
        return;
    // Default proportions, once the window has its size: the docks can only
    // be sized against a laid-out window.
    m_layoutRestored = true;
    auto *platforms = findChild<QDockWidget *>(QStringLiteral("platformsDock"));
    auto *documents = findChild<QDockWidget *>(QStringLiteral("documentsDock"));
    auto *detail = findChild<QDockWidget *>(QStringLiteral("detailDock"));
    resizeDocks({platforms, detail}, {width() * 27 / 100, width() * 33 / 100}, Qt::Horizontal);
    resizeDocks({platforms, documents}, {height() * 42 / 100, height() * 58 / 100}, Qt::Vertical);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    m_search->hide();
    QMainWindow::closeEvent(event);
}

void MainWindow::newMemo()
{
    auto *dialog = new MemoComposerDialog(*m_db, m_dialogs, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString name = m_platforms->currentPlatformName(); !name.isEmpty())
        dialog->selectPlatform(name);
    dialog->show();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty())
        return;
    event->acceptProposedAction();
    const QUrl &first = urls.first();
    openImport(first.isLocalFile() ? first.toLocalFile() : first.toString());
}

void MainWindow::openDiff(qint64 oldVersionId, qint64 newVersionId)
{
    showDiff(oldVersionId, newVersionId);
}

DiffWindow *MainWindow::showDiff(qint64 oldVersionId, qint64 newVersionId)
{
    Q_EMIT diffRequested(oldVersionId, newVersionId);
    // A window of its own: its worker opens its own connection to the archive.
    auto *window = new DiffWindow(m_db->path(), m_dialogs);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->compareVersions(oldVersionId, newVersionId);
    return window;
}

void MainWindow::showError(const Error &error)
{
    statusBar()->showMessage(error.toString(), 10000);
    m_dialogs.error(this, tr("Clausewatch"), error.toString());
}

} // namespace cw::ui
