#include "web/WebPageRenderer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QWebEngineDownloadRequest>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

#include <memory>
#include <optional>

namespace cw::ui {

namespace {

/// A page that opens no windows and is granted nothing.
class CapturePage : public QWebEnginePage
{
public:
    using QWebEnginePage::QWebEnginePage;

protected:
    QWebEnginePage *createWindow(WebWindowType) override { return nullptr; }
    bool acceptNavigationRequest(const QUrl &url, NavigationType, bool isMainFrame) override
    {
        // Only http(s) and inline content: no file://, no custom schemes.
        const QString s = url.scheme();
        return !isMainFrame || s == QLatin1String("http") || s == QLatin1String("https") ||
               s == QLatin1String("about") || s == QLatin1String("data");
    }
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &, int,
                                  const QString &) override
    {
        // The page's own logging is not ours to print.
    }
};

/// Runs a script and waits for its result (the loop is the caller's; a
/// deadline that quits it makes this return an invalid value). The callback
/// may outlive this frame, so it holds only shared state.
QVariant evaluate(QWebEnginePage &page, const QString &script, QEventLoop &loop)
{
    struct Pending
    {
        QVariant value;
        bool done = false;
        QPointer<QEventLoop> loop;
    };
    auto pending = std::make_shared<Pending>();
    pending->loop = &loop;
    page.runJavaScript(script, [pending](const QVariant &v) {
        pending->value = v;
        pending->done = true;
        if (pending->loop)
            pending->loop->quit();
    });
    if (!pending->done)
        loop.exec();
    return pending->value;
}

} // namespace

WebPageRenderer::WebPageRenderer(QObject *parent) : QObject(parent) {}

Result<RenderedPage> WebPageRenderer::render(const QUrl &url, int timeoutMs) const
{
    const QString op = tr("rendering %1").arg(url.toDisplayString());
    // A fresh off-the-record profile per page: nothing carried between captures.
    QWebEngineProfile profile;
    profile.setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    profile.setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QObject::connect(&profile, &QWebEngineProfile::downloadRequested, &profile,
                     [](QWebEngineDownloadRequest *d) { d->cancel(); });
    CapturePage page(&profile);
    QWebEngineSettings *s = page.settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);

    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        loop.quit();
    });
    // An application that quits while a page renders (the GUI renders for its
    // workers on its own thread) ends every event loop, and from then on
    // exec() returns -1 at once: the waits below stop instead of spinning.
    bool closing = false;
    const auto wait = [&] {
        if (loop.exec() == -1)
            closing = true;
    };
    std::optional<bool> loaded;
    QObject::connect(&page, &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        loaded = ok;
        loop.quit();
    });
    QElapsedTimer clock;
    clock.start();
    deadline.start(timeoutMs);
    page.load(url);
    while (!loaded && !timedOut && !closing)
        wait();
    if (closing)
        return makeError(op, tr("the application is closing"));
    if (timedOut)
        return makeError(op, tr("the page did not load within %1 s").arg(timeoutMs / 1000));
    if (!*loaded)
        return makeError(op, tr("the page failed to load"));

    // Settle: pages fill themselves from scripts and requests after "load".
    // Wait at least kMinSettleMs, and until the DOM's size has not changed
    // for kStableChecks checks kCheckMs apart, within the deadline. (A busy
    // machine delays the page's timers: a short window would catch a page
    // before its content arrives.)
    // A page that still shows (almost) no text is an application shell
    // whose script has not run yet: it gets up to kShellWaitMs more (then it
    // is taken as it is, and the quality gate judges it).
    constexpr int kCheckMs = 250;
    constexpr int kStableChecks = 4;
    constexpr qint64 kMinSettleMs = 1000;
    constexpr qint64 kShellWaitMs = 8000;
    constexpr qint64 kShellTextChars = 200;
    QElapsedTimer settle;
    settle.start();
    qint64 lastSize = -1;
    qint64 textChars = 0;
    int stable = 0;
    const auto settled = [&] {
        return stable >= kStableChecks && settle.elapsed() >= kMinSettleMs
               && (textChars >= kShellTextChars || settle.elapsed() >= kShellWaitMs);
    };
    while (!settled() && !timedOut) {
        QTimer::singleShot(kCheckMs, &loop, &QEventLoop::quit);
        wait();
        if (timedOut || closing)
            break;
        const qint64 size =
            evaluate(page, QStringLiteral("document.documentElement.outerHTML.length"), loop)
                .toLongLong();
        textChars = evaluate(page,
                             QStringLiteral("document.body ? document.body.innerText.trim().length"
                                            " : 0"),
                             loop)
                        .toLongLong();
        stable = size == lastSize ? stable + 1 : 0;
        lastSize = size;
    }
    if (closing)
        return makeError(op, tr("the application is closing"));
    if (timedOut)
        return makeError(op, tr("the page kept changing for %1 s").arg(timeoutMs / 1000));
    // The DOM as a scripting browser shows it: <noscript> fallbacks ("enable
    // JavaScript") are not part of that page, so they are left out.
    const QString html =
        evaluate(page,
                 QStringLiteral("(() => { const c = document.documentElement.cloneNode(true);"
                                " c.querySelectorAll('noscript').forEach(n => n.remove());"
                                " return '<!DOCTYPE html>\\n' + c.outerHTML; })()"),
                 loop)
            .toString();
    deadline.stop();
    if (html.isEmpty())
        return makeError(op, tr("the page has no document"));
    return RenderedPage{html.toUtf8(), page.url()};
}

} // namespace cw::ui
