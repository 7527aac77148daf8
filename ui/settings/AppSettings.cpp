#include "settings/AppSettings.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>

namespace cw::ui {

namespace {

// Settings keys for one archive: a hash of its absolute path, so that any
// file name is a valid key.
QString archiveKey(const QString &archive)
{
    const QString abs = QFileInfo(archive).absoluteFilePath();
    return QStringLiteral("selection/") +
           QString::fromLatin1(
               QCryptographicHash::hash(abs.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

QString normalised(const QString &path)
{
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

} // namespace

QString AppSettings::lastArchive() const
{
    return m_settings.value(QStringLiteral("archive/last")).toString();
}

void AppSettings::setLastArchive(const QString &path)
{
    m_settings.setValue(QStringLiteral("archive/last"), normalised(path));
}

QStringList AppSettings::recentArchives() const
{
    return m_settings.value(QStringLiteral("archive/recent")).toStringList();
}

void AppSettings::addRecentArchive(const QString &path)
{
    const QString p = normalised(path);
    QStringList list = recentArchives();
    list.removeAll(p);
    list.prepend(p);
    while (list.size() > kMaxRecent)
        list.removeLast();
    m_settings.setValue(QStringLiteral("archive/recent"), list);
}

void AppSettings::clearRecentArchives()
{
    m_settings.remove(QStringLiteral("archive/recent"));
}

QString AppSettings::language() const
{
    return m_settings.value(QStringLiteral("ui/language")).toString();
}

void AppSettings::setLanguage(const QString &language)
{
    m_settings.setValue(QStringLiteral("ui/language"), language);
}

AppSettings::Appearance AppSettings::appearance() const
{
    const QString a = m_settings.value(QStringLiteral("ui/appearance")).toString();
    if (a == QLatin1String("light"))
        return Appearance::Light;
    if (a == QLatin1String("dark"))
        return Appearance::Dark;
    return Appearance::System;
}

void AppSettings::setAppearance(Appearance appearance)
{
    const char *key = appearance == Appearance::Light  ? "light"
                      : appearance == Appearance::Dark ? "dark"
                                                       : "system";
    m_settings.setValue(QStringLiteral("ui/appearance"), QString::fromLatin1(key));
}

QString AppSettings::analyst() const
{
    const QString name = m_settings.value(QStringLiteral("review/analyst")).toString();
    if (!name.isEmpty())
        return name;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("analyst") : user;
}

void AppSettings::setAnalyst(const QString &name)
{
    m_settings.setValue(QStringLiteral("review/analyst"), name.trimmed());
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings.value(QStringLiteral("window/geometry")).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings.value(QStringLiteral("window/state")).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings.setValue(QStringLiteral("window/geometry"), geometry);
    m_settings.setValue(QStringLiteral("window/state"), state);
}

QString AppSettings::lastPlatform(const QString &archive) const
{
    return m_settings.value(archiveKey(archive) + QStringLiteral("/platform")).toString();
}

qint64 AppSettings::lastFlag(const QString &archive) const
{
    return m_settings.value(archiveKey(archive) + QStringLiteral("/flag")).toLongLong();
}

void AppSettings::setLastSelection(const QString &archive, const QString &platform, qint64 flagId)
{
    m_settings.setValue(archiveKey(archive) + QStringLiteral("/platform"), platform);
    m_settings.setValue(archiveKey(archive) + QStringLiteral("/flag"), flagId);
}

QStringList AppSettings::savedFilterNames() const
{
    m_settings.beginGroup(QStringLiteral("filters"));
    QStringList names = m_settings.childKeys();
    m_settings.endGroup();
    names.sort(Qt::CaseInsensitive);
    return names;
}

FlagFilterState AppSettings::savedFilter(const QString &name) const
{
    return FlagFilterState::fromMap(
        m_settings.value(QStringLiteral("filters/") + name).toMap());
}

void AppSettings::saveFilter(const QString &name, const FlagFilterState &state)
{
    // A slash would make a settings group; names are for people, keys for QSettings.
    QString key = name.trimmed();
    key.replace(QLatin1Char('/'), QLatin1Char('-')).replace(QLatin1Char('\\'), QLatin1Char('-'));
    m_settings.setValue(QStringLiteral("filters/") + key, state.toMap());
}

void AppSettings::removeFilter(const QString &name)
{
    m_settings.remove(QStringLiteral("filters/") + name);
}

void AppSettings::sync()
{
    m_settings.sync();
}

} // namespace cw::ui
