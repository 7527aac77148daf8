// HttpSource against a real HTTP server on 127.0.0.1.

#include "TestHttpServer.h"
#include "capture/net/HttpSource.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace cw;
using cw::test::HttpRoute;
using cw::test::TestHttpServer;

class TestHttpSource : public QObject
{
    Q_OBJECT

    TestHttpServer m_server;

private Q_SLOTS:
    void initTestCase()
    {
        m_server.route("/terms", HttpRoute{200, "text/html; charset=utf-8",
                                           "<html><body><h1>Terms</h1><p>Hello.</p></body></html>",
                                           {{"X-Test", "yes"}}, 0});
        m_server.route("/r1", HttpRoute{301, "text/html", "", {{"Location", "/r2"}}, 0});
        m_server.route("/r2", HttpRoute{302, "text/html", "", {{"Location", "/terms"}}, 0});
        m_server.route("/loop", HttpRoute{302, "text/html", "", {{"Location", "/loop"}}, 0});
        m_server.route("/slow", HttpRoute{200, "text/html", "<p>late</p>", {}, 3000});
        m_server.route("/big", HttpRoute{200, "text/plain", QByteArray(3 * 1024 * 1024, 'a'), {}, 0});
        m_server.route("/ftp", HttpRoute{302, "text/html", "", {{"Location", "ftp://127.0.0.1/x"}}, 0});
    }

    void fetchesPageWithHeaders()
    {
        auto r = HttpSource::fetch(QUrl(m_server.url(QStringLiteral("/terms"))));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->status, 200);
        QVERIFY(r->body.contains("<h1>Terms</h1>"));
        QCOMPARE(r->contentType, QStringLiteral("text/html; charset=utf-8"));
        const QJsonObject h = QJsonDocument::fromJson(r->headersJson().toUtf8()).object();
        QCOMPARE(h.value(QStringLiteral("x-test")).toString(), QStringLiteral("yes"));
        QVERIFY(r->redirects.isEmpty());
    }

    void followsBoundedRedirects()
    {
        auto r = HttpSource::fetch(QUrl(m_server.url(QStringLiteral("/r1"))));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 200);
        QCOMPARE(r->redirects.size(), 2);
        QCOMPARE(r->finalUrl.path(), QStringLiteral("/terms"));

        auto loop = HttpSource::fetch(QUrl(m_server.url(QStringLiteral("/loop"))));
        QVERIFY(!loop.ok());
        QVERIFY(loop.error().toString().contains(QStringLiteral("redirects")));
    }

    void notFoundIsAResultNotAnError()
    {
        auto r = HttpSource::fetch(QUrl(m_server.url(QStringLiteral("/missing"))));
        QVERIFY(r.ok());
        QCOMPARE(r->status, 404);
    }

    void timesOut()
    {
        HttpFetchOptions o;
        o.timeoutMs = 500;
        auto r = HttpSource::fetch(QUrl(m_server.url(QStringLiteral("/slow"))), o);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(QStringLiteral("within")), qPrintable(r.error().toString()));
    }

    void refusesOversizedBodies()
    {
        HttpFetchOptions o;
        o.maxBytes = 1024 * 1024;
        auto r = HttpSource::fetch(QUrl(m_server.url(QStringLiteral("/big"))), o);
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().contains(QStringLiteral("larger than")));
    }

    void refusesOtherSchemes_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/terms");
        QTest::newRow("garbage") << QStringLiteral("not a url at all");
    }

    void refusesOtherSchemes()
    {
        QFETCH(QString, url);
        auto r = HttpSource::fetch(QUrl(url));
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().contains(QStringLiteral("http")));
    }

    void refusesRedirectToOtherScheme()
    {
        auto r = HttpSource::fetch(QUrl(m_server.url(QStringLiteral("/ftp"))));
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().contains(QStringLiteral("non-web")));
    }

    void connectionRefusedIsAnError()
    {
        // A port nobody listens on: bind one, note it, close it.
        QTcpServer s;
        QVERIFY(s.listen(QHostAddress::LocalHost, 0));
        const quint16 port = s.serverPort();
        s.close();
        auto r = HttpSource::fetch(QUrl(QStringLiteral("http://127.0.0.1:%1/x").arg(port)));
        QVERIFY(!r.ok());
        QVERIFY(!r.error().toString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHttpSource)
#include "tst_http_source.moc"
