// Entry point of the clausewatch_gui module, which the clausewatch executable
// loads at run time only when a window is wanted.

#include "MainWindow.h"
#include "archive/Database.h"
#include "browse/DocumentPanel.h"
#include "compare/CompareAndAlerts.h"
#include "compare/CompareWindow.h"
#include "detail/ClauseDetailPanel.h"
#include "dialogs/Dialogs.h"
#include "diff/DiffWindow.h"
#include "dialogs/HeadlessDialogs.h"
#include "import/ImportDialog.h"
#include "model/RecordId.h"
#include "reader/DocumentReader.h"
#include "reader/OriginalView.h"
#include "reader/SnapshotWebView.h"
#include "review/FlagTablePanel.h"
#include "search/SearchPopup.h"
#include "services/DemoArchive.h"
#include "settings/AppSettings.h"
#include "settings/Appearance.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDockWidget>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace {

QString defaultArchive(const cw::ui::AppSettings &settings)
{
    const QString env = qEnvironmentVariable("CLAUSEWATCH_ARCHIVE");
    if (!env.isEmpty())
        return env;
    const QString last = settings.lastArchive();
    if (!last.isEmpty() && QFileInfo::exists(last))
        return last;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/archive.cwa");
}

QString demoArchive()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/demo.cwa");
}

// Peak resident memory of this process in kB (VmHWM), 0 when unknown.
long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

// Prints "first-paint <ms> rss <kB>" when the window has painted once, then
// quits (CW_BENCH_FIRST_PAINT=1; used by tests/bench/bench_workstation). The
// time runs from the GUI module's entry (the launcher's own start is ~6 ms).
class FirstPaintProbe : public QObject
{
public:
    explicit FirstPaintProbe(QElapsedTimer *timer) : m_timer(timer) {}
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first-paint %lld rss %ld\n", static_cast<long long>(m_timer->elapsed()),
                            peakRssKb());
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer *m_timer;
    bool m_done = false;
};

// Renders a widget (the window or one panel), saves it as PNG and quits,
// for looking at the GUI headless (QT_QPA_PLATFORM=offscreen).
void screenshotAndQuit(QWidget *widget, const QString &file, int delayMs)
{
    QTimer::singleShot(delayMs, widget, [widget, file] {
        const bool ok = widget->grab().save(file, "PNG");
        if (!ok)
            std::fprintf(stderr, "clausewatch: cannot write %s\n", qPrintable(file));
        QCoreApplication::exit(ok ? 0 : 2);
    });
}

} // namespace

extern "C" Q_DECL_EXPORT int cw_gui_main(int argc, char **argv)
{
    QElapsedTimer started;
    started.start();
    // QtWebEngine needs shared GL contexts before the application exists.
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("clausewatch"));
    QApplication::setApplicationDisplayName(QStringLiteral("Clausewatch"));
    QApplication::setApplicationVersion(QStringLiteral(CW_VERSION_STRING));
    QApplication::setDesktopFileName(QStringLiteral("clausewatch"));

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
        QApplication::translate("cw::ui", "Save the main window (or --panel) as PNG and quit."),
        QStringLiteral("file.png"));
    // Not "--platform": QGuiApplication owns that option (the QPA plugin).
    const QCommandLineOption platform(
        QStringLiteral("select"), QApplication::translate("cw::ui", "Select this platform."),
        QStringLiteral("name"));
    const QCommandLineOption flag(QStringLiteral("flag"),
                                  QApplication::translate("cw::ui", "Select this flag (CW-P-000123)."),
                                  QStringLiteral("record"));
    const QCommandLineOption search(QStringLiteral("search"),
                                    QApplication::translate("cw::ui", "Open global search with this query."),
                                    QStringLiteral("query"));
    const QCommandLineOption panel(
        QStringLiteral("panel"),
        QApplication::translate("cw::ui", "With --screenshot: shoot one panel: window, platforms, "
                                          "documents, flags, detail, reader, audit, search, "
                                          "original, settings, import, compare, alerts."),
        QStringLiteral("name"), QStringLiteral("window"));
    const QCommandLineOption appearance(
        QStringLiteral("appearance"),
        QApplication::translate("cw::ui", "system, light or dark (this run only)."),
        QStringLiteral("look"));
        const QCommandLineOption diff(
        QStringList{QStringLiteral("diff")},
        QApplication::translate("cw::ui", "Compare version OLD with version NEW (ids, see "
                                          "clausewatch list versions): --diff OLD NEW."),
        QStringLiteral("old"));
    const QCommandLineOption inlineMode(
        QStringLiteral("inline"),
        QApplication::translate("cw::ui", "With --diff: show the single-column redline."));
    parser.addOptions(
        {archive, demo, screenshot, platform, flag, search, panel, appearance, diff, inlineMode});
    parser.addPositionalArgument(QStringLiteral("new"),
                                 QApplication::translate("cw::ui", "With --diff: the newer version id."),
                                 QStringLiteral("[new]"));
    parser.process(app);

    // Screenshots use throw-away settings: reproducible, and the user's own
    // layout and selection are neither read nor changed.
    const QString shot = parser.value(screenshot);
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> qsettings =
        shot.isEmpty() ? std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                                     QStringLiteral("clausewatch"),
                                                     QStringLiteral("clausewatch"))
                       : std::make_unique<QSettings>(scratch.filePath(QStringLiteral("s.ini")),
                                                     QSettings::IniFormat);
    cw::ui::AppSettings settings(*qsettings);

    QTranslator translator;
    const QLocale locale = settings.language().isEmpty() ? QLocale() : QLocale(settings.language());
    if (translator.load(locale, QStringLiteral("clausewatch"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    auto look = settings.appearance();
    if (parser.isSet(appearance)) {
        const QString a = parser.value(appearance);
        look = a == QLatin1String("dark")    ? cw::ui::AppSettings::Appearance::Dark
               : a == QLatin1String("light") ? cw::ui::AppSettings::Appearance::Light
                                             : cw::ui::AppSettings::Appearance::System;
    }
    cw::ui::Appearance::apply(look);

    const bool wantDemo = parser.isSet(demo);
    const QString path = parser.isSet(archive) ? parser.value(archive)
                         : wantDemo            ? demoArchive()
                                               : defaultArchive(settings);
    QDir().mkpath(QFileInfo(path).absolutePath());
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

    cw::ui::WidgetDialogs widgetDialogs;
    cw::ui::HeadlessDialogs headlessDialogs;
    cw::ui::Dialogs &dialogs = shot.isEmpty() ? static_cast<cw::ui::Dialogs &>(widgetDialogs)
                                              : headlessDialogs;
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
        QObject::connect(&window, &cw::ui::DiffWindow::comparisonFailed, &window,
                         [&](const QString &message) {
                             std::fprintf(stderr, "clausewatch: %s\n", qPrintable(message));
                             // Also ends the error box's own loop, should one open.
                             QTimer::singleShot(0, [] { QCoreApplication::exit(2); });
                         });
        if (!shot.isEmpty())
            QObject::connect(&window, &cw::ui::DiffWindow::comparisonShown, &window,
                             [&] { screenshotAndQuit(&window, shot, 300); });
        window.show();
        window.compareVersions(oldId, newId);
        return QApplication::exec();
    }
    cw::ui::MainWindow window(std::move(*db), dialogs, &settings);
    FirstPaintProbe probe(&started);
    if (qEnvironmentVariableIntValue("CW_BENCH_FIRST_PAINT") == 1)
        window.installEventFilter(&probe);

    const QString select = parser.value(platform);
    const QString panelName = parser.value(panel);
    std::unique_ptr<cw::ui::SettingsDialog> settingsDialog;
    std::unique_ptr<cw::ui::ImportDialog> importDialog;
    auto afterLoad = [&] {
        if (!select.isEmpty())
            window.selectPlatform(select);
        if (parser.isSet(flag)) {
            const auto id = cw::parseRecordId(cw::RecordKind::Provision, parser.value(flag));
            if (!id || !window.goToFlag(*id))
                std::fprintf(stderr, "clausewatch: no flag %s\n", qPrintable(parser.value(flag)));
        }
        if (parser.isSet(search))
            window.openSearch(parser.value(search));
        if (shot.isEmpty())
            return;
        QWidget *target = &window;
        int delay = 300;
        if (panelName == QLatin1String("reader") || panelName == QLatin1String("original")) {
            if (const auto &d = window.detailPanel()->detail())
                window.openInReader(d->versionId, d->clause.id);
            else if (const qint64 v = window.documentPanel()->currentVersionId())
                window.openInReader(v);
        }
        if (panelName == QLatin1String("reader")) {
            target = window.panel(QStringLiteral("reader"));
        } else if (panelName == QLatin1String("original")) {
            cw::ui::OriginalView *view = window.reader()->viewOriginal();
            target = view ? static_cast<QWidget *>(view) : &window;
            delay = view && view->webView() ? 2500 : 400;
        } else if (panelName == QLatin1String("settings")) {
            settingsDialog = std::make_unique<cw::ui::SettingsDialog>(settings, path, dialogs, &window);
            settingsDialog->show();
            target = settingsDialog.get();
        } else if (panelName == QLatin1String("import")) {
            importDialog = std::make_unique<cw::ui::ImportDialog>(dialogs, QStringList{}, &window);
            importDialog->setSource(cw::ui::ImportRequest::Kind::Url,
                                    QStringLiteral("https://zappo.example/terms"));
            importDialog->setPlatform(QStringLiteral("Zappo"));
            importDialog->renderBox()->setChecked(true);
            importDialog->show();
            target = importDialog.get();
        } else if (panelName == QLatin1String("compare")) {
            target = window.compareAndAlerts()->openCompare();
            delay = 1500; // the matrix loads off the GUI thread
        } else if (panelName == QLatin1String("alerts")) {
            window.compareAndAlerts()->alertsDock()->show();
            delay = 800;
        } else if (panelName == QLatin1String("audit")) {
            window.showView(cw::ui::MainWindow::View::Audit);
            target = window.panel(panelName);
        } else if (panelName != QLatin1String("window")) {
            if (QWidget *w = window.panel(panelName))
                target = w;
            else
                std::fprintf(stderr, "clausewatch: no panel named %s\n", qPrintable(panelName));
        }
        screenshotAndQuit(target, shot, delay);
    };
    QObject::connect(&window, &cw::ui::MainWindow::demoBuilt, &window, [&](bool) { afterLoad(); });
    window.show();
    if (demoMissing)
        window.buildDemo();
    else {
        afterLoad();
        if (shot.isEmpty() && !parser.isSet(flag))
            window.offerDemoIfEmpty();
    }
    return QApplication::exec();
}
