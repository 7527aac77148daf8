#pragma once

#include <QMenu>

namespace cw::ui {

class AppSettings;

/// "Open Recent": the archives opened lately (most recent first; missing
/// files disabled) and "Clear List". Rebuilt from the settings on rebuild().
class RecentArchivesMenu : public QMenu
{
    Q_OBJECT

public:
    RecentArchivesMenu(AppSettings *settings, const QString &title, QWidget *parent = nullptr);
    void rebuild();

Q_SIGNALS:
    void openRequested(const QString &path);

private:
    AppSettings *m_settings;
};

} // namespace cw::ui
