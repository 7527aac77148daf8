// The redline exported to PDF through QtWebEngine, offline, read back with
// pdftotext: header, legend, summary and the changed words are there, and a
// page that asks for the network is refused.

#include "TestHttpServer.h"
#include "TestSupport.h"
#include "diff/RedlineHtml.h"
#include "diff/RedlinePdfExporter.h"
#include "services/VersionComparison.h"

#include <QApplication>
#include <QObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace cw;

namespace {

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestRedlinePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exportsTheRedline()
    {
        const QString oldText = QStringLiteral(
            "# Example Terms\n\n## 1. Fees\n\nRefunds are given within fourteen days of a "
            "purchase.\n\n"
            "## 2. Sharing\n\nYou may share your account with your household.\n\n## 3. Disputes\n\n"
            "Disputes go to the courts of Dublin.");
        const QString newText =
            QStringLiteral("# Example Terms\n\n## 1. Fees\n\nRefunds are given within seven days "
                           "of a purchase.\n\n"
                           "## 2. Disputes\n\nDisputes go to the courts of Dublin.\n\nYou waive "
                           "any class action.\n\n"
                           "## 3. Sharing\n\nYou may share your account with your household.");
        VersionComparison c = compareTexts(oldText, newText);
        c.platform = QStringLiteral("Example Platform");
        c.documentTitle = QStringLiteral("Example Terms");
        c.termsType = QStringLiteral("Terms of Service");
        c.oldVersion.label = QStringLiteral("Version 1");
        c.oldVersion.capturedAt = QStringLiteral("2024-01-02T03:04:05Z");
        c.oldVersion.textSha256 =
            QStringLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
        c.newVersion.label = QStringLiteral("Version 2");
        c.newVersion.capturedAt = QStringLiteral("2025-06-07T08:09:10Z");
        const QString html = RedlineHtml::build(c.diff, c.clauses, c.summary, c.redlineHeader());

        test::TempArchive dir;
        const QString pdf = dir.dir() + QStringLiteral("/redline.pdf");
        ui::RedlinePdfExporter exporter;
        QSignalSpy done(&exporter, &ui::RedlinePdfExporter::finished);
        QVERIFY(exporter.start(html, pdf));
        QVERIFY(!exporter.start(html, pdf)); // one at a time
        QVERIFY(done.wait(120000));
        QVERIFY2(done.first().first().toBool(), qPrintable(done.first().at(1).toString()));
        QCOMPARE(exporter.blockedRequests(), 0); // a self-contained document asks for nothing

        if (const QString keep = qEnvironmentVariable("CW_SCREENSHOT_DIR"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/redline.pdf")); // for a person to look at
        const QString text = pdfText(pdf);
        for (const char *needle :
             {"Redline: Example Terms", "Example Platform", "Version 1", "2024-01-02T03:04:05Z",
              "0123456789abcdef", "Legend", "inserted (underlined)", "seven", "fourteen",
              "You waive any class action", "Moved"})
            QVERIFY2(text.contains(QString::fromUtf8(needle)), needle);
        QVERIFY(text.contains(c.summary.headline));
    }

    void blocksTheNetwork()
    {
        // Not one of ours: a page that wants a stylesheet, an image and a script
        // from a server that is really there. Nothing may reach it.
        test::TestHttpServer server;
        server.route("/x.css", {200, "text/css", "p { color: red }", {}, 0});
        test::TempArchive dir;
        const QString pdf = dir.dir() + QStringLiteral("/page.pdf");
        ui::RedlinePdfExporter exporter;
        QSignalSpy done(&exporter, &ui::RedlinePdfExporter::finished);
        QVERIFY(exporter.start(
            QStringLiteral("<html><head>"
                           "<link rel=\"stylesheet\" href=\"%1\">"
                           "<script src=\"%2\"></script></head>"
                           "<body><p>Offline page</p><img src=\"%3\"></body></html>")
                .arg(server.url(QStringLiteral("/x.css")), server.url(QStringLiteral("/x.js")),
                     server.url(QStringLiteral("/x.png"))),
            pdf));
        QVERIFY(done.wait(120000));
        QVERIFY(done.first().first().toBool());
        QVERIFY(pdfText(pdf).contains(QStringLiteral("Offline page")));
        QTest::qWait(200);
        QCOMPARE(server.hits("/x.css") + server.hits("/x.js") + server.hits("/x.png"), 0);
    }
};

// QtWebEngine needs shared GL contexts before the application exists, so no QTEST_MAIN.
int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestRedlinePdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_redline_pdf.moc"
