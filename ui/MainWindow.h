#pragma once

#include "util/Result.h"

#include <QMainWindow>

#include <memory>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace cw {
class Database;
}

namespace cw::ui {

class Dialogs;
class DocumentListModel;
class ImportController;
class PlatformListModel;

/// The main window: thin — panels, actions and wiring; features live in
/// their own folders. Owns the GUI thread's archive connection.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    MainWindow(std::unique_ptr<Database> db, Dialogs &dialogs, QWidget *parent = nullptr);
    ~MainWindow() override;

    const Database &database() const { return *m_db; }
    QTableView *platformView() const { return m_platformView; }
    QTableView *documentView() const { return m_documentView; }
    QLineEdit *platformFilter() const { return m_platformFilter; }

    /// Selects a platform by name; false when there is none.
    bool selectPlatform(const QString &name);
    /// Builds the demo into this archive off the GUI thread; emits demoBuilt.
    void buildDemo();
    /// On an empty archive, asks whether to build the demo.
    void offerDemoIfEmpty();
    ImportController *importController() const { return m_import; }

public Q_SLOTS:
    /// Opens the comparison of two versions (old first) in a window of its own.
    void openDiff(qint64 oldVersionId, qint64 newVersionId);

Q_SIGNALS:
    void demoBuilt(bool ok);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void openImport(const QString &prefill = {});
    void reloadAll();
    void onPlatformChanged();
    void showError(const Error &error);
    void about();

    std::unique_ptr<Database> m_db;
    Dialogs &m_dialogs;
    PlatformListModel *m_platforms = nullptr;
    QSortFilterProxyModel *m_platformProxy = nullptr;
    DocumentListModel *m_documents = nullptr;
    QTableView *m_platformView = nullptr;
    QTableView *m_documentView = nullptr;
    QLineEdit *m_platformFilter = nullptr;
    QLabel *m_documentsTitle = nullptr;
    ImportController *m_import = nullptr;
};

} // namespace cw::ui
