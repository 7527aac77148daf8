#include "diff/VersionPickerDialog.h"

#include "archive/DocumentRepository.h"
#include "archive/VersionRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace cw::ui {

VersionPickerDialog::VersionPickerDialog(const Database &db, qint64 documentId, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Compare Versions"));
    m_old = new QComboBox(this);
    m_new = new QComboBox(this);
    m_old->setObjectName(QStringLiteral("oldVersion"));
    m_new->setObjectName(QStringLiteral("newVersion"));
    QString title;
    if (auto d = DocumentRepository(db).get(documentId); d && d->has_value())
        title = QStringLiteral("%1 (%2)").arg((*d)->title, (*d)->termsType);
    const QList<Version> versions = VersionRepository(db).forDocument(documentId).valueOr({});
    for (const Version &v : versions) {
        QString label = tr("Version %1 — captured %2").arg(v.number).arg(v.firstSeen.left(10));
        if (!v.declaredUpdated.isEmpty())
            label += tr(" (says %1)").arg(v.declaredUpdated);
        m_old->addItem(label, v.id);
        m_new->addItem(label, v.id);
    }
    if (versions.size() >= 2) {
        m_old->setCurrentIndex(int(versions.size()) - 2);
        m_new->setCurrentIndex(int(versions.size()) - 1);
    }
    auto *form = new QFormLayout;
    form->addRow(tr("Old:"), m_old);
    form->addRow(tr("New:"), m_new);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Compare"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    auto *heading = new QLabel(title, this);
    heading->setTextFormat(Qt::PlainText);
    layout->addWidget(heading);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

qint64 VersionPickerDialog::oldVersionId() const
{
    return m_old->currentData().toLongLong();
}

qint64 VersionPickerDialog::newVersionId() const
{
    return m_new->currentData().toLongLong();
}

int VersionPickerDialog::versionCount() const
{
    return m_old->count();
}

VersionPickerDialog *VersionPickerDialog::openFor(QWidget *parent, const Database &db,
                                                  qint64 documentId, Picked picked)
{
    auto *dialog = new VersionPickerDialog(db, documentId, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (dialog->versionCount() < 2) {
        dialog->deleteLater();
        return nullptr;
    }
    connect(dialog, &QDialog::accepted, dialog,
            [dialog, picked] { picked(dialog->oldVersionId(), dialog->newVersionId()); });
    dialog->open();
    return dialog;
}

} // namespace cw::ui
