#include "GuiLauncher.h"
#include "RendererLoader.h"
#include "cli/Cli.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>
#include <QTranslator>

#include <malloc.h>

namespace {

// Runs the command line in whichever application main() or the renderer made.
// The arguments come from argv, not from the application: the renderer's
// QGuiApplication is given none, or it would take "--platform NAME" (a memo
// option) for its own QPA platform option.
int runCommandLine(int argc, char **argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("clausewatch"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CW_VERSION_STRING));
    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("clausewatch"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return cw::cli::run(arguments);
}

} // namespace

// The thin front: command-line work runs here on QtCore alone; anything else
// opens the window through the GUI module, loaded only then. Commands that
// print PDFs run inside the module's rendering application.
int main(int argc, char **argv)
{
    // Compiling the classifier's rules (PCRE2 with JIT) allocates and frees
    // large blocks over and over; with glibc's default trimming every free at
    // the top of the heap gave the pages back and the next allocation asked
    // for them again (7,000 brk calls, a third of a 0.2 s rule load). Keeping
    // 16 MB of slack at the top stops that; untouched slack costs no memory.
    mallopt(M_TOP_PAD, 16 << 20);
    if (!cw::cli::isCommandLine(argc, argv))
        return cw::launchGui(argc, argv);
    if (cw::cli::needsRenderer(argc, argv))
        return cw::runWithRenderer(argc, argv, runCommandLine);

    QCoreApplication app(argc, argv);
    return runCommandLine(argc, argv);
}
