// Rendering from the GUI: the import dialog's "run the page's scripts" option
// and "Check now" on a rendered document, with the imports and checks on
// worker threads and QtWebEngine on the GUI thread (GuiThreadRenderer). A real
// page served on 127.0.0.1 that builds its terms with JavaScript.

#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "ScriptedTermsPage.h"
#include "TestHttpServer.h"
#include "TestSupport.h"
#include "alerts/CheckRunner.h"
#include "import/ImportController.h"
#include "import/ImportDialog.h"
#include "web/GuiThreadRenderer.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QTimer>
#include <QPushButton>
#include <QLineEdit>
#include <QObject>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>
#include <thread>

using namespace cw;
using namespace cw::ui;

class TestImportRender : public QObject
{
    Q_OBJECT

    test::TestHttpServer m_server;

    ImportRequest renderedImport() const
    {
        ImportRequest r;
        r.kind = ImportRequest::Kind::Url;
        r.source = m_server.url(QStringLiteral("/app/terms"));
        r.target.platform = QStringLiteral("Zappo");
        r.target.termsType = QStringLiteral("Terms of Service");
        r.render = true;
        return r;
    }

    static bool stepped(Statement &st)
    {
        auto row = st.step();
        return row && *row;
    }

    static QString newestText(const Database &db)
    {
        auto st = db.prepare("SELECT text FROM versions ORDER BY id DESC LIMIT 1");
        return st && stepped(*st) ? st->text(0) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_server.route("/app/terms", test::HttpRoute{200, "text/html; charset=utf-8",
                                                     test::kScriptedTermsPage, {}, 0});
    }

    void dialogOffersRenderingForWebPagesOnly()
    {
        testing::ScriptedDialogs dialogs;
        ImportDialog d(dialogs, {});
        d.platformBox()->setCurrentText(QStringLiteral("Zappo"));
        d.sourceEdit()->setText(QStringLiteral("/tmp/terms.html"));
        QVERIFY(!d.renderBox()->isEnabled());
        QVERIFY(d.browseButton()->isEnabled());
        d.kindButton(ImportRequest::Kind::Url)->click();
        d.sourceEdit()->setText(QStringLiteral("https://zappo.example/terms"));
        QVERIFY(d.renderBox()->isEnabled());
        QVERIFY(!d.browseButton()->isEnabled()); // an address is typed
        QVERIFY(!d.request().render);
        d.renderBox()->setChecked(true);
        QVERIFY(d.request().render);
        d.kindButton(ImportRequest::Kind::File)->click();
        QVERIFY(!d.request().render); // a file has no scripts to run
    }

    void renderedImportAndCheckNowRunOffTheGuiThread()
    {
        test::TempArchive a;
        testing::ScriptedDialogs dialogs;
        MainWindow w(a.open(), dialogs);
        QSignalSpy done(w.importController(), &ImportController::imported);
        w.importController()->run(renderedImport());
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().at(0).toBool(), qPrintable(done.first().at(1).toString()));
        QVERIFY2(done.first().at(1).toString().contains(QStringLiteral("1 new versions")),
                 qPrintable(done.first().at(1).toString()));
        QVERIFY(dialogs.errors.isEmpty());
        const auto db = a.open();
        QVERIFY(newestText(*db).contains(QStringLiteral("binding individual arbitration")));
        auto st = db->prepare("SELECT render_js FROM documents");
        QVERIFY(st && stepped(*st));
        QCOMPARE(st->int64(0), 1);

        // "Check now" renders the page again: the same terms, so a
        // verification, not a skip and not a suspect empty shell.
        CheckRunner check(a.path(), CheckRunner::Scope::All);
        QSignalSpy checked(&check, &CheckRunner::finished);
        check.start();
        QVERIFY(checked.wait(120000));
        if (!check.result())
            QFAIL(qPrintable(check.result().error().toString()));
        const RecheckSummary &summary = *check.result();
        QCOMPARE(summary.items.size(), 1);
        QVERIFY2(summary.items.first().outcome == RecheckOutcome::Unchanged,
                 qPrintable(recheckOutcomeKey(summary.items.first().outcome) + u' ' +
                            summary.items.first().message));
        auto suspect = db->prepare("SELECT count(*) FROM snapshots WHERE outcome = 'suspect'");
        QVERIFY(suspect && stepped(*suspect));
        QCOMPARE(suspect->int64(0), 0);
    }

    void workerGivesUpWhenCancelled()
    {
        // The GUI thread is kept busy (it never returns to its event loop
        // here), so the render cannot start: the worker stops waiting as soon
        // as it is cancelled, and lets go of the renderer.
        auto cancel = std::make_shared<std::atomic_bool>(false);
        auto renderer = std::make_shared<GuiThreadRenderer>(cancel);
        const int hitsBefore = m_server.hits("/app/terms");
        std::optional<Result<RenderedPage>> result;
        std::thread worker([&, held = std::move(renderer)]() mutable {
            result.emplace(held->render(m_server.url(QStringLiteral("/app/terms")), 30000));
            held.reset(); // the last owner goes on the worker thread
        });
        QTest::qSleep(200);
        cancel->store(true);
        worker.join();
        QVERIFY(result);
        QVERIFY(!result->ok());
        QVERIFY2(result->error().toString().contains(QStringLiteral("cancelled")),
                 qPrintable(result->error().toString()));
        // Back in the event loop, the GUI thread takes the call it was handed:
        // the page renders for nobody, with the renderer kept alive by that
        // call until it ends.
        QTest::qWait(3000);
        QVERIFY(m_server.hits("/app/terms") > hitsBefore);
    }

    // Last: it ends the application's event loops for good (QCoreApplication::exit
    // cannot be undone inside a test run).
    void quittingStopsARenderInProgress()
    {
        m_server.route("/slow", test::HttpRoute{200, "text/html; charset=utf-8",
                                                test::kScriptedTermsPage, {}, 6000});
        GuiThreadRenderer renderer; // on this thread: renders directly
        QTimer::singleShot(300, [] { QCoreApplication::exit(0); });
        QElapsedTimer clock;
        clock.start();
        const Result<RenderedPage> r = renderer.render(m_server.url(QStringLiteral("/slow")), 30000);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().toString().contains(QStringLiteral("closing")),
                 qPrintable(r.error().toString()));
        QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    }
};

// QtWebEngine needs shared GL contexts before the application exists, so no QTEST_MAIN.
int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestImportRender test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_import_render.moc"
