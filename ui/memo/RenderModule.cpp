// The clausewatch_gui module's second face: rendering memo PDFs for the
// command line, which links QtCore only and loads this module at run time
// (app/RendererLoader). The executable asks the module to create the
// application (WebEngine needs a QGuiApplication with shared GL contexts) and
// runs its command inside; the memo command then prints through
// cw_pdf_printer().

#include "memo/MemoRenderer.h"
#include "web/WebPageRenderer.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <memory>

#include <unistd.h>

namespace {

// The memo printer is created on first use: a command that fails before it
// prints (bad scope, unknown platform) never starts Chromium, whose helper
// processes would otherwise write to stderr as the command exits.
std::unique_ptr<cw::ui::MemoRenderer> *g_renderer = nullptr;
cw::ui::WebPageRenderer *g_pages = nullptr;
QtMessageHandler g_previousHandler = nullptr;

// A command line prints one line on failure; the engine's start-up notes about
// the (absent) GPU and runtime folder are not findings. Everything else passes.
void quietHandler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    static const char *const harmless[] = {"XDG_RUNTIME_DIR not set", "No suitable graphics backend",
                                           "Sandboxing disabled"};
    if (type != QtFatalMsg && type != QtCriticalMsg)
        for (const char *h : harmless)
            if (message.contains(QLatin1String(h)))
                return;
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

void setDefault(const char *name, const char *value)
{
    if (qEnvironmentVariableIsEmpty(name))
        qputenv(name, value);
}

} // namespace

/// Runs `body` inside a QGuiApplication able to print with QtWebEngine; returns
/// its exit code. A command-line render never shows a window, so the QPA
/// platform defaults to offscreen; as root (containers, CI) Chromium refuses
/// to start sandboxed, and the page renders only our own escaped HTML with
/// scripts and network off, so the sandbox is turned off there.
///
/// Qt gets only the program name: options such as "--platform NAME" belong to
/// the command, and `body` receives the original argc/argv.
extern "C" Q_DECL_EXPORT int cw_run_with_renderer(int argc, char **argv, int (*body)(int, char **))
{
    g_previousHandler = qInstallMessageHandler(quietHandler);
    setDefault("QT_QPA_PLATFORM", "offscreen");
    setDefault("QTWEBENGINE_CHROMIUM_FLAGS", "--disable-gpu --disable-dev-shm-usage");
    if (::geteuid() == 0)
        setDefault("QTWEBENGINE_DISABLE_SANDBOX", "1");
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    int qtArgc = argc > 0 ? 1 : 0;
    QGuiApplication app(qtArgc, argv);
    // The engine's start-up report is noise on a command line.
    QLoggingCategory::setFilterRules(QStringLiteral("qt.webenginecontext.info=false"));
    int rc = 0;
    {
        std::unique_ptr<cw::ui::MemoRenderer> renderer;
        cw::ui::WebPageRenderer pages; // starts Chromium only in render()
        g_renderer = &renderer;
        g_pages = &pages;
        rc = body(argc, argv);
        g_renderer = nullptr;
        g_pages = nullptr;
    }
    return rc;
}

/// The printer (created on the first call), valid while cw_run_with_renderer's
/// body runs; null otherwise.
extern "C" Q_DECL_EXPORT const cw::MemoPdfPrinter *cw_pdf_printer()
{
    if (!g_renderer)
        return nullptr;
    if (!*g_renderer)
        *g_renderer = std::make_unique<cw::ui::MemoRenderer>();
    return g_renderer->get();
}

/// The page renderer (`import URL --render`), valid while
/// cw_run_with_renderer's body runs; null otherwise.
extern "C" Q_DECL_EXPORT const cw::PageRenderer *cw_page_renderer()
{
    return g_pages;
}
