// The comparison views offscreen: the matrix model under
// QAbstractItemModelTester, clicking a cell, changing the date, the changes
// between two dates, filters, export, the clause-type page, and screenshots.

#include "CompareFixture.h"
#include "DemoFlags.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "compare/ClauseTypeView.h"
#include "compare/CompareWindow.h"
#include "compare/ComparisonView.h"
#include "models/ComparisonMatrixModel.h"
#include "services/ComparisonService.h"
#include "services/DemoArchive.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace cw;
using namespace cw::ui;

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QString screenshotPath(const QString &name)
{
    QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (dir.isEmpty())
        dir = QDir::currentPath() + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return dir + QLatin1Char('/') + name;
}

// Waits until the view has shown the matrix of its latest request.
bool settle(ComparisonView &view)
{
    QSignalSpy shown(&view, &ComparisonView::matrixShown);
    if (!view.isLoading())
        return true;
    return shown.wait(15000) && QTest::qWaitFor([&] { return !view.isLoading(); }, 15000);
}

QModelIndex cellIndex(const ComparisonMatrixModel &m, const QString &type, qint64 platform)
{
    return m.index(m.modelRow(type), m.modelColumn(platform));
}

} // namespace

class TestCompareView : public QObject
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
        ComparisonMatrixModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ComparisonService service(*m_db);
        model.setMatrix(*service.matrix());
        // 5 types under 3 category headings; the type column and 4 platforms.
        QCOMPARE(model.rowCount(), 8);
        QCOMPARE(model.columnCount(), 5);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Disputes and liability"));
        QVERIFY(model.index(0, 0).data(ComparisonMatrixModel::IsCategoryRole).toBool());
        QCOMPARE(model.matrixRow(0), -1);
        const QModelIndex beta = cellIndex(model, QStringLiteral("arbitration"), h.beta);
        QCOMPARE(beta.data().toString(), QStringLiteral("High ×1 ✓"));
        QCOMPARE(beta.data(ComparisonMatrixModel::SeverityRole).toInt(), int(Severity::High));
        QCOMPARE(beta.data(ComparisonMatrixModel::ReviewedRole).toBool(), true);
        QCOMPARE(beta.data(ComparisonMatrixModel::PlatformIdRole).toLongLong(), h.beta);
        QCOMPARE(beta.data(ComparisonMatrixModel::TypeKeyRole).toString(),
                 QStringLiteral("arbitration"));
        const QModelIndex alphaAi =
            cellIndex(model, QStringLiteral("ai_training_prohibited"), h.alpha);
        QCOMPARE(alphaAi.data().toString(), QStringLiteral("Low ×1 · to review"));
        QCOMPARE(cellIndex(model, QStringLiteral("arbitration"), h.gamma).data().toString(),
                 QStringLiteral("not archived"));
        QCOMPARE(cellIndex(model, QStringLiteral("arbitration"), h.alpha)
                     .data(ComparisonMatrixModel::CellStateRole)
                     .toInt(),
                 int(CellState::NotFound));
        QVERIFY(cellIndex(model, QStringLiteral("arbitration"), h.gamma)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("no terms document")));
        QCOMPARE(model.headerData(int(ComparisonMatrixModel::Column::FirstPlatform), Qt::Horizontal)
                     .toString(),
                 QStringLiteral("Alpha"));

        model.setComparison(*service.changesBetween(QDate(2023, 2, 1), QDate(2024, 6, 1)));
        QVERIFY(model.isComparing());
        const QModelIndex gone = cellIndex(model, QStringLiteral("arbitration"), h.alpha);
        QCOMPARE(gone.data(ComparisonMatrixModel::ChangeRole).toInt(),
                 int(CellChangeKind::Disappeared));
        QCOMPARE(gone.data().toString(), QStringLiteral("gone (was High)"));
        QCOMPARE(
            cellIndex(model, QStringLiteral("limitation_of_liability"), h.alpha).data().toString(),
            QStringLiteral("changed · Medium ×1"));
        QCOMPARE(cellIndex(model, QStringLiteral("arbitration"), h.beta).data().toString(),
                 QStringLiteral("new · High ×1"));
        QCOMPARE(cellIndex(model, QStringLiteral("arbitration"), h.gamma)
                     .data(ComparisonMatrixModel::ChangeRole)
                     .toInt(),
                 -1);
    }

    void clickCellShowsClauses()
    {
        testing::ScriptedDialogs dialogs;
        ComparisonView view(*m_db, dialogs);
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(settle(view));
        QSignalSpy selected(&view, &ComparisonView::cellSelected);
        const QModelIndex index = cellIndex(*view.model(), QStringLiteral("arbitration"), h.beta);
        QVERIFY(index.isValid());
        QTest::mouseClick(view.matrixView()->viewport(), Qt::LeftButton, {},
                          view.matrixView()->visualRect(index).center());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.first().at(0).toLongLong(), h.beta);
        QCOMPARE(selected.first().at(1).toString(), QStringLiteral("arbitration"));
        const QString detail = view.detailView()->toPlainText();
        QVERIFY2(detail.contains(recordId(RecordKind::Provision, h.arbitrationBeta)),
                 qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("binding individual arbitration")));
        QVERIFY(detail.contains(QStringLiteral("Beta — Mandatory arbitration")));

        // A "not archived" cell explains itself instead of listing clauses.
        QTest::mouseClick(
            view.matrixView()->viewport(), Qt::LeftButton, {},
            view.matrixView()
                ->visualRect(cellIndex(*view.model(), QStringLiteral("arbitration"), h.gamma))
                .center());
        QVERIFY(view.detailView()->toPlainText().contains(QStringLiteral("cannot be told")));
    }

    void changingTheDate()
    {
        testing::ScriptedDialogs dialogs;
        ComparisonView view(*m_db, dialogs);
        view.show();
        QVERIFY(settle(view));
        QCOMPARE(cellIndex(*view.model(), QStringLiteral("arbitration"), h.alpha).data().toString(),
                 QStringLiteral("not found"));
        view.modeBox()->setCurrentIndex(int(ComparisonView::Mode::OnDate));
        QVERIFY(view.dateEdit()->isVisible());
        view.dateEdit()->setDate(QDate(2023, 2, 1));
        QVERIFY(settle(view));
        QCOMPARE(view.model()->matrix().at, QStringLiteral("2023-02-01"));
        QCOMPARE(cellIndex(*view.model(), QStringLiteral("arbitration"), h.alpha).data().toString(),
                 QStringLiteral("High ×1 · to review"));
        QCOMPARE(cellIndex(*view.model(), QStringLiteral("arbitration"), h.beta).data().toString(),
                 QStringLiteral("not archived"));
        // The clause shown is the wording of that date.
        QVERIFY(view.selectCell(QStringLiteral("limitation_of_liability"), h.alpha));
        QVERIFY(view.detailView()->toPlainText().contains(QStringLiteral("USD 500")));

        // Typing a date in the editor works the same.
        view.dateEdit()->setFocus();
        view.dateEdit()->setSelectedSection(QDateTimeEdit::YearSection);
        QTest::keyClicks(view.dateEdit(), QStringLiteral("2024"));
        QVERIFY(settle(view));
        QCOMPARE(view.model()->matrix().at.left(4), QStringLiteral("2024"));
    }

    void changesBetweenTwoDates()
    {
        testing::ScriptedDialogs dialogs;
        ComparisonView view(*m_db, dialogs);
        view.show();
        QVERIFY(settle(view));
        view.setMode(ComparisonView::Mode::Between);
        view.setRange(QDate(2023, 2, 1), QDate(2024, 6, 1));
        QVERIFY(settle(view));
        QVERIFY(view.model()->isComparing());
        const QModelIndex gone = cellIndex(*view.model(), QStringLiteral("arbitration"), h.alpha);
        QCOMPARE(gone.data(ComparisonMatrixModel::ChangeRole).toInt(),
                 int(CellChangeKind::Disappeared));
        QVERIFY(view.selectCell(QStringLiteral("arbitration"), h.alpha));
        const QString detail = view.detailView()->toPlainText();
        QVERIFY2(detail.contains(QStringLiteral("As on 2023-02-01")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("binding individual arbitration")));

        const QString csv = m_archive.dir() + QStringLiteral("/changes.csv");
        QVERIFY(view.exportTo(csv, false).ok());
        const QString text = QString::fromUtf8(test::readFile(csv));
        QVERIFY(text.contains(QStringLiteral(
            "2023-02-01,2024-06-01,arbitration,Mandatory arbitration,Alpha,disappeared,High")));
    }

    void filtersAndOrder()
    {
        testing::ScriptedDialogs dialogs;
        ComparisonView view(*m_db, dialogs);
        view.show();
        QVERIFY(settle(view));
        QSignalSpy shown(&view, &ComparisonView::matrixShown);
        view.categoryFilter()->setCurrentIndex(
            view.categoryFilter()->findData(QStringLiteral("data")));
        QCOMPARE(shown.count(), 1); // re-built from loaded facts, no reload
        QCOMPARE(view.model()->rowCount(), 2);
        QCOMPARE(view.model()->index(1, 0).data().toString(),
                 QStringLiteral("Sale of personal data"));
        view.categoryFilter()->setCurrentIndex(0);
        view.sortOrder()->setCurrentIndex(1);
        QCOMPARE(view.model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("Beta"));
        view.groupFilter()->setCurrentIndex(
            view.groupFilter()->findData(QStringLiteral("Streaming")));
        QCOMPARE(view.model()->columnCount(), 3);
        view.reviewFilter()->setCurrentIndex(2); // not yet reviewed
        QCOMPARE(cellIndex(*view.model(), QStringLiteral("limitation_of_liability"), h.alpha)
                     .data()
                     .toString(),
                 QStringLiteral("not found"));
        view.regulationFilter()->setCurrentIndex(
            view.regulationFilter()->findData(QStringLiteral("ccpa")));
        QCOMPARE(view.model()->rowCount(), 2);

        // Export goes through the dialog seam.
        dialogs.fileToSave = m_archive.dir() + QStringLiteral("/matrix.json");
        QVERIFY(view.exportTo(dialogs.fileToSave, true).ok());
        const QJsonObject json =
            QJsonDocument::fromJson(test::readFile(dialogs.fileToSave)).object();
        QCOMPARE(json.value(QLatin1String("filter"))
                     .toObject()
                     .value(QLatin1String("regulation"))
                     .toString(),
                 QStringLiteral("ccpa"));
        QCOMPARE(json.value(QLatin1String("platforms")).toArray().size(), 2);
    }

    void clauseTypePage()
    {
        testing::ScriptedDialogs dialogs;
        ClauseTypeView view(*m_db, dialogs);
        view.show();
        QCOMPARE(view.typeBox()->count(), 5);
        QVERIFY(view.showType(QStringLiteral("limitation_of_liability")));
        QString text = view.pageView()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("USD 100")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Limitation of liability: why it matters.")));
        QVERIFY(text.contains(QStringLiteral("reworded in v2")));
        QVERIFY(
            text.contains(QStringLiteral("No document archived where it would be: Gamma, Delta")) ||
            text.contains(QStringLiteral("No document archived where it would be: Delta, Gamma")));
        QCOMPARE(view.typeBox()->currentData().toString(),
                 QStringLiteral("limitation_of_liability"));
        view.onDate()->setChecked(true);
        view.dateEdit()->setDate(QDate(2023, 3, 1));
        text = view.pageView()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("USD 500")));
        QVERIFY(!text.contains(QStringLiteral("USD 100")));
        const QString csv = m_archive.dir() + QStringLiteral("/type.csv");
        QVERIFY(view.exportTo(csv, false).ok());
        QVERIFY(QString::fromUtf8(test::readFile(csv)).contains(QStringLiteral("2023-03-01")));
    }

    void doubleClickOpensTheClauseTypePage()
    {
        testing::ScriptedDialogs dialogs;
        CompareWindow window(*m_db, dialogs);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(settle(*window.matrix()));
        QTableView *table = window.matrix()->matrixView();
        const QModelIndex typeCell = window.matrix()->model()->index(
            window.matrix()->model()->modelRow(QStringLiteral("data_sale")), 0);
        const QPoint at = table->visualRect(typeCell).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(window.tabs()->currentWidget(), window.clauseType());
        QVERIFY(window.clauseType()->pageView()->toPlainText().contains(QStringLiteral("Gamma")));
    }

    void screenshots()
    {
        // The demo as built: real histories and the classifier's flags (DemoFlags.h).
        test::TempArchive archive;
        auto db = archive.open();
        QVERIFY(DemoArchive::build(*db).ok());
        QVERIFY(test::flagDemo(*db) > 30);
        testing::ScriptedDialogs dialogs;
        CompareWindow window(*db, dialogs);
        window.resize(1440, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(settle(*window.matrix()));
        qint64 quillon = 0;
        for (const MatrixColumn &c : window.matrix()->model()->matrix().columns)
            if (c.platform.name == QLatin1String("Quillon"))
                quillon = c.platform.id;
        QVERIFY(window.matrix()->selectCell(QStringLiteral("ai_training_on_user_content"), quillon));
        QVERIFY(window.matrix()->detailView()->toPlainText().contains(QStringLiteral("train")));
        QTest::qWait(50);
        QImage shot = window.grab().toImage();
        QVERIFY(distinctColours(shot) > 40);
        QVERIFY(shot.save(screenshotPath(QStringLiteral("compare-matrix.png"))));

        window.matrix()->setMode(ComparisonView::Mode::Between);
        window.matrix()->setRange(QDate(2024, 1, 1), QDate(2025, 12, 31));
        QVERIFY(settle(*window.matrix()));
        QVERIFY(!window.matrix()->model()->matrix().rows.isEmpty());
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("compare-changes.png"))));

        // Bazaro's privacy policy took up biometric data in its second version.
        window.clauseType()->showType(QStringLiteral("biometric_data"));
        window.tabs()->setCurrentWidget(window.clauseType());
        QTest::qWait(50);
        const QString page = window.clauseType()->pageView()->toPlainText();
        QVERIFY(page.contains(QStringLiteral("Bazaro")));
        QVERIFY(page.contains(QStringLiteral("introduced in v2")));
        QVERIFY(window.grab().save(screenshotPath(QStringLiteral("compare-clause-type.png"))));
    }
};

QTEST_MAIN(TestCompareView)
#include "tst_compare_view.moc"
