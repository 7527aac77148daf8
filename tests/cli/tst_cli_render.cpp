// `import URL --render`: a page that builds its terms with JavaScript, served
// on 127.0.0.1, captured through QtWebEngine in the window module.

#include "CliProcess.h"
#include "ScriptedTermsPage.h"
#include "TestHttpServer.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QTest>

using namespace cw;

class TestCliRender : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;

    QStringList importArgs(const QString &archive, bool render)
    {
        QStringList a{QStringLiteral("--archive"),  archive,
                      QStringLiteral("import"),     m_server.url(QStringLiteral("/app/terms")),
                      QStringLiteral("--platform"), QStringLiteral("Zappo"),
                      QStringLiteral("--type"),     QStringLiteral("Terms of Service"),
                      QStringLiteral("--json")};
        if (render)
            a << QStringLiteral("--render");
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.route("/app/terms",
                       test::HttpRoute{200, "text/html; charset=utf-8", test::kScriptedTermsPage, {}, 0});
    }

    void withoutRenderingTheShellIsSuspect()
    {
        test::TempArchive a;
        const test::CliRun r = test::runClausewatch(importArgs(a.path(), false));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().object().value(QStringLiteral("suspect")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 0);
    }

    void renderedPageBecomesAVersionWithFlags()
    {
        test::TempArchive a;
        test::CliRun r = test::runClausewatch(importArgs(a.path(), true));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 1);

        // The stored text is what the script built.
        r = test::runClausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("list"),
                                  QStringLiteral("flags"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QStringList types;
        for (const QJsonValue &v : r.json().array())
            types << v.toObject().value(QStringLiteral("type")).toString();
        QVERIFY2(types.contains(QStringLiteral("arbitration")), qPrintable(types.join(u',')));
        QVERIFY(types.contains(QStringLiteral("class_action_waiver")));

        // The snapshot keeps the rendered DOM, the server's status, and says
        // it was rendered.
        auto db = a.open();
        auto st = db->prepare("SELECT raw, origin, http_status FROM snapshots");
        QVERIFY(st->step().value());
        const QByteArray raw = st->blob(0);
        QVERIFY(raw.startsWith("<!DOCTYPE html>"));
        QVERIFY(raw.contains("binding individual arbitration"));
        QVERIFY(!raw.contains("noscript")); // not part of the page a browser shows
        QVERIFY(st->text(1).endsWith(QStringLiteral("(rendered with JavaScript)")));
        QCOMPARE(st->int64(2), 200);
        db.reset();

        // Rendering again: the same DOM, so a verification.
        r = test::runClausewatch(importArgs(a.path(), true));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("verifications")).toInt(), 1);
        QCOMPARE(
            test::runClausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("verify")})
                .exitCode,
            0);
    }

    // A document imported with rendering is re-checked the same way: plain
    // fetching would capture the empty shell (and call it suspect).
    void checkRendersWhatWasRendered()
    {
        test::TempArchive a;
        test::CliRun r = test::runClausewatch(importArgs(a.path(), true));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList check{QStringLiteral("--archive"), a.path(), QStringLiteral("check"),
                                QStringLiteral("--json"), QStringLiteral("--quiet")};

        r = test::runClausewatch(check);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonObject item =
            r.json().object().value(QStringLiteral("documents")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("outcome")).toString(), QStringLiteral("skipped"));
        QVERIFY2(
            item.value(QStringLiteral("message")).toString().contains(QStringLiteral("--render")),
            qPrintable(item.value(QStringLiteral("message")).toString()));

        r = test::runClausewatch(check + QStringList{QStringLiteral("--render")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        item = r.json().object().value(QStringLiteral("documents")).toArray().at(0).toObject();
        QCOMPARE(item.value(QStringLiteral("outcome")).toString(), QStringLiteral("unchanged"));

        // Nothing suspect was stored along the way.
        auto db = a.open();
        auto st = db->prepare(
            "SELECT count(*), count(*) FILTER (WHERE quality = 'suspect') FROM snapshots");
        QVERIFY(st.ok());
        QVERIFY(st->step().value());
        QCOMPARE(st->int64(0), 2);
        QCOMPARE(st->int64(1), 0);
    }

    void renderIsForUrlsOnly()
    {
        test::TempArchive a;
        const test::CliRun r =
            test::runClausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("import"),
                                  QStringLiteral("/tmp/terms.html"), QStringLiteral("--platform"),
                                  QStringLiteral("X"), QStringLiteral("--type"),
                                  QStringLiteral("Terms of Service"), QStringLiteral("--render")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--render is for http(s) URLs")), qPrintable(r.err));
    }

    void unreachablePageIsOneLine()
    {
        test::TempArchive a;
        const test::CliRun r = test::runClausewatch(
            {QStringLiteral("--archive"), a.path(), QStringLiteral("import"),
             m_server.url(QStringLiteral("/no-such-page")), QStringLiteral("--platform"),
             QStringLiteral("X"), QStringLiteral("--type"), QStringLiteral("Terms of Service"),
             QStringLiteral("--render")});
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliRender)
#include "tst_cli_render.moc"
