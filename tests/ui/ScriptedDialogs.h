#pragma once

#include "dialogs/Dialogs.h"

#include <QDialog>
#include <QStringList>

#include <functional>

namespace cw::ui::testing {

/// Dialog answers scripted by a test; records what was asked.
class ScriptedDialogs final : public Dialogs
{
public:
    bool answerYes = false;
    QString fileToOpen;
    QString fileToSave;
    QStringList asked;
    QStringList errors;
    /// Fills in one of our own dialogs and answers (Accepted/Rejected);
    /// unset: every such dialog is cancelled.
    std::function<int(QDialog *)> onDialog;

    bool question(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return answerYes;
    }
    void error(QWidget *, const QString &, const QString &text) override { errors << text; }
    void information(QWidget *, const QString &title, const QString &) override { asked << title; }
    QString openFile(QWidget *, const QString &title, const QString &) override
    {
        asked << title;
        return fileToOpen;
    }
    QString saveFile(QWidget *, const QString &title, const QString &, const QString &) override
    {
        asked << title;
        return fileToSave;
    }
    QString openFolder(QWidget *, const QString &title) override
    {
        asked << title;
        return fileToOpen;
    }
    int runDialog(QDialog *dialog) override
    {
        asked << dialog->windowTitle();
        return onDialog ? onDialog(dialog) : int(QDialog::Rejected);
    }
};

} // namespace cw::ui::testing
