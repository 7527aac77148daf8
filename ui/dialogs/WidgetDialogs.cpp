#include "dialogs/Dialogs.h"

#include <QDialog>
#include <QFileDialog>
#include <QMessageBox>

namespace cw::ui {

bool WidgetDialogs::question(QWidget *parent, const QString &title, const QString &text)
{
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::Yes) == QMessageBox::Yes;
}

void WidgetDialogs::error(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::warning(parent, title, text);
}

void WidgetDialogs::information(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::information(parent, title, text);
}

QString WidgetDialogs::openFile(QWidget *parent, const QString &title, const QString &filter)
{
    return QFileDialog::getOpenFileName(parent, title, {}, filter);
}

QString WidgetDialogs::saveFile(QWidget *parent, const QString &title, const QString &suggested,
                                const QString &filter)
{
    return QFileDialog::getSaveFileName(parent, title, suggested, filter);
}

QString WidgetDialogs::openFolder(QWidget *parent, const QString &title)
{
    return QFileDialog::getExistingDirectory(parent, title);
}

int WidgetDialogs::runDialog(QDialog *dialog)
{
    return dialog->exec();
}

} // namespace cw::ui
