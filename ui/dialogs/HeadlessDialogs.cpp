#include "dialogs/HeadlessDialogs.h"

#include <QDialog>

#include <cstdio>

namespace cw::ui {

bool HeadlessDialogs::question(QWidget *, const QString &, const QString &)
{
    return false;
}

void HeadlessDialogs::error(QWidget *, const QString &, const QString &text)
{
    std::fprintf(stderr, "clausewatch: %s\n", qPrintable(text));
}

void HeadlessDialogs::information(QWidget *, const QString &title, const QString &text)
{
    std::fprintf(stderr, "clausewatch: %s: %s\n", qPrintable(title), qPrintable(text));
}

QString HeadlessDialogs::openFile(QWidget *, const QString &, const QString &)
{
    return {};
}

QString HeadlessDialogs::saveFile(QWidget *, const QString &, const QString &, const QString &)
{
    return {};
}

QString HeadlessDialogs::openFolder(QWidget *, const QString &)
{
    return {};
}

int HeadlessDialogs::runDialog(QDialog *)
{
    return QDialog::Rejected;
}

} // namespace cw::ui
