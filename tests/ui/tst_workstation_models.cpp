// The workstation's models on a copy of the review fixture, each under
// QAbstractItemModelTester: lazy flags (paging, sorting, refresh, finding a
// row), the versions timeline, search hits, the audit log (keyset paging),
// peers, and the platform filter proxy.

#include "ReviewFixture.h"
#include "archive/DocumentRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/ProvisionRepository.h"
#include "browse/PlatformFilterProxy.h"
#include "models/AuditLogModel.h"
#include "models/FlagTableModel.h"
#include "models/PeerFlagModel.h"
#include "models/PlatformListModel.h"
#include "models/SearchResultModel.h"
#include "models/VersionTimelineModel.h"
#include "services/ReviewService.h"
#include "services/SearchService.h"

#include <QAbstractItemModelTester>
#include <QObject>
#include <QSignalSpy>
#include <QTest>

using namespace cw;
using namespace cw::ui;

namespace {
constexpr auto kQtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;
}

class TestWorkstationModels : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ReviewFixtureArchive> m_archive;
    std::unique_ptr<Database> m_db;

    qint64 platform(const char *name)
    {
        return PlatformRepository(*m_db).findByName(QString::fromLatin1(name)).value().value().id;
    }

private Q_SLOTS:
    void init()
    {
        m_archive = std::make_unique<test::ReviewFixtureArchive>();
        m_db = m_archive->open();
    }
    void cleanup()
    {
        m_db.reset();
        m_archive.reset();
    }

    void flagsLoadLazily()
    {
        // The fixture has ~120 flags: pages of 25 exercise the paging.
        FlagTableModel model;
        model.setPageSize(25);
        QAbstractItemModelTester tester(&model, kQtTest);
        model.setDatabase(m_db.get());
        QVERIFY(model.setQuery(FlagQuery{}).ok());
        const int total = model.totalCount();
        QVERIFY(total > 100);
        QCOMPARE(model.rowCount(), 25);
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 50);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        // The same rows as one query, in the same order.
        const QList<FlagRow> whole = FlagRepository(*m_db).query(FlagQuery{}).value();
        for (int r = 0; r < total; ++r)
            QCOMPARE(model.flagId(r), whole.at(r).flag.id);
        QVERIFY(!model.canFetchMore({}));
        // Each row reads back: record, severity word, review status.
        const QModelIndex rec = model.index(0, int(FlagTableModel::Column::Record));
        QVERIFY(rec.data().toString().startsWith(QStringLiteral("CW-P-")));
        QCOMPARE(model.index(0, int(FlagTableModel::Column::Severity)).data().toString(),
                 QStringLiteral("High"));
        QCOMPARE(rec.data(FlagTableModel::FlagIdRole).toLongLong(), model.flagId(0));
    }

    void flagsSortInSql_data()
    {
        QTest::addColumn<int>("column");
        for (int c = 0; c < int(FlagTableModel::Column::Count); ++c)
            QTest::addRow("column %d", c) << c;
    }

    void flagsSortInSql()
    {
        QFETCH(int, column);
        FlagTableModel model;
        QAbstractItemModelTester tester(&model, kQtTest);
        model.setDatabase(m_db.get());
        FlagQuery q;
        q.platformId = platform("Streamly");
        QVERIFY(model.setQuery(q).ok());
        const int total = model.rowCount();
        model.sort(column, Qt::DescendingOrder);
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.query().descending, true);
        QCOMPARE(model.query().platformId, q.platformId);
        model.sort(column, Qt::AscendingOrder);
        QCOMPARE(model.rowCount(), total);
    }

    void severityColumnSortsHighFirst()
    {
        FlagTableModel model;
        model.setDatabase(m_db.get());
        QVERIFY(model.setQuery(FlagQuery{}).ok());
        while (model.canFetchMore({}))
            model.fetchMore({});
        for (int r = 1; r < model.rowCount(); ++r)
            QVERIFY(model.index(r - 1, 0).data(FlagTableModel::SeverityRole).toInt() >=
                    model.index(r, 0).data(FlagTableModel::SeverityRole).toInt());
        model.sort(int(FlagTableModel::Column::Severity), Qt::DescendingOrder);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(Severity(model.index(0, 0).data(FlagTableModel::SeverityRole).toInt()), Severity::Low);
    }

    void flagsFindAndRefresh()
    {
        FlagTableModel model;
        model.setPageSize(20);
        QAbstractItemModelTester tester(&model, kQtTest);
        model.setDatabase(m_db.get());
        QVERIFY(model.setQuery(FlagQuery{}).ok());
        // The last flag in the order: not loaded until asked for.
        FlagQuery all;
        all.offset = model.totalCount() - 1;
        all.limit = 1;
        const qint64 last = FlagRepository(*m_db).query(all).value().first().flag.id;
        QCOMPARE(model.rowOfFlag(last), -1);
        const auto row = model.ensureLoaded(last);
        QVERIFY(row.ok());
        QCOMPARE(*row, model.totalCount() - 1);
        QCOMPARE(model.flagId(*row), last);
        QCOMPARE(model.ensureLoaded(999999).value(), -1);

        // A decision elsewhere, then refresh: the row changes in place.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(ReviewService(*m_db, QStringLiteral("t")).confirm({last}).ok());
        QVERIFY(model.refreshFlags({last}).ok());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(ReviewStatus(model.index(*row, 0).data(FlagTableModel::StatusRole).toInt()),
                 ReviewStatus::Confirmed);
        QCOMPARE(model.index(*row, int(FlagTableModel::Column::Status)).data().toString(),
                 FlagTableModel::statusText(ReviewStatus::Confirmed));
    }

    void flagsEmptyWithoutDatabase()
    {
        FlagTableModel model;
        QAbstractItemModelTester tester(&model, kQtTest);
        QVERIFY(model.setQuery(FlagQuery{}).ok());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore({}));
        model.setDatabase(m_db.get());
        QVERIFY(model.setQuery(FlagQuery{}).ok());
        QVERIFY(model.rowCount() > 0);
        model.setDatabase(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void timeline()
    {
        VersionTimelineModel model;
        QAbstractItemModelTester tester(&model, kQtTest);
        const auto docs = DocumentRepository(*m_db).summaries(platform("Streamly")).value();
        const qint64 terms = docs.at(0).document.termsType == QLatin1String("Terms of Service")
                                 ? docs.at(0).document.id
                                 : docs.at(1).document.id;
        QVERIFY(model.reload(*m_db, terms).ok());
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(model.index(0, int(VersionTimelineModel::Column::Event)).data().toString(),
                 QStringLiteral("Version 1 — first capture"));
        int changes = 0;
        qint64 newest = 0;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.index(r, 0).data(VersionTimelineModel::IsChangeRole).toBool()) {
                ++changes;
                QVERIFY(!model.index(r, int(VersionTimelineModel::Column::Changes)).data().toString().isEmpty());
            }
            if (const qint64 v = model.index(r, 0).data(VersionTimelineModel::VersionIdRole).toLongLong())
                newest = std::max(newest, v);
        }
        QCOMPARE(changes, 4);
        QVERIFY(model.previousVersion(newest) > 0);
        QVERIFY(model.previousVersion(newest) < newest);
        QVERIFY(model.rowOfVersion(newest) >= 0);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void searchHits()
    {
        SearchResultModel model;
        QAbstractItemModelTester tester(&model, kQtTest);
        SearchQuery q;
        q.text = QStringLiteral("arbitration");
        model.setHits(SearchService(*m_db).search(q).value().hits);
        QVERIFY(model.rowCount() > 5);
        const QModelIndex first = model.index(0, 0);
        QVERIFY(first.data(SearchResultModel::SnippetHtmlRole).toString().contains(QStringLiteral("<b>")));
        QVERIFY(!first.data().toString().contains(QChar(2)));
        QVERIFY(first.data(SearchResultModel::ContextRole).toString().contains(QStringLiteral(" · ")));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void snippetHtml_data()
    {
        QTest::addColumn<QString>("snippet");
        QTest::addColumn<QString>("html");
        QTest::newRow("plain") << "a < b" << "a &lt; b";
        QTest::newRow("match") << QStringLiteral("x \x02" "arbitration\x03 & y")
                               << "x <b>arbitration</b> &amp; y";
        QTest::newRow("two") << QStringLiteral("\x02" "a\x03 \x02" "b\x03") << "<b>a</b> <b>b</b>";
    }

    void snippetHtml()
    {
        QFETCH(QString, snippet);
        QFETCH(QString, html);
        QCOMPARE(SearchResultModel::snippetHtml(snippet), html);
    }

    void auditPages()
    {
        QList<qint64> ids;
        FlagQuery unreviewed; // every decision below then changes every flag
        unreviewed.status = ReviewStatus::Suggested;
        const QList<FlagRow> rows = FlagRepository(*m_db).query(unreviewed).value();
        for (const FlagRow &r : rows)
            ids << r.flag.id;
        ReviewService s(*m_db, QStringLiteral("pager"));
        QVERIFY(s.confirm(ids).ok());
        QVERIFY(s.reject(ids).ok());
        QVERIFY(s.changeSeverity(ids.mid(0, 60), Severity::Low).ok());
        const int total = 2 * int(ids.size()) + 60;
        QVERIFY(total > AuditLogModel::kPageSize);

        AuditLogModel model;
        QAbstractItemModelTester tester(&model, kQtTest);
        QVERIFY(model.reload(m_db.get()).ok());
        QCOMPARE(model.rowCount(), int(AuditLogModel::kPageSize));
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(model.index(0, int(AuditLogModel::Column::Action)).data().toString(),
                 QStringLiteral("Severity changed"));
        QVERIFY(model.index(0, int(AuditLogModel::Column::Change)).data().toString().contains(QStringLiteral("→ low")));
        QCOMPARE(model.index(0, int(AuditLogModel::Column::Actor)).data().toString(), QStringLiteral("pager"));

        // One flag only.
        QVERIFY(model.reload(m_db.get(), ids.first()).ok());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, int(AuditLogModel::Column::Record)).data().toString(),
                 recordId(RecordKind::Provision, ids.first()));
    }

    void actionNames_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("text");
        QTest::newRow("confirm") << "confirm" << "Confirmed";
        QTest::newRow("undo") << "undo:reject" << "Undone: Rejected";
        QTest::newRow("edit") << "edit" << "Edited";
        QTest::newRow("unknown") << "frobnicate" << "frobnicate";
    }

    void actionNames()
    {
        QFETCH(QString, action);
        QFETCH(QString, text);
        QCOMPARE(AuditLogModel::actionText(action), text);
    }

    void peers()
    {
        PeerFlagModel model;
        QAbstractItemModelTester tester(&model, kQtTest);
        model.setPeers(ProvisionRepository(*m_db).peers(QStringLiteral("arbitration"), platform("Streamly")).value());
        QCOMPARE(model.rowCount(), 3); // Paylark, Quillon, Stowbox
        for (int r = 0; r < model.rowCount(); ++r) {
            QVERIFY(model.index(r, int(PeerFlagModel::Column::Platform)).data().toString() !=
                    QLatin1String("Streamly"));
            QVERIFY(!model.index(r, int(PeerFlagModel::Column::Quote)).data().toString().isEmpty());
            QVERIFY(model.index(r, 0).data(PeerFlagModel::FlagIdRole).toLongLong() > 0);
        }
        model.setPeers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void platformProxy_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("show");
        QTest::addColumn<int>("rows");
        QTest::newRow("all") << "" << int(PlatformFilterProxy::Show::All) << 6;
        QTest::newRow("by name") << "stow" << int(PlatformFilterProxy::Show::All) << 1;
        QTest::newRow("by category") << "payments" << int(PlatformFilterProxy::Show::All) << 1;
        QTest::newRow("with high") << "" << int(PlatformFilterProxy::Show::WithHigh) << 6;
        QTest::newRow("nothing") << "zzz" << int(PlatformFilterProxy::Show::All) << 0;
    }

    void platformProxy()
    {
        QFETCH(QString, text);
        QFETCH(int, show);
        QFETCH(int, rows);
        PlatformListModel source;
        QVERIFY(source.reload(*m_db).ok());
        PlatformFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, kQtTest);
        proxy.setSourceModel(&source);
        proxy.setText(text);
        proxy.setShow(PlatformFilterProxy::Show(show));
        QCOMPARE(proxy.rowCount(), rows);
    }

    void platformProxyToReview()
    {
        // Review everything of one platform: it leaves the "to review" list.
        FlagQuery q;
        q.platformId = platform("Kinnet");
        QList<qint64> ids;
        const QList<FlagRow> rows = FlagRepository(*m_db).query(q).value();
        for (const FlagRow &r : rows)
            ids << r.flag.id;
        QVERIFY(ReviewService(*m_db, QStringLiteral("t")).confirm(ids).ok());
        PlatformListModel source;
        QVERIFY(source.reload(*m_db).ok());
        PlatformFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, kQtTest);
        proxy.setSourceModel(&source);
        proxy.setShow(PlatformFilterProxy::Show::ToReview);
        QCOMPARE(proxy.rowCount(), 5);
    }
};

QTEST_MAIN(TestWorkstationModels)
#include "tst_workstation_models.moc"
