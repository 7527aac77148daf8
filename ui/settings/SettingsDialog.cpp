#include "settings/SettingsDialog.h"

#include "dialogs/Dialogs.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

SettingsDialog::SettingsDialog(AppSettings &settings, const QString &currentArchive,
                               Dialogs &dialogs, QWidget *parent)
    : QDialog(parent), m_settings(settings), m_dialogs(dialogs)
{
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);
    m_archive = new QLineEdit(QDir::toNativeSeparators(currentArchive), this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *archiveRow = new QHBoxLayout;
    archiveRow->addWidget(m_archive, 1);
    archiveRow->addWidget(browse);

    m_language = new QComboBox(this);
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language())));

    m_appearance = new QComboBox(this);
    m_appearance->addItem(tr("Follow the system"), int(AppSettings::Appearance::System));
    m_appearance->addItem(tr("Light"), int(AppSettings::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(AppSettings::Appearance::Dark));
    m_appearance->setCurrentIndex(std::max(0, m_appearance->findData(int(settings.appearance()))));

    m_analyst = new QLineEdit(settings.analyst(), this);
    m_analyst->setPlaceholderText(tr("Your name, as recorded with review decisions"));

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto *archiveLabel = new QLabel(tr("&Archive:"), this);
    archiveLabel->setBuddy(m_archive);
    form->addRow(archiveLabel, archiveRow);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("A&ppearance:"), m_appearance);
    form->addRow(tr("Analyst &name:"), m_analyst);
    auto *note = new QLabel(tr("A new language applies the next time Clausewatch starts."), this);
    note->setForegroundRole(QPalette::PlaceholderText);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = m_dialogs.openFile(this, tr("Choose an Archive"),
                                                tr("Clausewatch archives (*.cwa);;All files (*)"));
        if (!file.isEmpty())
            m_archive->setText(QDir::toNativeSeparators(file));
    });
}

QString SettingsDialog::archivePath() const
{
    return QDir::fromNativeSeparators(m_archive->text().trimmed());
}

AppSettings::Appearance SettingsDialog::appearance() const
{
    return AppSettings::Appearance(m_appearance->currentData().toInt());
}

void SettingsDialog::apply()
{
    m_settings.setLanguage(m_language->currentData().toString());
    m_settings.setAppearance(appearance());
    if (!m_analyst->text().trimmed().isEmpty())
        m_settings.setAnalyst(m_analyst->text());
}

} // namespace cw::ui
