#include "MainWindow.h"

#include "archive/Database.h"
#include "dialogs/Dialogs.h"
#include "diff/DiffWindow.h"
#include "diff/VersionPickerDialog.h"
#include "import/ImportController.h"
#include "models/DocumentListModel.h"
#include "models/PlatformListModel.h"
#include "services/DemoArchive.h"

#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QProgressDialog>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::ui {

namespace {

QTableView *makeTable(QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setSortingEnabled(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setHighlightSections(false);
    view->setWordWrap(false);
    return view;
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, Dialogs &dialogs, QWidget *parent)
    : QMainWindow(parent), m_db(std::move(db)), m_dialogs(dialogs)
{
    setWindowTitle(tr("Clausewatch — %1").arg(QFileInfo(m_db->path()).fileName()));
    resize(1280, 800);

    // Left: platforms with a filter box.
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(6, 6, 0, 6);
    m_platformFilter = new QLineEdit(left);
    m_platformFilter->setPlaceholderText(tr("Filter platforms…"));
    m_platformFilter->setClearButtonEnabled(true);
    m_platforms = new PlatformListModel(this);
    m_platformProxy = new QSortFilterProxyModel(this);
    m_platformProxy->setSourceModel(m_platforms);
    m_platformProxy->setSortRole(PlatformListModel::SortRole);
    m_platformProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_platformProxy->setFilterKeyColumn(int(PlatformListModel::Column::Name));
    m_platformView = makeTable(left);
    m_platformView->setObjectName(QStringLiteral("platformView"));
    m_platformView->setModel(m_platformProxy);
    m_platformView->sortByColumn(int(PlatformListModel::Column::Name), Qt::AscendingOrder);
    m_platformView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_platformView->horizontalHeader()->setSectionResizeMode(
        int(PlatformListModel::Column::Name), QHeaderView::Stretch);
    leftLayout->addWidget(m_platformFilter);
    leftLayout->addWidget(m_platformView);
    connect(m_platformFilter, &QLineEdit::textChanged, m_platformProxy,
            &QSortFilterProxyModel::setFilterFixedString);

    // Right: the selected platform's documents.
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 6, 6, 6);
    m_documentsTitle = new QLabel(right);
    m_documentsTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_documentsTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_documentsTitle->setFont(titleFont);
    m_documents = new DocumentListModel(this);
    m_documentView = makeTable(right);
    m_documentView->setObjectName(QStringLiteral("documentView"));
    m_documentView->setModel(m_documents);
    m_documentView->horizontalHeader()->setSectionResizeMode(
        int(DocumentListModel::Column::Title), QHeaderView::Stretch);
    rightLayout->addWidget(m_documentsTitle);
    rightLayout->addWidget(m_documentView);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({460, 820});
    setCentralWidget(splitter);

    connect(m_platformView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MainWindow::onPlatformChanged);

    m_import = new ImportController(this, m_dialogs, m_db->path());
    connect(m_import, &ImportController::imported, this, [this](bool, const QString &message) {
        statusBar()->showMessage(message, 15000);
        reloadAll();
    });
    setAcceptDrops(true);

    createActions();
    statusBar()->showMessage(tr("Archive: %1").arg(QDir::toNativeSeparators(m_db->path())));
    reloadAll();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import…"));
    import->setShortcut(QKeySequence(tr("Ctrl+I")));
    connect(import, &QAction::triggered, this, [this] { openImport(); });
    QAction *compare = file->addAction(tr("&Compare Versions…"));
    compare->setShortcut(QKeySequence(tr("Ctrl+D")));
    connect(compare, &QAction::triggered, this, [this] {
        const qint64 doc = m_documents->documentId(m_documentView->currentIndex().row());
        if (!VersionPickerDialog::openFor(this, *m_db, doc, [this](qint64 a, qint64 b) { openDiff(a, b); }))
            statusBar()->showMessage(tr("Select a document with at least two versions to compare."), 8000);
    });
    QAction *demo = file->addAction(tr("Build &Demo Archive"));
    connect(demo, &QAction::triggered, this, &MainWindow::buildDemo);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Clausewatch"));
    connect(about, &QAction::triggered, this, &MainWindow::about);
}

void MainWindow::reloadAll()
{
    const qint64 current = m_platforms->platformId(
        m_platformProxy->mapToSource(m_platformView->currentIndex()).row());
    if (auto s = m_platforms->reload(*m_db); !s)
        showError(s.error());
    int row = current ? m_platforms->rowOf(current) : -1;
    if (row < 0 && m_platforms->rowCount() > 0)
        row = m_platformProxy->mapToSource(m_platformProxy->index(0, 0)).row();
    if (row >= 0)
        m_platformView->setCurrentIndex(m_platformProxy->mapFromSource(m_platforms->index(row, 0)));
    onPlatformChanged();
}

bool MainWindow::selectPlatform(const QString &name)
{
    for (int r = 0; r < m_platformProxy->rowCount(); ++r) {
        const QModelIndex idx = m_platformProxy->index(r, int(PlatformListModel::Column::Name));
        if (idx.data().toString().compare(name, Qt::CaseInsensitive) == 0) {
            m_platformView->setCurrentIndex(idx);
            return true;
        }
    }
    return false;
}

void MainWindow::onPlatformChanged()
{
    const QModelIndex idx = m_platformView->currentIndex();
    const qint64 id = m_platforms->platformId(m_platformProxy->mapToSource(idx).row());
    m_documentsTitle->setText(
        id ? m_platformProxy->index(idx.row(), int(PlatformListModel::Column::Name)).data().toString()
           : tr("No platform selected"));
    if (auto s = m_documents->reload(*m_db, id ? std::optional<qint64>(id) : std::nullopt); !s)
        showError(s.error());
    m_documentView->resizeColumnsToContents();
}

void MainWindow::offerDemoIfEmpty()
{
    if (m_platforms->rowCount() > 0)
        return;
    if (m_dialogs.question(this, tr("Empty archive"),
                           tr("This archive holds no platforms yet. Build the demo archive "
                              "(six fictional platforms with several versions of their terms) "
                              "so you can try Clausewatch?")))
        buildDemo();
}

void MainWindow::buildDemo()
{
    // The import runs on a worker thread with its own connection; WAL lets the
    // GUI keep reading meanwhile.
    const QString path = m_db->path();
    auto *progress = new QProgressDialog(tr("Building the demo archive…"), QString(), 0, 0, this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<Result<DemoSummary>>(this);
    connect(watcher, &QFutureWatcher<Result<DemoSummary>>::finished, this,
            [this, watcher, progress] {
                progress->deleteLater();
                watcher->deleteLater();
                const Result<DemoSummary> r = watcher->result();
                if (!r)
                    showError(r.error());
                reloadAll();
                Q_EMIT demoBuilt(r.ok());
            });
    watcher->setFuture(QtConcurrent::run([path]() -> Result<DemoSummary> {
        OpenOptions o;
        o.create = false;
        auto db = Database::open(path, o);
        if (!db)
            return db.error();
        return DemoArchive::build(**db);
    }));
}

void MainWindow::openImport(const QString &prefill)
{
    QStringList names;
    for (int r = 0; r < m_platforms->rowCount(); ++r)
        names << m_platforms->index(r, int(PlatformListModel::Column::Name)).data().toString();
    const QModelIndex current = m_platformView->currentIndex();
    const QString currentName =
        current.isValid()
            ? m_platformProxy->index(current.row(), int(PlatformListModel::Column::Name)).data().toString()
            : QString();
    m_import->openDialog(prefill, names, currentName);
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
    auto *window = new DiffWindow(m_db->path(), m_dialogs);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    window->compareVersions(oldVersionId, newVersionId);
}

void MainWindow::showError(const Error &error)
{
    statusBar()->showMessage(error.toString(), 10000);
    m_dialogs.error(this, tr("Clausewatch"), error.toString());
}

void MainWindow::about()
{
    m_dialogs.information(this, tr("About Clausewatch"),
                          tr("Clausewatch %1\nAn offline archive of platform policies: flagged "
                             "clauses, redlines between versions and verifiable compliance memos.")
                              .arg(QStringLiteral(CW_VERSION_STRING)));
}

} // namespace cw::ui
