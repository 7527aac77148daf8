#pragma once

#include "review/FlagFilterState.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

class QSettings;

namespace cw::ui {

/// Typed access to what Clausewatch keeps across launches. Wraps a QSettings
/// it is given (injected, never a global): the application passes the user's
/// settings, tests a QSettings on a temporary file.
class AppSettings
{
public:
    enum class Appearance { System, Light, Dark };
    static constexpr int kMaxRecent = 8;

    explicit AppSettings(QSettings &settings) : m_settings(settings) {}

    QString lastArchive() const;
    void setLastArchive(const QString &path);
    /// Most recent first, without duplicates, at most kMaxRecent.
    QStringList recentArchives() const;
    void addRecentArchive(const QString &path);
    void clearRecentArchives();

    /// A locale name ("de", "en") or empty for the system language.
    QString language() const;
    void setLanguage(const QString &language);
    Appearance appearance() const;
    void setAppearance(Appearance appearance);
    /// Who makes review decisions (the audit log's actor); the login name by default.
    QString analyst() const;
    void setAnalyst(const QString &name);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowLayout(const QByteArray &geometry, const QByteArray &state);

    /// The last selection in an archive (platform name and flag id), restored
    /// when the same archive is opened again.
    QString lastPlatform(const QString &archive) const;
    qint64 lastFlag(const QString &archive) const;
    void setLastSelection(const QString &archive, const QString &platform, qint64 flagId);

    QStringList savedFilterNames() const;
    FlagFilterState savedFilter(const QString &name) const;
    void saveFilter(const QString &name, const FlagFilterState &state);
    void removeFilter(const QString &name);

    void sync();
    QSettings &settings() const { return m_settings; }

private:
    QSettings &m_settings;
};

} // namespace cw::ui
