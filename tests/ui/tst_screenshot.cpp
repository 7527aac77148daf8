// `clausewatch --screenshot` through the real binary and GUI module, offscreen.

#include "ReviewFixture.h"
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

    // Every panel can be shot on its own (--panel), on an archive with flags.
    void shootsEachPanel_data()
    {
        QTest::addColumn<QString>("panel");
        QTest::addColumn<QStringList>("extra");
        QTest::newRow("window") << "window" << QStringList{};
        QTest::newRow("platforms") << "platforms" << QStringList{};
        QTest::newRow("documents") << "documents" << QStringList{};
        QTest::newRow("flags") << "flags" << QStringList{};
        QTest::newRow("detail") << "detail" << QStringList{};
        QTest::newRow("reader") << "reader" << QStringList{};
        QTest::newRow("original") << "original" << QStringList{};
        QTest::newRow("audit") << "audit" << QStringList{};
        QTest::newRow("search") << "search" << QStringList{"--search", "arbitration"};
        QTest::newRow("settings") << "settings" << QStringList{};
        QTest::newRow("dark") << "window" << QStringList{"--appearance", "dark"};
        QTest::newRow("a flag by record id") << "detail" << QStringList{"--flag", "CW-P-000012"};
    }

    void shootsEachPanel()
    {
        QFETCH(QString, panel);
        QFETCH(QStringList, extra);
        cw::test::ReviewFixtureArchive a;
        const QString png = a.dir() + QStringLiteral("/panel.png");
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), a.dir());
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("CW_BINARY"),
                QStringList{QStringLiteral("--archive"), a.path(), QStringLiteral("--select"),
                            QStringLiteral("Streamly"), QStringLiteral("--panel"), panel,
                            QStringLiteral("--screenshot"), png} +
                    extra);
        QVERIFY(p.waitForFinished(120000));
        const QByteArray err = p.readAllStandardError();
        QVERIFY2(p.exitCode() == 0, err.constData());
        QVERIFY2(!err.contains("clausewatch: no "), err.constData()); // unknown panel or flag
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 300 && image.height() >= 150);
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 3)
            for (int x = 0; x < image.width(); x += 3)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 20, "the screenshot looks blank");
    }
};

QTEST_GUILESS_MAIN(TestScreenshot)
#include "tst_screenshot.moc"
