// The main window on a real archive: platforms, documents, filter, demo offer.

#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "services/DemoArchive.h"

#include <QImage>
#include <QLineEdit>
#include <QObject>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cw;
using namespace cw::ui;

namespace {

// Distinct colours in a grab: a blank or single-colour window has very few.
int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsPlatformsAndDocuments()
    {
        cw::test::TempArchive a;
        {
            auto db = a.open();
            QVERIFY(DemoArchive::build(*db).ok());
        }
        testing::ScriptedDialogs dialogs;
        MainWindow w(a.open(), dialogs);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.platformView()->model()->rowCount(), 6);
        QVERIFY(w.selectPlatform(QStringLiteral("Quillon")));
        QCOMPARE(w.documentView()->model()->rowCount(), 2);

        // Typing in the filter narrows the list.
        QTest::keyClicks(w.platformFilter(), QStringLiteral("pay"));
        QCOMPARE(w.platformView()->model()->rowCount(), 1);
        QCOMPARE(w.platformView()->model()->index(0, 0).data().toString(), QStringLiteral("Paylark"));
        w.platformFilter()->clear();
        QCOMPARE(w.platformView()->model()->rowCount(), 6);

        // Clicking a platform shows its documents.
        const QModelIndex second = w.platformView()->model()->index(1, 0);
        QTest::mouseClick(w.platformView()->viewport(), Qt::LeftButton, {},
                          w.platformView()->visualRect(second).center());
        QCOMPARE(w.platformView()->currentIndex().row(), 1);
        QCOMPARE(w.documentView()->model()->rowCount(), 2);

        const QImage shot = w.grab().toImage();
        QVERIFY(shot.width() > 600 && shot.height() > 400);
        QVERIFY2(distinctColours(shot) > 20, "the window grab looks blank");
        QVERIFY(dialogs.errors.isEmpty());
    }

    void emptyArchiveOffersDemo()
    {
        cw::test::TempArchive a;
        testing::ScriptedDialogs dialogs;
        dialogs.answerYes = true;
        MainWindow w(a.open(), dialogs);
        QSignalSpy built(&w, &MainWindow::demoBuilt);
        w.offerDemoIfEmpty();
        QCOMPARE(dialogs.asked.size(), 1);
        QVERIFY(built.wait(60000));
        QCOMPARE(built.first().first().toBool(), true);
        QCOMPARE(w.platformView()->model()->rowCount(), 6);
        // Not offered again once there is something in the archive.
        w.offerDemoIfEmpty();
        QCOMPARE(dialogs.asked.size(), 1);
    }

    void decliningTheDemoLeavesArchiveEmpty()
    {
        cw::test::TempArchive a;
        testing::ScriptedDialogs dialogs;
        dialogs.answerYes = false;
        MainWindow w(a.open(), dialogs);
        w.offerDemoIfEmpty();
        QCOMPARE(dialogs.asked.size(), 1);
        QCOMPARE(w.platformView()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
