#pragma once

#include <QString>

class QDialog;
class QWidget;

namespace cw::ui {

/// The seam between the GUI and modal dialogs. Widgets ask through this
/// interface, so tests answer with a scripted implementation instead of
/// blocking on a real QMessageBox or QFileDialog.
class Dialogs
{
public:
    virtual ~Dialogs() = default;
    virtual bool question(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void information(QWidget *parent, const QString &title, const QString &text) = 0;
    /// Empty when cancelled.
    virtual QString openFile(QWidget *parent, const QString &title, const QString &filter) = 0;
    virtual QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                             const QString &filter) = 0;
    /// Empty when cancelled.
    virtual QString openFolder(QWidget *parent, const QString &title) = 0;
    /// Runs one of our own modal dialogs (edit a flag, settings, a name to
    /// save a filter under); returns QDialog::Accepted or Rejected. The real
    /// implementation calls exec(); a test's fills the dialog in and answers.
    virtual int runDialog(QDialog *dialog) = 0;
};

/// The real dialogs.
class WidgetDialogs final : public Dialogs
{
public:
    bool question(QWidget *parent, const QString &title, const QString &text) override;
    void error(QWidget *parent, const QString &title, const QString &text) override;
    void information(QWidget *parent, const QString &title, const QString &text) override;
    QString openFile(QWidget *parent, const QString &title, const QString &filter) override;
    QString saveFile(QWidget *parent, const QString &title, const QString &suggested,
                     const QString &filter) override;
    QString openFolder(QWidget *parent, const QString &title) override;
    int runDialog(QDialog *dialog) override;
};

} // namespace cw::ui
