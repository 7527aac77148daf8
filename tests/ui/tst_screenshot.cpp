// `clausewatch --screenshot` through the real binary and GUI module, offscreen.

#include "TestSupport.h"

#include <QImage>
#include <QObject>
#include <QProcess>
#include <QSet>
#include <QTest>

class TestScreenshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesNonBlankPngOfDemo()
    {
        cw::test::TempArchive a;
        const QString png = a.dir() + QStringLiteral("/main.png");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_DATA_HOME"), a.dir());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CW_BINARY"),
                {QStringLiteral("--demo"), QStringLiteral("--archive"), a.path(),
                 QStringLiteral("--select"), QStringLiteral("Streamly"),
                 QStringLiteral("--screenshot"), png});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 4)
            for (int x = 0; x < image.width(); x += 4)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the screenshot looks blank");
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
