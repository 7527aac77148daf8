#pragma once

#include "dialogs/Dialogs.h"

namespace cw::ui {

/// Dialogs for runs nobody watches (--screenshot): nothing modal ever
/// blocks. Errors and information go to stderr, questions are answered no,
/// files are not chosen, our own dialogs are cancelled.
class HeadlessDialogs final : public Dialogs
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
