#pragma once

#include "settings/AppSettings.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace cw::ui {

class Dialogs;

/// Settings: the archive to open, the language (from the next start), the
/// appearance (system, light, dark; applied at once), and the analyst name
/// recorded with review decisions. apply() writes them to AppSettings.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, const QString &currentArchive, Dialogs &dialogs,
                   QWidget *parent = nullptr);

    /// Writes the form to the settings.
    void apply();
    QString archivePath() const;
    AppSettings::Appearance appearance() const;

    QLineEdit *archiveEdit() const { return m_archive; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *appearanceBox() const { return m_appearance; }
    QLineEdit *analystEdit() const { return m_analyst; }

private:
    AppSettings &m_settings;
    Dialogs &m_dialogs;
    QLineEdit *m_archive;
    QComboBox *m_language;
    QComboBox *m_appearance;
    QLineEdit *m_analyst;
};

} // namespace cw::ui
