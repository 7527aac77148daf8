// Entry point of the clausewatch_gui module, which the clausewatch executable
// loads at run time only when a window is wanted.

#include "MainWindow.h"
#include "archive/Database.h"
#include "dialogs/Dialogs.h"
#include "diff/DiffWindow.h"
#include "services/DemoArchive.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

namespace {

QString defaultArchive()
{
    const QString env = qEnvironmentVariable("CLAUSEWATCH_ARCHIVE");
    return !env.isEmpty() ? env
                          : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
                                QStringLiteral("/archive.cwa");
}

QString demoArchive()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.cwa");
}

// Renders the window, saves it as PNG and quits (for looking at the GUI
// headless: QT_QPA_PLATFORM=offscreen).
void screenshotAndQuit(QWidget *window, const QString &file)
{
    QTimer::singleShot(200, window, [window, file] {
        const bool ok = window->grab().save(file, "PNG");
        if (!ok)
            std::fprintf(stderr, "clausewatch: cannot write %s\n", qPrintable(file));
        QCoreApplication::exit(ok ? 0 : 2);
    });
}

} // namespace

extern "C" Q_DECL_EXPORT int cw_gui_main(int argc, char **argv)
{
    // QtWebEngine needs shared GL contexts before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("clausewatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("Clausewatch"));
    QApplication::setApplicationVersion(QStringLiteral(CW_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("clausewatch"));

    QTranslator translator;
    if (translator.load(QLocale(), QStringLiteral("clausewatch"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "cw::ui", "Clausewatch: platform policies, flagged clauses and redlines."));
    parser.addHelpOption();
    const QCommandLineOption archive(QStringLiteral("archive"),
                                     QApplication::translate("cw::ui", "Archive file to open."),
                                     QStringLiteral("path"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("cw::ui", "Open the demo archive, building it when absent."));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("cw::ui", "Save the main window as PNG and quit."),
        QStringLiteral("file.png"));
    // Not "--platform": QGuiApplication owns that option (the QPA plugin).
    const QCommandLineOption platform(
        QStringLiteral("select"), QApplication::translate("cw::ui", "Select this platform."),
        QStringLiteral("name"));
    const QCommandLineOption diff(
        QStringList{QStringLiteral("diff")},
        QApplication::translate("cw::ui", "Compare version OLD with version NEW (ids, see "
                                          "clausewatch list versions): --diff OLD NEW."),
        QStringLiteral("old"));
    const QCommandLineOption inlineMode(
        QStringLiteral("inline"),
        QApplication::translate("cw::ui", "With --diff: show the single-column redline."));
    parser.addOptions({archive, demo, screenshot, platform, diff, inlineMode});
    parser.addPositionalArgument(QStringLiteral("new"),
                                 QApplication::translate("cw::ui", "With --diff: the newer version id."),
                                 QStringLiteral("[new]"));
    parser.process(app);

    const bool wantDemo = parser.isSet(demo);
    const QString path = parser.isSet(archive) ? parser.value(archive)
                         : wantDemo            ? demoArchive()
                                               : defaultArchive();
    auto db = cw::Database::open(path);
    if (!db) {
        std::fprintf(stderr, "clausewatch: %s\n", qPrintable(db.error().toString()));
        return 2;
    }
    bool demoMissing = false;
    if (wantDemo) {
        auto present = cw::DemoArchive::isPresent(**db);
        demoMissing = present.ok() && !*present;
    }

    cw::ui::WidgetDialogs dialogs;
    if (parser.isSet(diff)) {
        // The comparison window alone (and its screenshot, headless).
        bool okOld = false;
        bool okNew = false;
        const qint64 oldId = parser.value(diff).toLongLong(&okOld);
        const qint64 newId = parser.positionalArguments().value(0).toLongLong(&okNew);
        if (!okOld || !okNew) {
            std::fprintf(stderr, "clausewatch: --diff needs two version ids: --diff OLD NEW\n");
            return 2;
        }
        const QString archivePath = (*db)->path();
        db->reset(); // the window's worker opens its own connection
        cw::ui::DiffWindow window(archivePath, dialogs);
        window.setInline(parser.isSet(inlineMode));
        const QString shot = parser.value(screenshot);
        QObject::connect(&window, &cw::ui::DiffWindow::comparisonFailed, &window,
                         [&](const QString &message) {
                             std::fprintf(stderr, "clausewatch: %s\n", qPrintable(message));
                             // Also ends the error box's own loop, should one open.
                             QTimer::singleShot(0, [] { QCoreApplication::exit(2); });
                         });
        if (!shot.isEmpty())
            QObject::connect(&window, &cw::ui::DiffWindow::comparisonShown, &window,
                             [&] { screenshotAndQuit(&window, shot); });
        window.show();
        window.compareVersions(oldId, newId);
        return QApplication::exec();
    }
    cw::ui::MainWindow window(std::move(*db), dialogs);
    const QString shot = parser.value(screenshot);
    const QString select = parser.value(platform);
    auto afterLoad = [&] {
        if (!select.isEmpty())
            window.selectPlatform(select);
        if (!shot.isEmpty())
            screenshotAndQuit(&window, shot);
    };
    QObject::connect(&window, &cw::ui::MainWindow::demoBuilt, &window, [&](bool) { afterLoad(); });
    window.show();
    if (demoMissing)
        window.buildDemo();
    else {
        afterLoad();
        if (shot.isEmpty())
            window.offerDemoIfEmpty();
    }
    return QApplication::exec();
}
