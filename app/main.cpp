#include "GuiLauncher.h"
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QTranslator>

// The thin front: command-line work runs here on QtCore alone; anything else
// opens the window through the GUI module, loaded only then.
int main(int argc, char **argv)
{
    if (!cw::cli::isCommandLine(argc, argv))
        return cw::launchGui(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("clausewatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION_STRING));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("clausewatch"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    return cw::cli::run(QCoreApplication::arguments());
}
