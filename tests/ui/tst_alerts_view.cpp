// Alerts and the watchlist offscreen: the alert model under
// QAbstractItemModelTester, opening an alert (read + diff request), the
// watchlist's "Check now" off the GUI thread, the schedule, the tray message,
// and the main window's Compare menu and unread-count button.

#include "CompareFixture.h"
#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "alerts/AlertNotifier.h"
#include "alerts/AlertsView.h"
#include "alerts/WatchlistPanel.h"
#include "archive/AlertRepository.h"
#include "compare/CompareAndAlerts.h"
#include "diff/DiffWindow.h"
#include "compare/CompareWindow.h"
#include "models/AlertListModel.h"
#include "services/DemoArchive.h"
#include "services/ImportService.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFont>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QObject>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QApplication>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>

using namespace cw;
using namespace cw::ui;

namespace {

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

} // namespace

class TestAlertsView : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    test::CompareHistory h;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        h = test::buildCompareHistory(*m_db);
    }

    void modelUnderTester()
    {
        AlertListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.reload(*m_db, false).ok());
        // Alpha's terms changed twice, Beta's once (silently).
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.unreadCount(), 3);
        const QModelIndex newest = model.index(0, int(AlertListModel::Column::Platform));
        QCOMPARE(newest.data().toString(), QStringLiteral("Alpha"));
        QCOMPARE(model.index(0, int(AlertListModel::Column::Date)).data().toString(),
                 QStringLiteral("2024-03-01"));
        QVERIFY(newest.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(newest.data(AlertListModel::ToVersionIdRole).toLongLong(), h.alphaTermsV3);
        QCOMPARE(newest.data(AlertListModel::FromVersionIdRole).toLongLong(), h.alphaTermsV2);
        QCOMPARE(model.index(1, int(AlertListModel::Column::Kind)).data().toString(),
                 QStringLiteral("Silent change"));
        model.setRead(0, true);
        QVERIFY(!newest.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model.unreadCount(), 2);
        QVERIFY(model.reload(*m_db, true).ok());
        QCOMPARE(model.rowCount(), 3); // setRead does not write the archive
    }

    void openingAnAlert()
    {
        AlertsView view(*m_db);
        view.resize(900, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QSignalSpy diff(&view, &AlertsView::openDiffRequested);
        QSignalSpy unread(&view, &AlertsView::unreadCountChanged);
        QCOMPARE(view.model()->rowCount(), 3);
        const QModelIndex first = view.model()->index(0, 0);
        view.listView()->setCurrentIndex(first);
        QVERIFY(
            view.detailView()->toPlainText().contains(QStringLiteral("Alpha — Terms of Service")));
        QVERIFY(view.detailView()->toPlainText().contains(QStringLiteral("version 2 → 3")));
        // Alpha v3 removed its disputes section.
        QVERIFY2(view.detailView()->toPlainText().contains(QStringLiteral("Removed: 2. Disputes.")),
                 qPrintable(view.detailView()->toPlainText()));
        const QPoint at = view.listView()->visualRect(first).center();
        QTest::mouseClick(view.listView()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(view.listView()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(diff.count(), 1);
        QCOMPARE(diff.first().at(0).toLongLong(), h.alphaTermsV2);
        QCOMPARE(diff.first().at(1).toLongLong(), h.alphaTermsV3);
        QVERIFY(diff.first().at(2).toInt() >= 0);
        QCOMPARE(AlertRepository(*m_db).unreadCount().valueOr(-1), 2);
        QVERIFY(!unread.isEmpty());
        QCOMPARE(unread.last().at(0).toInt(), 2);

        view.unreadOnly()->setChecked(true);
        QCOMPARE(view.model()->rowCount(), 2);
        QVERIFY(view.markAllRead().ok());
        QCOMPARE(view.model()->rowCount(), 0);
        QCOMPARE(unread.last().at(0).toInt(), 0);
        QVERIFY(AlertRepository(*m_db).row(1).ok());
        // Put the archive back for the other tests.
        QVERIFY(m_db->exec("UPDATE alerts SET read = 0").ok());
    }

    void trayMessage()
    {
        auto rows = AlertRepository(*m_db).rows();
        QVERIFY(rows.ok());
        const auto one = AlertNotifier::message({rows->first()});
        QCOMPARE(one.first, QStringLiteral("Alpha — Terms of Service: change"));
        QCOMPARE(one.second, rows->first().alert.summary);
        const auto many = AlertNotifier::message(*rows);
        QCOMPARE(many.first, QStringLiteral("3 documents changed"));
        QCOMPARE(many.second, QStringLiteral("Alpha Terms of Service, Beta Terms of Service"));
        AlertNotifier notifier;
        // Offscreen there is no system tray: nothing is shown, nothing breaks.
        QCOMPARE(notifier.notify(*rows), AlertNotifier::trayAvailable());
    }

    void watchlistCheckNow()
    {
        test::TempArchive archive;
        const QString file = archive.dir() + QStringLiteral("/terms.md");
        test::writeFile(file, test::samplePolicy(QStringLiteral("30 days")));
        auto db = archive.open();
        ImportTarget t;
        t.platform = QStringLiteral("Filey");
        t.termsType = QStringLiteral("Terms of Service");
        QVERIFY(ImportService(*db).importPath(file, t).ok());

        WatchlistPanel panel(*db);
        panel.show();
        QCOMPARE(panel.list()->count(), 0);
        QVERIFY(!panel.checkButton()->isEnabled());
        QVERIFY(!panel.checkNow());
        panel.kindBox()->setCurrentIndex(1); // documents
        QCOMPARE(panel.targetBox()->count(), 1);
        QTest::mouseClick(panel.addButton(), Qt::LeftButton);
        QCOMPARE(panel.list()->count(), 1);
        QVERIFY(panel.list()->item(0)->text().contains(QStringLiteral("Filey — Terms of Service")));

        test::writeFile(file, test::samplePolicy(QStringLiteral("7 days")));
        QSignalSpy checked(&panel, &WatchlistPanel::checked);
        QTest::mouseClick(panel.checkButton(), Qt::LeftButton);
        QVERIFY(panel.isChecking());
        QVERIFY(!panel.checkButton()->isEnabled());
        QVERIFY(checked.wait(30000));
        QVERIFY(!panel.isChecking());
        QCOMPARE(panel.progressBar()->value(), panel.progressBar()->maximum());
        QVERIFY2(panel.statusLabel()->text().contains(QStringLiteral("1 changed")),
                 qPrintable(panel.statusLabel()->text()));
        QCOMPARE(AlertRepository(*db).rows()->size(), 1);
        panel.resize(520, 420);
        QVERIFY(panel.grab().save(screenshotPath(QStringLiteral("watchlist.png"))));

        panel.setSchedule(5);
        QVERIFY(panel.scheduleTimer()->isActive());
        QCOMPARE(panel.scheduleTimer()->interval(), 5 * 60 * 1000);
        panel.setSchedule(0);
        QVERIFY(!panel.scheduleTimer()->isActive());

        panel.list()->setCurrentRow(0);
        QTest::mouseClick(panel.removeButton(), Qt::LeftButton);
        QCOMPARE(panel.list()->count(), 0);
    }

    void mainWindowIntegration()
    {
        test::TempArchive archive;
        {
            auto db = archive.open();
            QVERIFY(DemoArchive::build(*db).ok());
        }
        testing::ScriptedDialogs dialogs;
        MainWindow window(archive.open(), dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *feature = window.findChild<CompareAndAlerts *>();
        QVERIFY(feature);
        QCOMPARE(feature->unreadButton()->text(), QStringLiteral("38 unread alerts"));
        QVERIFY(!feature->alertsDock()->isVisible());
        QTest::mouseClick(feature->unreadButton(), Qt::LeftButton);
        QVERIFY(feature->alertsDock()->isVisible());
        QTRY_VERIFY(feature->alertsDock()->width() >= 560);
        QCOMPARE(feature->alerts()->model()->rowCount(), 38);

        QStringList menus;
        for (QAction *a : window.menuBar()->actions())
            menus << a->text();
        // Its own menu, just before Help.
        QCOMPARE(menus.count(QStringLiteral("&Compare")), 1);
        QCOMPARE(menus.last(), QStringLiteral("&Help"));
        QCOMPARE(menus.at(menus.size() - 2), QStringLiteral("&Compare"));
        feature->compareAction()->trigger();
        QVERIFY(feature->compareWindow());
        QVERIFY(feature->compareWindow()->isVisible());

        // An import elsewhere (another connection), then the refresh an
        // import triggers: the new alert is listed.
        {
            auto other = archive.open();
            QByteArray text = test::readFile(QStringLiteral(":/demo/streamly/terms/2025-09-15.md"));
            QVERIFY(text.contains("Streamly"));
            text.replace("Streamly", "Streamly+");
            auto r = test::importText(*other, "Streamly", "", "Terms of Service", text,
                                      "2026-06-01T00:00:00Z");
            QVERIFY(r.alertId);
        }
        feature->refresh();
        QCOMPARE(feature->alerts()->model()->rowCount(), 39);
        QCOMPARE(feature->unreadButton()->text(), QStringLiteral("39 unread alerts"));
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("mainwindow-alerts.png"))));

        // Opening an alert shows its redline at the first change.
        QSignalSpy diffs(&window, &MainWindow::diffRequested);
        feature->alerts()->openRow(0);
        QCOMPARE(diffs.size(), 1);
        DiffWindow *redline = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<DiffWindow *>(w))
                redline = d;
        QVERIFY(redline);
        QTRY_VERIFY_WITH_TIMEOUT(redline->positionLabel()->text().startsWith(QStringLiteral("Change 1 of")),
                                 20000);
        redline->close();
    }
};

QTEST_MAIN(TestAlertsView)
#include "tst_alerts_view.moc"
