// QtWebEngine works headless here: HTML in, PDF out, text read back with
// pdftotext. Guards the environment the memo renderer depends on.

#include "TestSupport.h"

#include <QApplication>
#include <QObject>
#include <QPageLayout>
#include <QPageSize>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWebEnginePage>

class TestWebEnginePdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsHtmlToPdf()
    {
        cw::test::TempArchive dir;
        const QString pdf = dir.dir() + QStringLiteral("/out.pdf");
        QWebEnginePage page;
        QSignalSpy loaded(&page, &QWebEnginePage::loadFinished);
        page.setHtml(QStringLiteral("<html><body><h1>Clausewatch memo</h1>"
                                    "<p>Finding: mandatory arbitration &amp; class waiver.</p>"
                                    "</body></html>"));
        QVERIFY(loaded.wait(60000));
        QVERIFY(loaded.first().first().toBool());
        QSignalSpy printed(&page, &QWebEnginePage::pdfPrintingFinished);
        page.printToPdf(pdf, QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 15)));
        QVERIFY(printed.wait(60000));
        QVERIFY(printed.first().at(1).toBool());

        QProcess p;
        p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(p.waitForFinished(30000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput());
        QVERIFY2(text.contains(QStringLiteral("Clausewatch memo")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("mandatory arbitration & class waiver")));
    }
};

// QtWebEngine needs shared GL contexts before the application exists, so no QTEST_MAIN.
int main(int argc, char **argv)
{
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestWebEnginePdf test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_webengine_pdf.moc"
