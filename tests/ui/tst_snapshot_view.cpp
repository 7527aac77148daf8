// "View original": a stored HTML snapshot renders with JavaScript off and
// every request it would make blocked — checked against a real local HTTP
// server that must see no request at all.

#include "TestHttpServer.h"
#include "TestSupport.h"
#include "web/BlockingInterceptor.h"
#include "reader/OriginalView.h"
#include "reader/SnapshotWebView.h"

#include <QApplication>
#include <QObject>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>

using namespace cw;
using namespace cw::ui;

namespace {

QByteArray hostilePage(const QString &base, const QByteArray &padding = {})
{
    return QStringLiteral(
               "<!doctype html><html><head><title>Snapshot</title>"
               "<link rel=\"stylesheet\" href=\"%1/style.css\">"
               "<script src=\"%1/tracker.js\"></script>"
               "<script>document.title = 'script ran';</script></head>"
               "<body><h1>Terms of Service</h1><p>Any dispute goes to arbitration.</p>"
               "<img src=\"%1/pixel.png\"><iframe src=\"%1/frame\"></iframe>"
               "<a href=\"%1/next\">next</a></body></html>")
               .arg(base)
               .toUtf8()
               .replace("</body>", QByteArray(padding + "</body>"));
}

} // namespace

class TestSnapshotView : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;

    void serveEverything()
    {
        for (const char *path : {"/style.css", "/tracker.js", "/pixel.png", "/frame", "/next"})
            m_server.route(path, test::HttpRoute{200, "text/plain", "x", {}, 0});
    }

    int serverHits()
    {
        int n = 0;
        for (const char *path : {"/style.css", "/tracker.js", "/pixel.png", "/frame", "/next"})
            n += m_server.hits(path);
        return n;
    }

    /// `viaInterceptor`: the requests reach the interceptor (inline pages);
    /// a page from a local file has remote loads refused by Chromium itself
    /// (LocalContentCanAccessRemoteUrls off) before they reach it.
    void check(const QByteArray &html, bool viaInterceptor)
    {
        SnapshotWebView view;
        view.resize(800, 600);
        view.show();
        QSignalSpy loaded(&view, &QWebEngineView::loadFinished);
        view.showSnapshot(html, QStringLiteral("text/html; charset=utf-8"));
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        QTest::qWait(500); // subresource requests would have been made by now
        QCOMPARE(serverHits(), 0);
        if (viaInterceptor)
            QVERIFY2(view.interceptor()->blockedCount() >= 2,
                     qPrintable(view.interceptor()->blockedUrls().join(QLatin1Char(' '))));
        for (const QString &url : view.interceptor()->blockedUrls())
            QVERIFY2(url.startsWith(m_server.url(QString())), qPrintable(url));
        QCOMPARE(view.title(), QStringLiteral("Snapshot")); // the inline script did not run
        QString body;
        view.page()->toPlainText([&body](const QString &t) { body = t; });
        QTRY_VERIFY_WITH_TIMEOUT(!body.isEmpty(), 10000);
        QVERIFY(body.contains(QStringLiteral("Any dispute goes to arbitration.")));
    }

private Q_SLOTS:
    void initTestCase() { serveEverything(); }

    void blocksEveryRequestAndScript() { check(hostilePage(m_server.url(QString())), true); }

    void largeSnapshotsToo()
    {
        // Over the inline limit: loaded from a private file, still sealed.
        const QByteArray padding = "<p>" + QByteArray(2 * 1024 * 1024, 'x') + "</p>";
        check(hostilePage(m_server.url(QString()), padding), false);
    }

    void originalViewPicksTheRenderer()
    {
        Snapshot html;
        html.raw = hostilePage(m_server.url(QString()));
        html.contentType = QStringLiteral("text/html");
        html.origin = QStringLiteral("https://a.example/terms");
        html.capturedAt = QStringLiteral("2024-01-01T00:00:00Z");
        html.rawSha256 = QStringLiteral("ab");
        OriginalView a(html);
        QVERIFY(a.webView());
        QVERIFY(!a.textView());

        Snapshot md = html;
        md.raw = "# Terms\n\nPlain text.";
        md.contentType = QStringLiteral("text/markdown");
        OriginalView b(md);
        QVERIFY(!b.webView());
        QCOMPARE(b.textView()->toPlainText(), QStringLiteral("# Terms\n\nPlain text."));
        QCOMPARE(serverHits(), 0);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestSnapshotView test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_snapshot_view.moc"
