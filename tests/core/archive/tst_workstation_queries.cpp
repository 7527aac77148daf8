// The read-side queries of the workstation on the review fixture: flag lists
// (filters, sorting, paging, position), provision detail, peers, the flags of
// a version, the versions timeline, facets and audit paging.

#include "ReviewFixture.h"
#include "archive/AuditRepository.h"
#include "archive/DocumentRepository.h"
#include "archive/FacetRepository.h"
#include "archive/FlagRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/ProvisionRepository.h"
#include "archive/TimelineRepository.h"
#include "archive/Rows.h"
#include "archive/VersionRepository.h"
#include "services/ReviewService.h"

#include <QObject>
#include <QSet>
#include <QTest>

using namespace cw;

class TestWorkstationQueries : public QObject
{
    Q_OBJECT

    test::ReviewFixtureArchive m_archive;
    std::unique_ptr<Database> m_db;
    qint64 m_streamly = 0;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        m_streamly = PlatformRepository(*m_db).findByName(QStringLiteral("Streamly")).value()->id;
    }

    void filters_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("regulation");
        QTest::newRow("category") << "disputes" << "";
        QTest::newRow("regulation") << "" << "faa";
        QTest::newRow("both") << "data" << "ccpa_cpra";
    }

    /// The clause types a filter admits, from the taxonomy in the archive.
    QStringList typesAdmitted(const QString &category, const QString &regulation) const
    {
        auto st = m_db->prepare(
            "SELECT key FROM clause_types WHERE (?1 = '' OR category = ?1) AND (?2 = '' OR key IN"
            " (SELECT type_key FROM clause_type_regulations WHERE regulation_key = ?2))");
        st->bind(1, category).bind(2, regulation);
        QStringList keys;
        while (st->step().value())
            keys << st->text(0);
        return keys;
    }

    void filters()
    {
        QFETCH(QString, category);
        QFETCH(QString, regulation);
        const QStringList allowedTypes = typesAdmitted(category, regulation);
        QVERIFY(!allowedTypes.isEmpty());
        FlagRepository repo(*m_db);
        FlagQuery q;
        q.category = category;
        q.regulationKey = regulation;
        const auto rows = repo.query(q).value();
        QVERIFY(!rows.isEmpty());
        QCOMPARE(repo.count(q).value(), int(rows.size()));
        QVERIFY(rows.size() < repo.count(FlagQuery{}).value());
        for (const FlagRow &r : rows) {
            QVERIFY2(allowedTypes.contains(r.flag.typeKey), qPrintable(r.flag.typeKey));
            if (!category.isEmpty())
                QCOMPARE(r.category, category);
        }
    }

    void rowsCarryContext()
    {
        FlagQuery q;
        q.platformId = m_streamly;
        q.limit = 1;
        const FlagRow r = FlagRepository(*m_db).query(q).value().first();
        QCOMPARE(r.platformName, QStringLiteral("Streamly"));
        QCOMPARE(r.flag.severity, Severity::High); // default order: High first
        QVERIFY(!r.documentTitle.isEmpty());
        QVERIFY(r.versionId > 0);
        QVERIFY(r.firstSeen.startsWith(QStringLiteral("202")));
        QVERIFY(r.firstSeen <= QStringLiteral("2026"));
        const FlagRow again = FlagRepository(*m_db).row(r.flag.id).value().value();
        QCOMPARE(again.flag.id, r.flag.id);
        QCOMPARE(again.firstSeen, r.firstSeen);
        QVERIFY(!FlagRepository(*m_db).row(999999).value().has_value());
    }

    void sortingAndPaging_data()
    {
        QTest::addColumn<int>("sort");
        QTest::addColumn<bool>("descending");
        for (int s = int(FlagSort::Severity); s <= int(FlagSort::Changed); ++s) {
            QTest::addRow("sort %d asc", s) << s << false;
            QTest::addRow("sort %d desc", s) << s << true;
        }
    }

    void sortingAndPaging()
    {
        QFETCH(int, sort);
        QFETCH(bool, descending);
        FlagRepository repo(*m_db);
        FlagQuery q;
        q.sort = FlagSort(sort);
        q.descending = descending;
        const auto all = repo.query(q).value();
        QCOMPARE(int(all.size()), repo.count(q).value());
        // Pages of 7 put together give the same list: a total order.
        QList<qint64> paged;
        for (q.offset = 0;; q.offset += 7) {
            q.limit = 7;
            const auto page = repo.query(q).value();
            for (const FlagRow &r : page)
                paged << r.flag.id;
            if (page.size() < 7)
                break;
        }
        QList<qint64> whole;
        for (const FlagRow &r : all)
            whole << r.flag.id;
        QCOMPARE(paged, whole);
        // positionOf agrees with the list.
        q.limit = -1;
        q.offset = 0;
        for (int i : {0, int(whole.size()) / 2, int(whole.size()) - 1})
            QCOMPARE(repo.positionOf(q, whole.at(i)).value(), std::optional<int>(i));
        q.platformId = m_streamly;
        const qint64 notStreamly = [&] {
            for (const FlagRow &r : all)
                if (r.platformName != QLatin1String("Streamly"))
                    return r.flag.id;
            return qint64(0);
        }();
        QVERIFY(!repo.positionOf(q, notStreamly).value().has_value());
    }

    void severityOrderIsHighFirst()
    {
        FlagQuery q;
        const auto rows = FlagRepository(*m_db).query(q).value();
        for (int i = 1; i < rows.size(); ++i)
            QVERIFY(int(rows.at(i - 1).flag.severity) >= int(rows.at(i).flag.severity));
    }

    void provisionDetail()
    {
        FlagQuery q;
        q.platformId = m_streamly;
        q.typeKey = QStringLiteral("arbitration");
        q.limit = 1;
        const qint64 id = FlagRepository(*m_db).query(q).value().first().flag.id;
        const ProvisionDetail d = ProvisionRepository(*m_db).detail(id).value().value();
        QCOMPARE(d.platformName, QStringLiteral("Streamly"));
        QCOMPARE(d.platformCategory, QStringLiteral("Streaming"));
        QCOMPARE(d.typeName, QStringLiteral("Mandatory arbitration"));
        QCOMPARE(d.category, QStringLiteral("disputes"));
        QVERIFY(!d.whyItMatters.isEmpty() && !d.consumerImpact.isEmpty());
        QVERIFY(d.clause.text.contains(QStringLiteral("arbitration"), Qt::CaseInsensitive));
        QVERIFY(!d.flag.evidence.isEmpty());
        const auto span = d.flag.evidence.first();
        QVERIFY(d.clause.text.mid(span.first, span.second - span.first)
                    .contains(QStringLiteral("arbitration"), Qt::CaseInsensitive));
        QStringList regs;
        for (const RegulationRef &r : d.regulations)
            regs << r.shortName + QLatin1Char('/') + r.jurisdiction;
        regs.sort();
        // The regulations the taxonomy links to arbitration, with their jurisdictions.
        QStringList linked;
        auto st = m_db->prepare("SELECT r.short_name || '/' || r.jurisdiction FROM regulations r"
                                " JOIN clause_type_regulations l ON l.regulation_key = r.key"
                                " WHERE l.type_key = 'arbitration'");
        while (st->step().value())
            linked << st->text(0);
        linked.sort();
        QVERIFY(linked.contains(QStringLiteral("FAA/US (federal)")));
        QCOMPARE(regs, linked);
        QCOMPARE(d.versionCount, 5);
        QVERIFY(d.versionNumber == 5);
        QVERIFY(d.evidence.snapshotId.has_value());
        QCOMPARE(d.evidence.rawSha256.size(), 64);
        QVERIFY(d.evidence.rawBytes > 1000);
        QVERIFY(!d.evidence.capturedAt.isEmpty());
        QVERIFY(d.evidence.lastVerified >= d.evidence.capturedAt);
        QCOMPARE(d.evidence.sourceUrl, QStringLiteral("https://streamly.example/legal/terms"));
        QVERIFY(d.firstTracked <= d.evidence.capturedAt);
        QCOMPARE(d.waybackUrl(),
                 QStringLiteral("https://web.archive.org/web/20250916110527/"
                                "https://streamly.example/legal/terms"));
        QCOMPARE(d.citation(),
                 QStringLiteral("Clausewatch archive — Entity: Streamly | Document: Streamly Terms "
                                "of Use | Record: %1 | Captured: 2025-09-16 11:05:27 UTC | "
                                "SHA-256: %2…")
                     .arg(d.flag.recordId(), d.evidence.rawSha256.left(16)));
        QVERIFY(!ProvisionRepository(*m_db).detail(999999).value().has_value());
    }

    void peers()
    {
        const auto peers =
            ProvisionRepository(*m_db).peers(QStringLiteral("arbitration"), m_streamly).value();
        // Paylark, Quillon and Stowbox have arbitration clauses too (one row each).
        QCOMPARE(peers.size(), 3);
        QSet<qint64> platforms;
        for (const PeerProvision &p : peers) {
            QVERIFY(p.platformId != m_streamly);
            QVERIFY2(!platforms.contains(p.platformId), "one row per platform");
            platforms.insert(p.platformId);
            QVERIFY(!p.quote.isEmpty());
            QVERIFY(p.quote.size() <= 142);
            QVERIFY(!p.quote.contains(QLatin1Char('\n')));
        }
        // A rejected flag is not how a platform "handles this".
        const PeerProvision first = peers.first();
        FlagQuery q;
        q.platformId = first.platformId;
        q.typeKey = QStringLiteral("arbitration");
        QList<qint64> ids;
        const QList<FlagRow> rows = FlagRepository(*m_db).query(q).value();
        for (const FlagRow &r : rows)
            ids << r.flag.id;
        QVERIFY(ReviewService(*m_db, QStringLiteral("t")).reject(ids).ok());
        const auto after =
            ProvisionRepository(*m_db).peers(QStringLiteral("arbitration"), m_streamly).value();
        for (const PeerProvision &p : after)
            QVERIFY(p.platformId != first.platformId);
        QVERIFY(ReviewService(*m_db, QStringLiteral("t")).apply(ReviewDecision::reopen(ids)).ok());
    }

    void flagsInVersion()
    {
        const auto docs = DocumentRepository(*m_db).summaries(m_streamly).value();
        for (const DocumentSummary &doc : docs) {
            const auto versions = VersionRepository(*m_db).forDocument(doc.document.id).value();
            const qint64 newest = versions.last().id;
            const auto flags = ProvisionRepository(*m_db).flagsInVersion(newest).value();
            FlagQuery q;
            q.documentId = doc.document.id;
            QCOMPARE(int(flags.size()), FlagRepository(*m_db).count(q).value());
            for (const VersionFlag &f : flags)
                QVERIFY(!f.evidence.isEmpty()); // current wording: evidence applies
            // In the first version, the unchanged clauses carry the same flags,
            // but the evidence is only trusted for the current wording.
            const auto old = ProvisionRepository(*m_db).flagsInVersion(versions.first().id).value();
            QVERIFY(old.size() <= flags.size());
            for (const VersionFlag &f : old)
                QVERIFY(f.evidence.isEmpty());
        }
    }

    void timeline()
    {
        const auto docs = DocumentRepository(*m_db).summaries(m_streamly).value();
        const DocumentSummary terms = docs.first().document.termsType == QLatin1String("Terms of Service")
                                          ? docs.first()
                                          : docs.last();
        const auto entries = TimelineRepository(*m_db).forDocument(terms.document.id).value();
        QCOMPARE(entries.size(), 7); // 7 captures (resources/demo/streamly/platform.json)
        int versions = 0;
        int verifications = 0;
        for (int i = 0; i < entries.size(); ++i) {
            const TimelineEntry &e = entries.at(i);
            if (i > 0)
                QVERIFY(entries.at(i - 1).capturedAt <= e.capturedAt);
            if (e.outcome == CaptureOutcome::Version) {
                ++versions;
                QCOMPARE(e.versionNumber, versions);
                if (e.versionNumber > 1)
                    QVERIFY2(e.clausesAdded + e.clausesModified + e.clausesMoved +
                                     e.clausesRemoved > 0,
                             "a new version changes something");
                QCOMPARE(e.isChange(), e.versionNumber > 1);
            } else if (e.outcome == CaptureOutcome::Verification) {
                ++verifications;
                QVERIFY(e.versionNumber > 0);
                QVERIFY(!e.isChange());
            }
        }
        QCOMPARE(versions, 5);
        QCOMPARE(verifications, 2);
    }

    void facets()
    {
        FacetRepository f(*m_db);
        // The built-in taxonomy: 38 clause types in 6 categories.
        QCOMPARE(f.clauseTypes()->size(), 38);
        QVERIFY(f.categories()->contains(QStringLiteral("disputes")));
        QCOMPARE(f.categories()->size(), 6);
        const auto regs = f.regulations().value();
        auto count = m_db->prepare("SELECT count(*) FROM regulations");
        QVERIFY(count->step().value());
        QCOMPARE(regs.size(), count->int64(0));
        QVERIFY(regs.size() >= 20);
        QVERIFY(std::any_of(regs.begin(), regs.end(), [](const RegulationFacet &r) {
            return r.shortName == QLatin1String("GDPR") && r.jurisdiction == QLatin1String("EU");
        }));
    }

    void metadataIndexesExist()
    {
        // Schema 4 (004_review.sql): reading version and snapshot metadata
        // must not walk the text stored in the same rows.
        auto st = m_db->prepare("SELECT name FROM sqlite_master WHERE type = 'index'");
        QStringList names;
        QVERIFY(forEachRow(*st, [&](const Statement &s) { names << s.text(0); }).ok());
        for (const char *name : {"versions_meta_by_id", "versions_meta_by_document", "snapshots_timeline",
                                 "clauses_lineage_version"})
            QVERIFY2(names.contains(QString::fromLatin1(name)), name);
        auto plan = m_db->prepare("EXPLAIN QUERY PLAN SELECT min(first_seen), max(last_verified) "
                                  "FROM versions WHERE document_id = 1");
        QString detail;
        QVERIFY(forEachRow(*plan, [&](const Statement &s) { detail += s.text(3); }).ok());
        QVERIFY2(detail.contains(QStringLiteral("COVERING INDEX versions_meta_by_document")), qPrintable(detail));
    }

    void auditPaging()
    {
        FlagQuery q;
        q.limit = 12;
        q.status = ReviewStatus::Suggested; // each confirmation then writes one entry
        QList<qint64> ids;
        const QList<FlagRow> rows = FlagRepository(*m_db).query(q).value();
        for (const FlagRow &r : rows)
            ids << r.flag.id;
        ReviewService s(*m_db, QStringLiteral("pager"));
        for (qint64 id : ids)
            QVERIFY(s.confirm({id}).ok());
        AuditRepository audit(*m_db);
        const int total = audit.count().value();
        QVERIFY(total >= 12);
        QList<qint64> seen;
        qint64 before = 0;
        while (true) {
            const auto page = audit.list({}, 0, 5, before).value();
            for (const AuditEntry &e : page)
                seen << e.id;
            if (page.size() < 5)
                break;
            before = page.last().id;
        }
        QCOMPARE(int(seen.size()), total);
        for (int i = 1; i < seen.size(); ++i)
            QVERIFY(seen.at(i - 1) > seen.at(i));
    }
};

QTEST_GUILESS_MAIN(TestWorkstationQueries)
#include "tst_workstation_queries.moc"
