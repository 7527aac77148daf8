// The import dialog and its worker, offscreen, on real files and a real local
// HTTP server.

#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "import/ImportController.h"
#include "import/ImportDialog.h"

#include <QComboBox>
#include <QLineEdit>
#include <QObject>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cw;
using namespace cw::ui;

class TestImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dialogValidatesInput()
    {
        testing::ScriptedDialogs dialogs;
        ImportDialog d(dialogs, {QStringLiteral("Streamly")});
        QVERIFY(!d.okButton()->isEnabled()); // no source yet
        QTest::keyClicks(d.sourceEdit(), QStringLiteral("/tmp/terms.html"));
        QVERIFY(!d.okButton()->isEnabled()); // no platform yet
        d.platformBox()->setCurrentText(QStringLiteral("Streamly"));
        QVERIFY(d.okButton()->isEnabled());

        d.kindButton(ImportRequest::Kind::Url)->click();
        QVERIFY(!d.okButton()->isEnabled()); // not an http(s) address
        d.sourceEdit()->setText(QStringLiteral("https://streamly.example/terms"));
        QVERIFY(d.okButton()->isEnabled());
        const ImportRequest r = d.request();
        QCOMPARE(r.kind, ImportRequest::Kind::Url);
        QCOMPARE(r.target.platform, QStringLiteral("Streamly"));
        QCOMPARE(r.target.termsType, QStringLiteral("Terms of Service"));
    }

    void importsFolderOffTheGuiThread()
    {
        test::TempArchive a;
        QDir(a.dir()).mkdir(QStringLiteral("versions"));
        test::writeFile(a.dir() + QStringLiteral("/versions/2024-01-01.md"), test::samplePolicy());
        test::writeFile(a.dir() + QStringLiteral("/versions/2024-02-01.md"),
                        test::samplePolicy(QStringLiteral("10 days")));
        test::writeFile(a.dir() + QStringLiteral("/versions/2024-03-01.md"),
                        test::samplePolicy(QStringLiteral("10 days")));
        testing::ScriptedDialogs dialogs;
        MainWindow w(a.open(), dialogs);
        QSignalSpy done(w.importController(), &ImportController::imported);
        ImportRequest r;
        r.kind = ImportRequest::Kind::Folder;
        r.source = a.dir() + QStringLiteral("/versions");
        r.target.platform = QStringLiteral("Folderly");
        r.target.termsType = QStringLiteral("Terms of Service");
        w.importController()->run(r);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), true);
        QVERIFY2(done.first().at(1).toString().contains(QStringLiteral("2 new versions, 1 verifications")),
                 qPrintable(done.first().at(1).toString()));
        QCOMPARE(w.platformView()->model()->rowCount(), 1);
        QVERIFY(dialogs.errors.isEmpty());
    }

    void importsUrlAndReportsSuspectPage()
    {
        test::TestHttpServer server;
        server.route("/terms", test::HttpRoute{200, "text/markdown; charset=utf-8",
                                               test::samplePolicy(), {}, 0});
        server.route("/gone", test::HttpRoute{404, "text/html",
                                              "<html><body>Not found</body></html>", {}, 0});
        test::TempArchive a;
        testing::ScriptedDialogs dialogs;
        MainWindow w(a.open(), dialogs);
        QSignalSpy done(w.importController(), &ImportController::imported);
        ImportRequest r;
        r.kind = ImportRequest::Kind::Url;
        r.source = server.url(QStringLiteral("/terms"));
        r.target.platform = QStringLiteral("Webly");
        r.target.termsType = QStringLiteral("Terms of Service");
        w.importController()->run(r);
        QVERIFY(done.wait(60000));
        QVERIFY(done.last().at(1).toString().contains(QStringLiteral("1 new versions")));

        r.source = server.url(QStringLiteral("/gone"));
        w.importController()->run(r);
        QVERIFY(done.wait(60000));
        QVERIFY(done.last().at(1).toString().contains(QStringLiteral("1 suspect")));
        QCOMPARE(dialogs.asked.count(QStringLiteral("Suspect capture")), 1);
    }

    void reportsErrorsThroughTheDialogSeam()
    {
        test::TempArchive a;
        testing::ScriptedDialogs dialogs;
        MainWindow w(a.open(), dialogs);
        QSignalSpy done(w.importController(), &ImportController::imported);
        ImportRequest r;
        r.kind = ImportRequest::Kind::File;
        r.source = a.dir() + QStringLiteral("/does-not-exist.html");
        r.target.platform = QStringLiteral("Nobody");
        r.target.termsType = QStringLiteral("Terms of Service");
        w.importController()->run(r);
        QVERIFY(done.wait(60000));
        QCOMPARE(done.first().at(0).toBool(), false);
        QCOMPARE(dialogs.errors.size(), 1);
        QVERIFY(dialogs.errors.first().contains(QStringLiteral("no such file")));
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
