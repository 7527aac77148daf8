// The analyst's workstation end to end, offscreen, on copies of the review
// fixture: browse, filter, review with the keyboard (confirm, reject, undo,
// bulk, edit), search, copy a citation, go through "how other platforms
// handle this", read a document, keep state across launches, settings.

#include "MainWindow.h"
#include "diff/DiffWindow.h"
#include "ReviewFixture.h"
#include "ScriptedDialogs.h"
#include "archive/AuditRepository.h"
#include "archive/FlagRepository.h"
#include "browse/DocumentPanel.h"
#include "browse/PlatformPanel.h"
#include "detail/ClauseDetailPanel.h"
#include "models/FlagTableModel.h"
#include "models/PeerFlagModel.h"
#include "models/SearchResultModel.h"
#include "models/VersionTimelineModel.h"
#include "reader/DocumentReader.h"
#include "reader/ReaderMargin.h"
#include "reader/ReaderTextView.h"
#include "review/AuditPanel.h"
#include "review/FlagEditDialog.h"
#include "review/FlagFilterBar.h"
#include "review/FlagTablePanel.h"
#include "review/ReviewController.h"
#include "search/SearchPopup.h"
#include "settings/AppSettings.h"
#include "settings/Appearance.h"
#include "settings/SettingsDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QObject>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace cw;
using namespace cw::ui;

namespace {

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

Flag flagOf(const Database &db, qint64 id)
{
    return FlagRepository(db).get(id).value().value();
}

void select(QComboBox *box, const QString &data)
{
    const int i = box->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    box->setCurrentIndex(i);
}

} // namespace

class TestWorkstation : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ReviewFixtureArchive> m_archive;
    std::unique_ptr<QTemporaryDir> m_settingsDir;
    std::unique_ptr<QSettings> m_qsettings;
    std::unique_ptr<AppSettings> m_settings;
    testing::ScriptedDialogs m_dialogs;
    std::unique_ptr<MainWindow> m_window;

    MainWindow &window()
    {
        if (!m_window) {
            m_window = std::make_unique<MainWindow>(m_archive->open(), m_dialogs, m_settings.get());
            m_window->show();
            QApplication::setActiveWindow(m_window.get());
            if (!QTest::qWaitForWindowActive(m_window.get()))
                qWarning("window not active");
        }
        return *m_window;
    }
    QTableView *flags() { return window().flagPanel()->view(); }
    FlagTableModel *flagModel() { return window().flagPanel()->model(); }
    const Database &db() { return window().database(); }
    qint64 current() { return window().flagPanel()->currentFlagId(); }
    void key(int k, Qt::KeyboardModifiers mods = {})
    {
        flags()->setFocus();
        QTest::keyClick(flags(), Qt::Key(k), mods);
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<test::ReviewFixtureArchive>();
        m_settingsDir = std::make_unique<QTemporaryDir>();
        m_qsettings = std::make_unique<QSettings>(m_settingsDir->filePath(QStringLiteral("s.ini")),
                                                  QSettings::IniFormat);
        m_settings = std::make_unique<AppSettings>(*m_qsettings);
        m_settings->setAnalyst(QStringLiteral("ana@example"));
        m_dialogs = testing::ScriptedDialogs();
    }

    void cleanup()
    {
        m_window.reset();
        m_settings.reset();
        m_qsettings.reset();
        m_settingsDir.reset();
        m_archive.reset();
        QVERIFY2(m_dialogs.errors.isEmpty(), qPrintable(m_dialogs.errors.join(QLatin1Char('\n'))));
    }

    void selectingAPlatformShowsItsFlagsAndDocuments()
    {
        QVERIFY(window().selectPlatform(QStringLiteral("Streamly")));
        FlagQuery q;
        q.platformId = window().platformPanel()->currentPlatformId();
        QCOMPARE(flagModel()->totalCount(), FlagRepository(db()).count(q).value());
        QVERIFY(flagModel()->rowCount() > 10);
        for (int r = 0; r < flagModel()->rowCount(); ++r)
            QCOMPARE(flagModel()->rowAt(r)->platformName, QStringLiteral("Streamly"));
        // The first (most severe) flag is selected and shown in detail.
        QVERIFY(current() > 0);
        QCOMPARE(window().detailPanel()->flagId(), current());
        QCOMPARE(window().documentView()->model()->rowCount(), 2);
        // Its document and version are selected in the documents panel.
        QCOMPARE(window().documentPanel()->currentDocumentId(),
                 window().detailPanel()->detail()->document.id);
        QVERIFY(window().documentPanel()->timelineModel()->rowCount() >= 5);
    }

    void filteringBySeverity()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        const int all = flagModel()->totalCount();
        select(window().flagPanel()->filterBar()->severityBox(), QStringLiteral("high"));
        QVERIFY(flagModel()->totalCount() > 0);
        QVERIFY(flagModel()->totalCount() < all);
        for (int r = 0; r < flagModel()->rowCount(); ++r)
            QCOMPARE(flagModel()->rowAt(r)->flag.severity, Severity::High);
        // Category and regulation narrow further; clearing restores all.
        select(window().flagPanel()->filterBar()->regulationBox(), QStringLiteral("faa"));
        QVERIFY(flagModel()->rowCount() > 0);
        const QStringList faaTypes{"arbitration", "class_action_waiver", "jury_trial_waiver"};
        for (int r = 0; r < flagModel()->rowCount(); ++r)
            QVERIFY2(faaTypes.contains(flagModel()->rowAt(r)->flag.typeKey),
                     qPrintable(flagModel()->rowAt(r)->flag.typeKey));
        window().flagPanel()->clearFilters();
        QCOMPARE(flagModel()->totalCount(), all);
    }

    void confirmAndRejectWithKeys()
    {
        window().selectPlatform(QStringLiteral("Paylark"));
        QVERIFY(flagModel()->rowCount() >= 3);
        flags()->setCurrentIndex(flagModel()->index(0, 0));
        const qint64 first = flagModel()->flagId(0);
        const qint64 second = flagModel()->flagId(1);
        key(Qt::Key_C);
        QCOMPARE(flagOf(db(), first).status, ReviewStatus::Confirmed);
        QCOMPARE(current(), second); // moved on
        key(Qt::Key_R);
        QCOMPARE(flagOf(db(), second).status, ReviewStatus::Rejected);
        QCOMPARE(current(), flagModel()->flagId(2));
        // Review status shows in the table and in the detail.
        QCOMPARE(flagModel()->index(0, int(FlagTableModel::Column::Status)).data().toString(),
                 FlagTableModel::statusText(ReviewStatus::Confirmed));
        // Every decision is in the audit log, with who.
        const auto log = AuditRepository(db()).list().value();
        QCOMPARE(log.size(), 2);
        QCOMPARE(log.at(0).action, QStringLiteral("reject"));
        QCOMPARE(log.at(0).entityId, second);
        QCOMPARE(log.at(0).actor, QStringLiteral("ana@example"));
        QCOMPARE(log.at(1).before.value(QStringLiteral("status")).toString(), QStringLiteral("suggested"));
        QCOMPARE(window().auditPanel()->view()->model()->rowCount(), 2);
    }

    void undoAndRedo()
    {
        window().selectPlatform(QStringLiteral("Quillon"));
        flags()->setCurrentIndex(flagModel()->index(0, 0));
        const qint64 first = current();
        key(Qt::Key_C);
        QCOMPARE(flagOf(db(), first).status, ReviewStatus::Confirmed);
        QVERIFY(window().review()->undoStack()->undoText().contains(recordId(RecordKind::Provision, first)));
        key(Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(flagOf(db(), first).status, ReviewStatus::Suggested);
        QCOMPARE(current(), first); // undo shows the flag it restored
        QCOMPARE(window().detailPanel()->detail()->flag.status, ReviewStatus::Suggested);
        key(Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(flagOf(db(), first).status, ReviewStatus::Confirmed);
        const auto log = AuditRepository(db()).list().value();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log.at(1).action, QStringLiteral("undo:confirm"));
    }

    void nextAndPrevious()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        flags()->setCurrentIndex(flagModel()->index(0, 0));
        key(Qt::Key_J);
        key(Qt::Key_J);
        QCOMPARE(flags()->currentIndex().row(), 2);
        key(Qt::Key_K);
        QCOMPARE(flags()->currentIndex().row(), 1);
        QCOMPARE(window().detailPanel()->flagId(), flagModel()->flagId(1));
        QVERIFY(AuditRepository(db()).list().value().isEmpty()); // moving decides nothing
    }

    void typingInAFieldNeverDecides()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        QLineEdit *filter = window().platformFilter();
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("cr"));
        QCOMPARE(filter->text(), QStringLiteral("cr"));
        QVERIFY(AuditRepository(db()).list().value().isEmpty());
    }

    void bulkDecisionsOnASelection()
    {
        window().selectPlatform(QStringLiteral("Stowbox"));
        QVERIFY(flagModel()->rowCount() >= 5);
        QItemSelectionModel *sel = flags()->selectionModel();
        sel->setCurrentIndex(flagModel()->index(0, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (int r = 1; r < 5; ++r)
            sel->select(flagModel()->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QList<qint64> ids;
        for (int r = 0; r < 5; ++r)
            ids << flagModel()->flagId(r);
        QCOMPARE(window().review()->selectedFlagIds(), ids);
        key(Qt::Key_3); // severity Low on all five
        for (qint64 id : ids)
            QCOMPARE(flagOf(db(), id).severity, Severity::Low);
        key(Qt::Key_C);
        for (qint64 id : ids)
            QCOMPARE(flagOf(db(), id).status, ReviewStatus::Confirmed);
        QCOMPARE(AuditRepository(db()).count().value(), 10);
        // One undo step undoes the whole bulk decision.
        key(Qt::Key_Z, Qt::ControlModifier);
        for (qint64 id : ids)
            QCOMPARE(flagOf(db(), id).status, ReviewStatus::Suggested);
        QCOMPARE(flagOf(db(), ids.first()).severity, Severity::Low);
    }

    void editThroughTheDialog()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        flags()->setCurrentIndex(flagModel()->index(0, 0));
        const qint64 id = current();
        m_dialogs.onDialog = [](QDialog *d) {
            auto *edit = qobject_cast<FlagEditDialog *>(d);
            if (!edit)
                return int(QDialog::Rejected);
            edit->severityBox()->setCurrentIndex(edit->severityBox()->findData(QStringLiteral("medium")));
            edit->summaryEdit()->setPlainText(QStringLiteral("Plain words."));
            edit->noteEdit()->setPlainText(QStringLiteral("Opt-out in 13.4."));
            edit->reasonEdit()->setText(QStringLiteral("Opt-out window exists"));
            return int(QDialog::Accepted);
        };
        key(Qt::Key_E);
        QVERIFY(m_dialogs.asked.contains(QStringLiteral("Edit flag %1").arg(recordId(RecordKind::Provision, id))));
        const Flag f = flagOf(db(), id);
        QCOMPARE(f.severity, Severity::Medium);
        QCOMPARE(f.summary, QStringLiteral("Plain words."));
        QCOMPARE(f.notes, QStringLiteral("Opt-out in 13.4."));
        const AuditEntry e = AuditRepository(db()).list().value().first();
        QCOMPARE(e.action, QStringLiteral("edit"));
        QCOMPARE(e.reason, QStringLiteral("Opt-out window exists"));
        QCOMPARE(e.after.value(QStringLiteral("severity")).toString(), QStringLiteral("medium"));
        QCOMPARE(window().detailPanel()->summaryLabel()->text(), QStringLiteral("Plain words."));
        // Cancelled: nothing changes.
        m_dialogs.onDialog = {};
        key(Qt::Key_E);
        QCOMPARE(AuditRepository(db()).count().value(), 1);
    }

    void searchFindsAndGoes()
    {
        window().selectPlatform(QStringLiteral("Bazaro"));
        key(Qt::Key_K, Qt::ControlModifier);
        SearchPopup *popup = window().searchPopup();
        QVERIFY(popup->isVisible());
        QTest::keyClicks(popup->queryEdit(), QStringLiteral("\"class action\""));
        popup->runSearch();
        QVERIFY(popup->model()->rowCount() > 0);
        // The best hit that is flagged.
        int row = -1;
        for (int r = 0; r < popup->model()->rowCount() && row < 0; ++r)
            if (popup->model()->hit(r)->flagId)
                row = r;
        QVERIFY(row >= 0);
        const SearchHit hit = *popup->model()->hit(row);
        popup->resultView()->setCurrentIndex(popup->model()->index(row, 0));
        QTest::keyClick(popup->queryEdit(), Qt::Key_Return);
        QVERIFY(!popup->isVisible());
        QCOMPARE(window().platformPanel()->currentPlatformName(), hit.platformName);
        QCOMPARE(current(), hit.flagId);
        QCOMPARE(window().detailPanel()->flagId(), hit.flagId);

        // Filters narrow the search as they narrow the table.
        window().openSearch(QStringLiteral("account"));
        const int all = popup->model()->rowCount();
        select(popup->filterBar()->severityBox(), QStringLiteral("medium"));
        QVERIFY(popup->model()->rowCount() < all);
        for (int r = 0; r < popup->model()->rowCount(); ++r)
            QCOMPARE(popup->model()->hit(r)->severity, std::optional<Severity>(Severity::Medium));
    }

    void malformedSearchIsGentle()
    {
        window().openSearch(QStringLiteral("\"binding arbitration"));
        SearchPopup *popup = window().searchPopup();
        QVERIFY(popup->model()->rowCount() > 0);
        QVERIFY(popup->noticeLabel()->text().contains(QStringLiteral("Searched for the words")));
        QVERIFY(!popup->noticeLabel()->text().contains(QStringLiteral("SQL")));
        window().openSearch(QStringLiteral("(*"));
        QCOMPARE(popup->model()->rowCount(), 0);
        QVERIFY(popup->noticeLabel()->text().contains(QStringLiteral("at least one word")));
        QVERIFY(m_dialogs.errors.isEmpty());
    }

    void searchHitWithoutFlagOpensTheReader()
    {
        window().openSearch(QStringLiteral("Welcome"));
        SearchPopup *popup = window().searchPopup();
        int row = -1;
        for (int r = 0; r < popup->model()->rowCount() && row < 0; ++r)
            if (!popup->model()->hit(r)->flagId)
                row = r;
        QVERIFY(row >= 0);
        const SearchHit hit = *popup->model()->hit(row);
        Q_EMIT popup->resultView()->activated(popup->model()->index(row, 0));
        QCOMPARE(window().currentView(), MainWindow::View::Reader);
        QCOMPARE(window().reader()->versionId(), hit.versionId);
        QCOMPARE(window().reader()->textView()->currentClause(), hit.clauseId);
    }

    void copyCitation()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        QApplication::clipboard()->clear();
        QTest::mouseClick(window().detailPanel()->copyCitationButton(), Qt::LeftButton);
        const QString text = QApplication::clipboard()->text();
        const ProvisionDetail &d = *window().detailPanel()->detail();
        QCOMPARE(text, d.citation());
        QVERIFY(text.startsWith(QStringLiteral("Clausewatch archive — Entity: Streamly | Document: ")));
        QVERIFY(text.contains(QStringLiteral("| Record: %1 |").arg(recordId(RecordKind::Provision, current()))));
        QVERIFY(text.contains(QStringLiteral("| SHA-256: %1…").arg(d.evidence.rawSha256.left(16))));
        // The keyboard way.
        QApplication::clipboard()->clear();
        key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(QApplication::clipboard()->text(), text);
        QVERIFY(AuditRepository(db()).list().value().isEmpty()); // Ctrl+Shift+C is not C
    }

    void navigateThroughOtherPlatforms()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        select(window().flagPanel()->filterBar()->typeBox(), QStringLiteral("arbitration"));
        QVERIFY(flagModel()->rowCount() > 0);
        QCOMPARE(window().detailPanel()->detail()->flag.typeKey, QStringLiteral("arbitration"));
        QTableView *peers = window().detailPanel()->peerView();
        QCOMPARE(peers->model()->rowCount(), 3); // Paylark, Quillon, Stowbox
        const qint64 target = peers->model()->index(1, 0).data(PeerFlagModel::FlagIdRole).toLongLong();
        const QString platform = peers->model()->index(1, 0).data().toString();
        QTest::mouseClick(peers->viewport(), Qt::LeftButton, {},
                          peers->visualRect(peers->model()->index(1, 0)).center());
        QCOMPARE(window().platformPanel()->currentPlatformName(), platform);
        QCOMPARE(current(), target);
        QCOMPARE(window().detailPanel()->flagId(), target);
        QCOMPARE(window().detailPanel()->detail()->platformName, platform);
        // And from there, the list names Streamly among the others.
        bool streamly = false;
        for (int r = 0; r < peers->model()->rowCount(); ++r)
            streamly = streamly || peers->model()->index(r, 0).data().toString() == QLatin1String("Streamly");
        QVERIFY(streamly);
    }

    void navigationClearsFiltersThatHideTheTarget()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        select(window().flagPanel()->filterBar()->severityBox(), QStringLiteral("low"));
        FlagQuery q;
        q.severity = Severity::High;
        q.platformId = window().platformPanel()->currentPlatformId();
        q.limit = 1;
        const qint64 high = FlagRepository(db()).query(q).value().first().flag.id;
        QVERIFY(window().goToFlag(high));
        QCOMPARE(current(), high);
        QVERIFY(window().flagPanel()->filterBar()->state().isEmpty());
    }

    void readerShowsTheClauseWithFlagsInTheMargin()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        const ProvisionDetail d = *window().detailPanel()->detail();
        window().openInReader(d.versionId, d.clause.id);
        QCOMPARE(window().currentView(), MainWindow::View::Reader);
        ReaderTextView *text = window().reader()->textView();
        QCOMPARE(window().reader()->versionId(), d.versionId);
        QCOMPARE(text->currentClause(), d.clause.id);
        QVERIFY(text->toPlainText().contains(d.clause.text));
        QVERIFY(text->flaggedClauseCount() > 3);
        QVERIFY(text->marginLabel(d.clause.id).startsWith(QStringLiteral("○ High · ")));
        // Clicking the margin beside the clause goes to its flag.
        window().flagPanel()->view()->setCurrentIndex(flagModel()->index(flagModel()->rowCount() - 1, 0));
        QVERIFY(current() != d.flag.id);
        QTest::qWait(50);
        const QRect r = text->marginRect(d.clause.id);
        QVERIFY(r.isValid());
        QTest::mouseClick(text->margin(), Qt::LeftButton, {}, QPoint(20, r.top() + 6));
        QCOMPARE(window().currentView(), MainWindow::View::Flags);
        QVERIFY(window().detailPanel()->detail()->clause.id == d.clause.id);
        // Other versions from the picker.
        QComboBox *versions = window().reader()->versionBox();
        QCOMPARE(versions->count(), d.versionCount);
        versions->setCurrentIndex(0);
        QVERIFY(window().reader()->versionId() != d.versionId);
    }

    void compareWithPreviousAsksForADiff()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        DocumentPanel *docs = window().documentPanel();
        QSignalSpy diff(&window(), &MainWindow::diffRequested);
        QVERIFY(docs->compareButton()->isEnabled());
        const qint64 newer = docs->currentVersionId();
        const qint64 older = docs->previousVersionId();
        QVERIFY(older > 0 && older != newer);
        QTest::mouseClick(docs->compareButton(), Qt::LeftButton);
        QCOMPARE(diff.size(), 1);
        QCOMPARE(diff.first().at(0).toLongLong(), older);
        QCOMPARE(diff.first().at(1).toLongLong(), newer);
        // The redline opens in a window of its own.
        DiffWindow *redline = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (auto *d = qobject_cast<DiffWindow *>(w))
                redline = d;
        QVERIFY(redline);
        QTRY_VERIFY_WITH_TIMEOUT(redline->comparison() != nullptr, 20000);
        redline->close();
        // The first version has nothing before it.
        docs->versionView()->setCurrentIndex(docs->timelineModel()->index(0, 0));
        QVERIFY(!docs->compareButton()->isEnabled());
    }

    void stateIsKeptAcrossLaunches()
    {
        window().selectPlatform(QStringLiteral("Paylark"));
        flags()->setCurrentIndex(flagModel()->index(2, 0));
        const qint64 flag = current();
        window().resize(1300, 900);
        window().close();
        m_window.reset();
        QCOMPARE(m_settings->lastArchive(), QFileInfo(m_archive->path()).absoluteFilePath());
        QVERIFY(m_settings->recentArchives().contains(QFileInfo(m_archive->path()).absoluteFilePath()));
        QVERIFY(!m_settings->windowState().isEmpty());

        QCOMPARE(window().platformPanel()->currentPlatformName(), QStringLiteral("Paylark"));
        QCOMPARE(current(), flag);
        QCOMPARE(window().size(), QSize(1300, 900));
    }

    void openingAnotherArchive()
    {
        test::ReviewFixtureArchive other;
        window().selectPlatform(QStringLiteral("Kinnet"));
        key(Qt::Key_C);
        QVERIFY(window().openArchive(other.path()));
        QCOMPARE(window().database().path(), other.path());
        QCOMPARE(window().platformPanel()->platformCount(), 6);
        QVERIFY(AuditRepository(db()).list().value().isEmpty()); // the other archive's log
        QVERIFY(!window().review()->undoStack()->canUndo());      // no undo across archives
        QCOMPARE(m_settings->recentArchives().size(), 2);
        // A file that is not an archive: refused, the current one stays.
        const QString junk = m_settingsDir->filePath(QStringLiteral("junk.cwa"));
        test::writeFile(junk, "not a database at all, just text");
        QVERIFY(!window().openArchive(junk));
        QCOMPARE(m_dialogs.errors.size(), 1);
        m_dialogs.errors.clear();
        QCOMPARE(window().database().path(), other.path());
    }

    void settingsDialogAppliesAppearanceAndAnalyst()
    {
        window();
        m_dialogs.onDialog = [](QDialog *d) {
            auto *s = qobject_cast<SettingsDialog *>(d);
            if (!s)
                return int(QDialog::Rejected);
            s->appearanceBox()->setCurrentIndex(s->appearanceBox()->findData(int(AppSettings::Appearance::Dark)));
            s->analystEdit()->setText(QStringLiteral("Rita Reviewer"));
            return int(QDialog::Accepted);
        };
        auto *settings = window().findChild<QAction *>(QStringLiteral("settingsAction"));
        QVERIFY(settings);
        settings->trigger();
        QCOMPARE(m_settings->appearance(), AppSettings::Appearance::Dark);
        QVERIFY(Appearance::isDark(QApplication::palette()));
        window().selectPlatform(QStringLiteral("Streamly"));
        key(Qt::Key_C);
        QCOMPARE(AuditRepository(db()).list().value().first().actor, QStringLiteral("Rita Reviewer"));
        const QImage dark = window().grab().toImage();
        QVERIFY(distinctColours(dark) > 20);
        Appearance::apply(AppSettings::Appearance::System);
        QVERIFY(!Appearance::isDark(QApplication::palette()));
    }

    void savedFilters()
    {
        FlagFilterBar *bar = window().flagPanel()->filterBar();
        select(bar->severityBox(), QStringLiteral("high"));
        select(bar->categoryBox(), QStringLiteral("disputes"));
        QCOMPARE(bar->categoryBox()->currentText(), QStringLiteral("Disputes and liability"));
        m_dialogs.onDialog = [](QDialog *d) {
            auto *ask = qobject_cast<QInputDialog *>(d);
            if (!ask)
                return int(QDialog::Rejected);
            ask->setTextValue(QStringLiteral("High disputes"));
            return int(QDialog::Accepted);
        };
        bar->saveCurrent();
        QCOMPARE(m_settings->savedFilterNames(), QStringList{QStringLiteral("High disputes")});
        window().flagPanel()->clearFilters();
        QVERIFY(bar->state().isEmpty());
        bar->applySaved(QStringLiteral("High disputes"));
        QCOMPARE(bar->state().severity, QStringLiteral("high"));
        QCOMPARE(bar->state().category, QStringLiteral("disputes"));
        QVERIFY(flagModel()->rowCount() > 0);
        for (int r = 0; r < flagModel()->rowCount(); ++r)
            QCOMPARE(flagModel()->rowAt(r)->category, QStringLiteral("disputes"));
    }

    void allPlatformsScope()
    {
        window().selectPlatform(QStringLiteral("Streamly"));
        const int one = flagModel()->totalCount();
        window().flagPanel()->setAllPlatforms(true);
        QVERIFY(flagModel()->totalCount() > one);
        QSet<QString> platforms;
        for (int r = 0; r < flagModel()->rowCount(); ++r)
            platforms.insert(flagModel()->rowAt(r)->platformName);
        QCOMPARE(platforms.size(), 6);
        QVERIFY(!flags()->isColumnHidden(int(FlagTableModel::Column::Platform)));
    }

    void panelsRenderNotBlank_data()
    {
        QTest::addColumn<QString>("panel");
        for (const char *p : {"platforms", "documents", "flags", "detail", "reader", "audit", "search"})
            QTest::newRow(p) << QString::fromLatin1(p);
    }

    void panelsRenderNotBlank()
    {
        QFETCH(QString, panel);
        window().selectPlatform(QStringLiteral("Streamly"));
        key(Qt::Key_C); // something in the audit log
        if (panel == QLatin1String("reader")) {
            const ProvisionDetail &d = *window().detailPanel()->detail();
            window().openInReader(d.versionId, d.clause.id);
        }
        if (panel == QLatin1String("audit"))
            window().showView(MainWindow::View::Audit);
        if (panel == QLatin1String("search"))
            window().openSearch(QStringLiteral("arbitration"));
        QWidget *w = window().panel(panel);
        QVERIFY(w);
        QVERIFY(w->isVisible());
        const QImage shot = w->grab().toImage();
        QVERIFY(shot.width() > 150 && shot.height() > 150);
        QVERIFY2(distinctColours(shot) > 20, qPrintable(panel + QStringLiteral(" looks blank")));
    }
};

QTEST_MAIN(TestWorkstation)
#include "tst_workstation.moc"
