#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace cw::ui {

class AppSettings;
class RecentArchivesMenu;
class ReviewController;

/// The main window's menu bar: File, Edit, Review, View, Help (the compare
/// feature inserts its own menu before Help). The window
/// connects to the requests; review actions come from the ReviewController
/// and are also added to the window, so that their keys work everywhere.
class MainMenus : public QObject
{
    Q_OBJECT

public:
    MainMenus(QMainWindow *window, ReviewController *review, AppSettings *settings,
              const QStringList &viewNames);

    RecentArchivesMenu *recent() const { return m_recent; }

Q_SIGNALS:
    void openArchiveRequested();
    void importRequested();
    void memoRequested();
    /// Pick two versions of the current document for a redline.
    void compareVersionsRequested();
    void demoRequested();
    void settingsRequested();
    void searchRequested();
    void copyCitationRequested();
    /// Ctrl+1/2/3: the central views, by index.
    void viewRequested(int index);
    void shortcutsRequested();
    void aboutRequested();

private:
    RecentArchivesMenu *m_recent;
};

} // namespace cw::ui
