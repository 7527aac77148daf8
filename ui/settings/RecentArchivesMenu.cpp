#include "settings/RecentArchivesMenu.h"

#include "settings/AppSettings.h"

#include <QDir>
#include <QFileInfo>

namespace cw::ui {

RecentArchivesMenu::RecentArchivesMenu(AppSettings *settings, const QString &title, QWidget *parent)
    : QMenu(title, parent), m_settings(settings)
{
    rebuild();
}

void RecentArchivesMenu::rebuild()
{
    clear();
    const QStringList recent = m_settings ? m_settings->recentArchives() : QStringList();
    for (const QString &path : recent) {
        QAction *a = addAction(QDir::toNativeSeparators(path));
        a->setEnabled(QFileInfo::exists(path));
        connect(a, &QAction::triggered, this, [this, path] { Q_EMIT openRequested(path); });
    }
    setEnabled(!recent.isEmpty());
    if (recent.isEmpty())
        return;
    addSeparator();
    connect(addAction(tr("Clear List")), &QAction::triggered, this, [this] {
        m_settings->clearRecentArchives();
        rebuild();
    });
}

} // namespace cw::ui
