// import and import-ota end to end: the real binary, a real HTTP server on
// 127.0.0.1, real files, and a real git repository built by the test.

#include "TestHttpServer.h"
#include "CliProcess.h"
#include "GitCli.h"
#include "TestSupport.h"

#include <QDir>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTest>

using namespace cw;

namespace {

using Run = test::CliRun;

Run clausewatch(const QStringList &args)
{
    return test::runClausewatch(args);
}

using test::git;

QByteArray policyWithNotice(int days)
{
    return test::samplePolicy(QStringLiteral("%1 days").arg(days));
}

} // namespace

class TestCliImport : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;

    QStringList importUrl(const QString &archive, const QString &path, const QString &platform)
    {
        return {QStringLiteral("--archive"), archive, QStringLiteral("import"), m_server.url(path),
                QStringLiteral("--platform"), platform, QStringLiteral("--type"),
                QStringLiteral("Terms of Service"), QStringLiteral("--json")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.route("/terms", test::HttpRoute{200, "text/markdown; charset=utf-8",
                                                 test::samplePolicy(), {}, 0});
        m_server.route("/old-terms", test::HttpRoute{301, "text/html", "", {{"Location", "/terms"}}, 0});
        m_server.route("/gone", test::HttpRoute{404, "text/html",
                                                "<html><body><h1>Page not found</h1></body></html>", {}, 0});
        m_server.route("/challenge",
                       test::HttpRoute{200, "text/html; charset=utf-8",
                                       "<html><head><title>Just a moment...</title></head><body>"
                                       "<h1>Checking your browser before accessing the site</h1>"
                                       "<p>Please verify you are human to continue.</p>"
                                       "<noscript>Enable JavaScript and cookies to continue."
                                       "</noscript></body></html>",
                                       {}, 0});
        // A Windows-1252 page: "café" and curly quotes as single bytes.
        QByteArray latin = "<html><head><meta charset=\"windows-1252\"><title>Terms</title></head><body>"
                           "<main><h1>Caf\xe9 Terms</h1>";
        for (int i = 0; i < 12; ++i)
            latin += "<p>Section " + QByteArray::number(i + 1) +
                     ": the caf\xe9 service may change these terms at any time, and we will "
                     "give you \x93reasonable\x94 notice before material changes.</p>";
        latin += "</main><div class=\"ads\">Buy our mugs today and save!</div></body></html>";
        m_server.route("/latin", test::HttpRoute{200, "text/html", latin, {}, 0});
    }

    void urlImportThenVerification()
    {
        test::TempArchive a;
        Run r = clausewatch(importUrl(a.path(), QStringLiteral("/terms"), QStringLiteral("Webly")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("platforms")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("documents")).toInt(), 1);

        // The same page again (through a redirect): a verification, not a version.
        r = clausewatch(importUrl(a.path(), QStringLiteral("/old-terms"), QStringLiteral("Webly")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 0);
        QCOMPARE(r.json().object().value(QStringLiteral("verifications")).toInt(), 1);

        r = clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("list"),
                         QStringLiteral("documents"), QStringLiteral("--json")});
        const QJsonObject doc = QJsonDocument::fromJson(r.out.toUtf8()).array().first().toObject();
        QCOMPARE(doc.value(QStringLiteral("versions")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("snapshots")).toInt(), 2);
        QVERIFY(doc.value(QStringLiteral("last_verified")).toString() >
                doc.value(QStringLiteral("first_seen")).toString() ||
                doc.value(QStringLiteral("last_verified")).toString() ==
                    doc.value(QStringLiteral("first_seen")).toString());
        QCOMPARE(clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("verify")}).exitCode, 0);
    }

    void errorPageIsSuspectAndNothingIsLost()
    {
        test::TempArchive a;
        QCOMPARE(clausewatch(importUrl(a.path(), QStringLiteral("/terms"), QStringLiteral("Webly"))).exitCode, 0);
        const Run r = clausewatch(importUrl(a.path(), QStringLiteral("/gone"), QStringLiteral("Webly")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().object().value(QStringLiteral("suspect")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 0);
        QVERIFY(r.err.contains(QStringLiteral("404")));
        const Run list = clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("list"),
                                      QStringLiteral("documents"), QStringLiteral("--json")});
        const QJsonObject doc = QJsonDocument::fromJson(list.out.toUtf8()).array().first().toObject();
        QCOMPARE(doc.value(QStringLiteral("versions")).toInt(), 1);
        QCOMPARE(doc.value(QStringLiteral("suspect_snapshots")).toInt(), 1);
        QCOMPARE(clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("verify")}).exitCode, 0);
    }

    void botWallIsSuspect()
    {
        test::TempArchive a;
        const Run r = clausewatch(importUrl(a.path(), QStringLiteral("/challenge"), QStringLiteral("Walled")));
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.json().object().value(QStringLiteral("suspect")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 0);
        QVERIFY2(r.err.contains(QStringLiteral("suspect")), qPrintable(r.err));
    }

    void nonUtf8PageAndStoredSelectors()
    {
        test::TempArchive a;
        QStringList first = importUrl(a.path(), QStringLiteral("/latin"), QStringLiteral("Latiny"));
        first << QStringLiteral("--select") << QStringLiteral("main") << QStringLiteral("--remove")
              << QStringLiteral(".ads");
        Run r = clausewatch(first);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 1);
        // Again without selectors: the document's stored ones apply, so the
        // text is the same and this is a verification.
        r = clausewatch(importUrl(a.path(), QStringLiteral("/latin"), QStringLiteral("Latiny")));
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("verifications")).toInt(), 1);

        OpenOptions ro;
        ro.readOnly = true;
        auto db = Database::open(a.path(), ro);
        QVERIFY(db.ok());
        auto st = (*db)->prepare("SELECT text FROM versions");
        QVERIFY(st->step().value());
        const QString text = st->text(0);
        QVERIFY2(text.contains(QStringLiteral("Café Terms")), qPrintable(text.left(200)));
        QVERIFY(text.contains(QStringLiteral("“reasonable”")));
        QVERIFY(!text.contains(QStringLiteral("mugs")));
    }

    void pdfImports()
    {
        test::TempArchive a;
        const QString pdf = a.dir() + QStringLiteral("/terms.pdf");
        {
            QPdfWriter writer(pdf);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter p(&writer);
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPointSize(11);
            p.setFont(font);
            int y = 400;
            const QStringList lines{
                QStringLiteral("Pdfly Terms of Service"),
                QStringLiteral("Last updated: May 2, 2024"),
                QStringLiteral("1. Disputes. Any dispute will be resolved by binding individual arbitration."),
                QStringLiteral("2. Changes. We may change these terms at any time with 30 days notice."),
                QStringLiteral("3. Termination. We may suspend your account if you break these terms."),
                QStringLiteral("4. Liability. Our total liability is limited to the fees you paid us."),
                QStringLiteral("5. Law. These terms are governed by the laws of the State of Oregon.")};
            for (const QString &line : lines) {
                p.drawText(300, y, line);
                y += 300;
            }
        }
        const Run r = clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("import"), pdf,
                                   QStringLiteral("--platform"), QStringLiteral("Pdfly"),
                                   QStringLiteral("--type"), QStringLiteral("Terms of Service"),
                                   QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 1);
        QVERIFY(r.json().object().value(QStringLiteral("flags_added")).toInt() >= 2);

        // A PDF with no text layer (only a drawn shape) is suspect.
        const QString scan = a.dir() + QStringLiteral("/scan.pdf");
        {
            QPdfWriter writer(scan);
            QPainter p(&writer);
            p.fillRect(QRect(200, 200, 3000, 3000), Qt::gray);
        }
        const Run s = clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("import"), scan,
                                   QStringLiteral("--platform"), QStringLiteral("Pdfly"),
                                   QStringLiteral("--type"), QStringLiteral("Privacy Policy"),
                                   QStringLiteral("--json")});
        QCOMPARE(s.exitCode, 1);
        QCOMPARE(s.json().object().value(QStringLiteral("suspect")).toInt(), 1);
    }

    void badFilesGetClearMessages_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("name");
        QTest::newRow("empty file") << QByteArray() << QStringLiteral("empty.html");
        QByteArray junk(20000, '\0');
        for (int i = 0; i < junk.size(); ++i)
            junk[i] = char((i * 2654435761u) >> 13);
        QTest::newRow("binary junk") << junk << QStringLiteral("junk.bin");
        QTest::newRow("tiny text") << QByteArray("Hello.") << QStringLiteral("tiny.txt");
        QTest::newRow("fifty megabytes")
            << QByteArray(50 * 1024 * 1024, 'x') << QStringLiteral("huge.txt");
        QByteArray nested = "<html><body>";
        for (int i = 0; i < 100000; ++i)
            nested += "<div>";
        nested += "We may change these terms.";
        QTest::newRow("deeply nested html") << nested << QStringLiteral("nested.html");
        QTest::newRow("invalid utf-8 markdown")
            << QByteArray("# Terms\n\n\xff\xfe\xfd broken \xc3\x28 bytes\n") << QStringLiteral("bad.md");
    }

    void badFilesGetClearMessages()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, name);
        test::TempArchive a;
        const QString good = a.dir() + QStringLiteral("/good.md");
        test::writeFile(good, test::samplePolicy());
        QCOMPARE(clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("import"), good,
                              QStringLiteral("--platform"), QStringLiteral("Filey"),
                              QStringLiteral("--type"), QStringLiteral("Terms of Service")})
                     .exitCode,
                 0);
        const QString bad = a.dir() + QLatin1Char('/') + name;
        test::writeFile(bad, content);
        const Run r = clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("import"), bad,
                                   QStringLiteral("--platform"), QStringLiteral("Filey"),
                                   QStringLiteral("--type"), QStringLiteral("Terms of Service")});
        QVERIFY2(r.exitCode == 1 || r.exitCode == 2, qPrintable(r.err));
        QVERIFY2(r.err.trimmed().count(QLatin1Char('\n')) == 0 && !r.err.trimmed().isEmpty(),
                 qPrintable(r.err));
        // The earlier version is intact and the archive still verifies.
        const Run list = clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("list"),
                                      QStringLiteral("versions"), QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 1);
        QCOMPARE(clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("verify")}).exitCode, 0);
    }

    void otaHistoryImportsOnceAndResumes()
    {
        test::TempArchive a;
        const QString repo = a.dir() + QStringLiteral("/versions");
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/Chirpy")));
        QVERIFY(QDir().mkpath(repo + QStringLiteral("/Tunebox")));
        QVERIFY(git(repo, {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("-b"), QStringLiteral("main")}));
        auto commit = [&](const QString &file, const QByteArray &text, const QString &message,
                          const QByteArray &date) {
            test::writeFile(repo + QLatin1Char('/') + file, text);
            QVERIFY(git(repo, {QStringLiteral("add"), QStringLiteral("-A")}));
            QVERIFY(git(repo, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message}, date));
        };
        commit(QStringLiteral("Chirpy/Terms of Service.md"), policyWithNotice(30),
               QStringLiteral("First record of Chirpy Terms of Service"), "2023-01-05T10:00:00Z");
        commit(QStringLiteral("Tunebox/Privacy Policy.md"), policyWithNotice(45),
               QStringLiteral("First record of Tunebox Privacy Policy"), "2023-02-05T10:00:00Z");
        commit(QStringLiteral("Chirpy/Terms of Service.md"), policyWithNotice(15),
               QStringLiteral("Record new changes of Chirpy Terms of Service"), "2023-06-05T10:00:00Z");

        const QStringList cmd{QStringLiteral("--archive"), a.path(), QStringLiteral("import-ota"),
                              repo, QStringLiteral("--json"), QStringLiteral("--quiet")};
        Run r = clausewatch(cmd);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 3);
        QCOMPARE(r.json().object().value(QStringLiteral("platforms")).toInt(), 2);
        QCOMPARE(r.json().object().value(QStringLiteral("documents")).toInt(), 2);

        r = clausewatch(cmd); // nothing new
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QStringLiteral("captures")).toInt(), 0);

        commit(QStringLiteral("Chirpy/Terms of Service.md"), policyWithNotice(7),
               QStringLiteral("Record new changes of Chirpy Terms of Service"), "2024-01-05T10:00:00Z");
        r = clausewatch(cmd);
        QCOMPARE(r.json().object().value(QStringLiteral("versions_added")).toInt(), 1);
        QCOMPARE(r.json().object().value(QStringLiteral("captures")).toInt(), 1);

        const Run versions = clausewatch({QStringLiteral("--archive"), a.path(), QStringLiteral("list"),
                                          QStringLiteral("versions"), QStringLiteral("--platform"),
                                          QStringLiteral("Chirpy"), QStringLiteral("--json")});
        const QJsonArray list = QJsonDocument::fromJson(versions.out.toUtf8()).array();
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.at(0).toObject().value(QStringLiteral("first_seen")).toString(),
                 QStringLiteral("2023-01-05T10:00:00Z"));

        const Run notRepo = clausewatch({QStringLiteral("--archive"), a.path(),
                                         QStringLiteral("import-ota"), a.dir()});
        QCOMPARE(notRepo.exitCode, 2);
        QVERIFY(notRepo.err.contains(QStringLiteral("not a git repository")));
    }

    // libgit2 and QtNetwork live in modules loaded only by the commands that
    // need them; without the module those commands fail with one line naming
    // it, and the rest of the command line still works.
    void missingModulesAreNamed()
    {
        test::TempArchive a;
        test::CliOptions noModules;
        noModules.env.insert(QStringLiteral("CW_MODULE_DIR"), a.dir());
        Run r = test::runClausewatch({QStringLiteral("--archive"), a.path(),
                                      QStringLiteral("import-ota"), a.dir()},
                                     noModules);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(test::isOneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("clausewatch_git.so")), qPrintable(r.err));

        r = test::runClausewatch(importUrl(a.path(), QStringLiteral("/terms"), QStringLiteral("Webly")),
                                 noModules);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(test::isOneLine(r.err), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("clausewatch_net.so")), qPrintable(r.err));

        const QString old = a.dir() + QStringLiteral("/old.txt");
        const QString now = a.dir() + QStringLiteral("/new.txt");
        test::writeFile(old, "Fees are due monthly.\n");
        test::writeFile(now, "Fees are due weekly.\n");
        r = test::runClausewatch({QStringLiteral("diff"), QStringLiteral("--files"), old, now,
                                  QStringLiteral("--json")},
                                 noModules);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
};

QTEST_MAIN(TestCliImport)
#include "tst_cli_import.moc"
