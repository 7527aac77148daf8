// The diff window on the demo archive, offscreen: it shows the comparison,
// walks the changes with F7, re-compares when an option is toggled, jumps
// from the clause list, unfolds unchanged stretches, and looks like something.

#include "MainWindow.h"
#include "ScriptedDialogs.h"
#include "TestSupport.h"
#include "archive/DocumentRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/VersionRepository.h"
#include "diff/DiffOverviewBar.h"
#include "diff/DiffPane.h"
#include "diff/DiffRunner.h"
#include "diff/DiffWindow.h"
#include "diff/VersionPickerDialog.h"
#include "models/ClauseChangeModel.h"
#include "services/DemoArchive.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QObject>
#include <QScrollBar>
#include <QSet>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

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

/// Saves a grab for a person to look at, when CW_SCREENSHOT_DIR is set.
void keep(QWidget *w, const char *name)
{
    const QString dir = qEnvironmentVariable("CW_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        w->grab().save(dir + QLatin1Char('/') + QLatin1String(name) + QStringLiteral(".png"));
}

} // namespace

class TestDiffView : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    QList<Version> m_terms;
    testing::ScriptedDialogs m_dialogs;
    std::unique_ptr<DiffWindow> m_window;

    bool waitShown(DiffWindow &w)
    {
        QSignalSpy shown(&w, &DiffWindow::comparisonShown);
        return shown.wait(30000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto db = m_archive.open();
        QVERIFY(DemoArchive::build(*db).ok());
        auto p = PlatformRepository(*db).findByName(QStringLiteral("Streamly"));
        auto d = DocumentRepository(*db).find((*p)->id, QStringLiteral("Terms of Service"));
        m_terms = VersionRepository(*db).forDocument((*d)->id).valueOr({});
        QCOMPARE(m_terms.size(), 5);
        m_window = std::make_unique<DiffWindow>(m_archive.path(), m_dialogs);
        m_window->resize(1440, 900);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QSignalSpy shown(m_window.get(), &DiffWindow::comparisonShown);
        m_window->compareVersions(m_terms[3].id, m_terms[4].id);
        QVERIFY(m_window->isBusy());
        QVERIFY(shown.wait(30000));
        QVERIFY(!m_window->isBusy());
    }

    void showsTheComparison()
    {
        DiffWindow &w = *m_window;
        QVERIFY(w.comparison());
        QVERIFY(w.summaryLabel()->text().contains(QStringLiteral("6 clauses changed.")));
        QVERIFY(w.summaryLabel()->text().contains(QStringLiteral("Household Sharing")));
        QCOMPARE(w.clauseModel()->rowCount(), 6);
        QVERIFY(w.pane()->document().changeCount() >= 5);
        QVERIFY(w.windowTitle().contains(QStringLiteral("Streamly Terms of Use")));
        QTest::qWait(50);
        const QImage shot = w.grab().toImage();
        keep(&w, "diffview_side_by_side");
        QVERIFY2(distinctColours(shot) > 60, "the window looks blank");
        // Rows are laid out lazily: a screenful, not the whole document.
        QVERIFY(w.pane()->laidOutRows() > 0);
        QVERIFY(w.pane()->laidOutRows() < int(w.pane()->document().rows().size()));
    }

    void navigatesChangesWithF7()
    {
        DiffWindow &w = *m_window;
        DiffPane *pane = w.pane();
        pane->verticalScrollBar()->setValue(0);
        pane->setFocus();
        const int count = pane->document().changeCount();
        QTest::keyClick(w.pane(), Qt::Key_F7);
        QCOMPARE(pane->currentChange(), 0);
        QCOMPARE(w.positionLabel()->text(), QStringLiteral("Change 1 of %1").arg(count));
        int lastTop = pane->firstVisibleLine();
        for (int c = 1; c < count; ++c) {
            QTest::keyClick(w.pane(), Qt::Key_F7);
            QCOMPARE(pane->currentChange(), c);
            const int line = pane->document().firstLineOfChange(c);
            QVERIFY2(pane->isLineInView(line),
                     qPrintable(QStringLiteral("change %1 not in view").arg(c)));
            QVERIFY(pane->firstVisibleLine() >= lastTop); // moving down the document
            lastTop = pane->firstVisibleLine();
        }
        QTest::keyClick(w.pane(), Qt::Key_F7); // at the last change: stays
        QCOMPARE(pane->currentChange(), count - 1);
        QVERIFY(!w.nextAction()->isEnabled());
        QTest::keyClick(w.pane(), Qt::Key_F7, Qt::ShiftModifier);
        QCOMPARE(pane->currentChange(), count - 2);
        QVERIFY(pane->isLineInView(pane->document().firstLineOfChange(count - 2)));
        keep(&w, "diffview_moved");
    }

    void jumpsFromTheClauseList()
    {
        DiffWindow &w = *m_window;
        DiffPane *pane = w.pane();
        pane->verticalScrollBar()->setValue(0);
        QTest::qWait(20);
        // The row of the moved "Who may use your account" clause.
        int row = -1;
        for (int r = 0; r < w.clauseModel()->rowCount(); ++r)
            if (w.clauseModel()->change(r)->clause().text.contains(
                    QStringLiteral("A Streamly account is for the Member")))
                row = r;
        QVERIFY(row >= 0);
        const QModelIndex index =
            w.clauseModel()->index(row, int(ClauseChangeModel::Column::Clause));
        const int line = pane->document().lineAtOffset(
            index.data(ClauseChangeModel::OffsetRole).toLongLong(), false);
        QVERIFY(line >= 0);
        QCOMPARE(pane->document().lines()[line].kind, RedlineLine::Kind::MovedTo);
        QVERIFY(!pane->isLineInView(line));
        w.clauseView()->scrollTo(index);
        QTest::mouseClick(w.clauseView()->viewport(), Qt::LeftButton, {},
                          w.clauseView()->visualRect(index).center());
        QVERIFY(pane->isLineInView(line));

        // A removed clause jumps to the old text.
        int removed = -1;
        for (int r = 0; r < w.clauseModel()->rowCount(); ++r)
            if (w.clauseModel()->change(r)->kind == ClauseChange::Kind::Removed)
                removed = r;
        QVERIFY(removed >= 0);
        const QModelIndex ri = w.clauseModel()->index(removed, 0);
        QVERIFY(ri.data(ClauseChangeModel::OldSideRole).toBool());
        w.clauseView()->setCurrentIndex(ri);
        const int removedLine = pane->document().lineAtOffset(
            ri.data(ClauseChangeModel::OffsetRole).toLongLong(), true);
        QVERIFY(pane->isLineInView(removedLine));
    }

    void unfoldsUnchangedStretches()
    {
        DiffPane *pane = m_window->pane();
        pane->verticalScrollBar()->setValue(0);
        QTest::qWait(20);
        int folded = -1;
        for (int r = 0; r < int(pane->document().rows().size()); ++r)
            if (pane->document().rows()[r].folded && pane->rowRect(r).top() > 0 &&
                pane->rowRect(r).bottom() < pane->viewport()->height()) {
                folded = r;
                break;
            }
        QVERIFY(folded >= 0);
        const int hidden = pane->document().rows()[folded].lineCount;
        const int firstLine = pane->document().rows()[folded].firstLine;
        const int before = int(pane->document().rows().size());
        QTest::mouseClick(pane->viewport(), Qt::LeftButton, {}, pane->rowRect(folded).center());
        QCOMPARE(int(pane->document().rows().size()), before + hidden - 1);
        QVERIFY(pane->document().rowOfLine(firstLine) >= 0);
        QVERIFY(pane->isLineInView(firstLine));
    }

    void followsAMove()
    {
        DiffPane *pane = m_window->pane();
        const DiffDocument &doc = pane->document();
        int from = -1;
        for (int i = 0; i < int(doc.lines().size()) && from < 0; ++i)
            if (doc.lines()[i].kind == RedlineLine::Kind::MovedFrom)
                from = i;
        QVERIFY(from >= 0);
        const int to = doc.counterpart(from);
        QVERIFY(to > from);
        QCOMPARE(doc.lines()[to].kind, RedlineLine::Kind::MovedTo);
        QCOMPARE(doc.counterpart(to), from);
        pane->revealLine(from);
        QVERIFY(pane->isLineInView(from));
        // The empty right side of the moved-away block says where it went: click it.
        const QRect row = pane->rowRect(doc.rowOfLine(from));
        QTest::mouseClick(pane->viewport(), Qt::LeftButton, {},
                          QPoint(pane->viewport()->width() * 3 / 4, row.top() + 12));
        QVERIFY(pane->isLineInView(to));
    }

    void togglesOptions()
    {
        DiffWindow &w = *m_window;
        QSignalSpy shown(&w, &DiffWindow::comparisonShown);
        QCheckBox *ignoreCase = w.optionBox(DiffWindow::Option::IgnoreCase);
        QVERIFY(!w.comparison()->options.ignoreCase);
        ignoreCase->click();
        QVERIFY(w.isBusy());
        QVERIFY(shown.wait(30000));
        QVERIFY(w.comparison()->options.ignoreCase);
        QVERIFY(ignoreCase->isChecked());
        QVERIFY(w.summaryLabel()->text().contains(QStringLiteral("clauses changed")));
        ignoreCase->click();
        QVERIFY(shown.wait(30000));
        QVERIFY(!w.comparison()->options.ignoreCase);
    }

    void inlineMode()
    {
        DiffWindow &w = *m_window;
        w.inlineButton()->click();
        QCOMPARE(w.pane()->mode(), DiffPane::Mode::Inline);
        w.pane()->verticalScrollBar()->setValue(0);
        QTest::qWait(50);
        keep(&w, "diffview_inline");
        QVERIFY(distinctColours(w.grab().toImage()) > 60);
        QTest::keyClick(w.pane(), Qt::Key_F7);
        QVERIFY(w.pane()->currentChange() >= 0);
        w.inlineButton()->click();
        QCOMPARE(w.pane()->mode(), DiffPane::Mode::SideBySide);
    }

    void overviewBarMarksEveryChange()
    {
        DiffPane *pane = m_window->pane();
        const QList<DiffPane::Mark> marks = pane->changeMarks();
        QCOMPARE(marks.size(), pane->document().changeCount());
        for (qsizetype i = 1; i < marks.size(); ++i)
            QVERIFY(marks[i].from >= marks[i - 1].from);
        // Clicking at the bottom of the bar scrolls to the end.
        DiffOverviewBar *bar = m_window->overview();
        QTest::mouseClick(bar, Qt::LeftButton, {}, QPoint(bar->width() / 2, bar->height() - 2));
        QCOMPARE(pane->verticalScrollBar()->value(), pane->verticalScrollBar()->maximum());
    }

    void exportsHtml()
    {
        const QString path = m_archive.dir() + QStringLiteral("/redline.html");
        QVERIFY(m_window->exportHtml(path).ok());
        const QString html = QString::fromUtf8(test::readFile(path));
        QVERIFY(html.contains(QStringLiteral("Streamly Terms of Use")));
        QVERIFY(html.contains(m_terms[4].textSha256));
    }

    void cancels()
    {
        DiffRunner runner(m_archive.path());
        QSignalSpy cancelled(&runner, &DiffRunner::cancelled);
        QSignalSpy finished(&runner, &DiffRunner::finished);
        runner.compareVersions(m_terms[0].id, m_terms[4].id, {});
        runner.cancel();
        QVERIFY(cancelled.wait(30000));
        QCOMPARE(finished.count(), 0);
        // A newer comparison supersedes an older one: only the latest reports.
        runner.compareVersions(m_terms[0].id, m_terms[1].id, {});
        runner.compareVersions(m_terms[3].id, m_terms[4].id, {});
        QVERIFY(finished.wait(30000));
        QTest::qWait(100);
        QCOMPARE(finished.count(), 1);
        const auto c = finished.first().first().value<std::shared_ptr<const VersionComparison>>();
        QCOMPARE(c->newVersion.id, m_terms[4].id);
    }

    void reportsErrors()
    {
        DiffWindow w(m_archive.path(), m_dialogs);
        QSignalSpy failed(&w, &DiffWindow::comparisonFailed);
        w.compareVersions(m_terms[0].id, 987654);
        QVERIFY(failed.wait(30000));
        QVERIFY(!m_dialogs.errors.isEmpty());
    }

    void clauseModel()
    {
        ClauseChangeModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setComparison(m_window->comparison());
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.columnCount(), int(ClauseChangeModel::Column::Count));
        bool sawMoved = false;
        for (int r = 0; r < model.rowCount(); ++r) {
            const QString kind = model.index(r, 0).data().toString();
            sawMoved = sawMoved || kind == QLatin1String("Moved");
            QVERIFY(!model.index(r, int(ClauseChangeModel::Column::Clause))
                         .data()
                         .toString()
                         .isEmpty());
            QVERIFY(!model.index(r, 0).data(Qt::ToolTipRole).toString().isEmpty());
        }
        QVERIFY(sawMoved);
        model.setComparison(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void mainWindowOpensTheDiff()
    {
        MainWindow main(m_archive.open(), m_dialogs);
        main.openDiff(m_terms[3].id, m_terms[4].id);
        DiffWindow *opened = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<DiffWindow *>(w); d && d != m_window.get() && d->isVisible())
                opened = d;
        QVERIFY(opened);
        QVERIFY(opened->testAttribute(Qt::WA_DeleteOnClose));
        QSignalSpy shown(opened, &DiffWindow::comparisonShown);
        QVERIFY(shown.wait(30000));
        QCOMPARE(opened->comparison()->newVersion.id, m_terms[4].id);
        opened->close();
    }

    void versionPicker()
    {
        auto db = m_archive.open();
        VersionPickerDialog d(*db, m_terms[0].documentId);
        QCOMPARE(d.versionCount(), 5);
        QCOMPARE(d.oldVersionId(), m_terms[3].id); // previous and newest by default
        QCOMPARE(d.newVersionId(), m_terms[4].id);
    }
};

QTEST_MAIN(TestDiffView)
#include "tst_diffview.moc"
