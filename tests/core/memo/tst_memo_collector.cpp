// MemoCollector on a small archive built through the real import pipeline,
// with clause types and flags inserted by the test.

#include "MemoFixtures.h"
#include "TestSupport.h"
#include "archive/MemoRepository.h"
#include "memo/MemoCollector.h"
#include "memo/MemoFingerprint.h"
#include "services/CaptureImporter.h"

#include <QObject>
#include <QTimeZone>
#include <QTest>

using namespace cw;

namespace {

const QDateTime kNow = QDateTime(QDate(2026, 2, 1), QTime(12, 0), QTimeZone::utc());

} // namespace

class TestMemoCollector : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    QList<qint64> m_acmeVersions;

    MemoSpec platformSpec(const QString &name = QStringLiteral("Acme")) const
    {
        MemoSpec s;
        s.platform = name;
        return s;
    }

    MemoContent collect(const MemoSpec &s)
    {
        auto c = MemoCollector(*m_db).collect(s, kNow);
        if (!c)
            qWarning("%s", qPrintable(c.error().toString()));
        return c ? *c : MemoContent();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        CaptureImporter importer(*m_db);
        // The test writes the flags and their taxonomy itself: no classifier.
        const auto capture = [](const char *platform, const QByteArray &policy, const char *at) {
            CaptureRequest r = test::sampleCapture(QString::fromLatin1(platform), policy,
                                                   QString::fromLatin1(at));
            r.classify = false;
            return r;
        };
        QVERIFY(importer.import(capture("Acme", test::samplePolicy(), "2024-01-10T10:00:00Z")).ok());
        QVERIFY(importer.import(capture("Acme", test::samplePolicy(QStringLiteral("15 days")),
                                        "2025-03-01T10:00:00Z")).ok());
        QVERIFY(importer.import(capture("Bolt", test::samplePolicy(), "2024-06-01T10:00:00Z")).ok());
        QVERIFY(test::seedFlags(*m_db) >= 4);
        auto st = m_db->prepare("SELECT v.id FROM versions v JOIN documents d ON d.id = v.document_id "
                                "JOIN platforms p ON p.id = d.platform_id WHERE p.name = 'Acme' ORDER BY v.number");
        while (st->step().value())
            m_acmeVersions << st->int64(0);
        QCOMPARE(m_acmeVersions.size(), 2);
    }

    void platformScope()
    {
        const MemoContent c = collect(platformSpec());
        QCOMPARE(c.title, QStringLiteral("Compliance memo: Acme"));
        QCOMPARE(c.subject, c.title);
        QCOMPARE(c.date, QStringLiteral("2026-02-01"));
        QCOMPARE(c.generatedAt, QStringLiteral("2026-02-01T12:00:00Z"));
        QCOMPARE(c.platforms, QStringList{QStringLiteral("Acme")});
        QVERIFY(c.findings.size() >= 3);
        for (const MemoFinding &f : c.findings) {
            QCOMPARE(f.platform, QStringLiteral("Acme"));
            QCOMPARE(f.versionNumber, 2);
            QVERIFY(!f.quote.isEmpty());
            QVERIFY(!f.evidence.isEmpty());
            QVERIFY(f.evidence.first().second <= f.quote.size());
        }
        // Highest severity first.
        QCOMPARE(c.findings.first().severity, Severity::High);
        // Clause-type texts and regulations come from the taxonomy tables.
        const MemoFinding *arb = nullptr;
        for (const MemoFinding &f : c.findings)
            if (f.typeKey == QLatin1String("arbitration"))
                arb = &f;
        QVERIFY(arb);
        QCOMPARE(arb->typeName, QStringLiteral("Mandatory arbitration"));
        QVERIFY(!arb->whyItMatters.isEmpty());
        QCOMPARE(arb->regulations.size(), 2);
        QCOMPARE(arb->regulations.first().jurisdiction, QStringLiteral("EU"));
        QVERIFY(arb->quote.mid(arb->evidence.first().first, 11).compare(QLatin1String("arbitration"), Qt::CaseInsensitive) == 0);

        // Evidence: the capture that produced the quoted version, with the
        // archive's own hashes, its Wayback address and the citation line.
        QCOMPARE(c.documents.size(), 1);
        QCOMPARE(c.documents.first().versionNumber, 2);
        QCOMPARE(c.documents.first().versionCount, 2);
        QCOMPARE(c.evidence.size(), 1);
        const MemoEvidence &e = c.evidence.first();
        auto snap = SnapshotRepository(*m_db).get(e.snapshotId);
        QVERIFY(snap.ok() && snap->has_value());
        QCOMPARE(e.rawSha256, (*snap)->rawSha256);
        QCOMPARE(e.textSha256, (*snap)->textSha256);
        QCOMPARE(e.capturedAt, QStringLiteral("2025-03-01T10:00:00Z"));
        QCOMPARE(e.sourceUrl, QStringLiteral("https://acme.example/terms"));
        QCOMPARE(e.waybackUrl, QStringLiteral("https://web.archive.org/web/20250301100000/https://acme.example/terms"));
        QCOMPARE(arb->snapshotId, e.snapshotId);
        QCOMPARE(arb->citation,
                 QStringLiteral("Clausewatch archive — Entity: Acme | Document: Acme Terms | Record: %1 | "
                                "Captured: 2025-03-01 10:00:00 UTC | SHA-256: %2…")
                     .arg(arb->recordId, e.rawSha256.left(16)));
        QVERIFY(c.citedHashes().contains(e.rawSha256));

        // No earlier memo: the changes section shows the latest change.
        QCOMPARE(c.changes.size(), 1);
        QCOMPARE(c.changes.first().fromVersion, 1);
        QCOMPARE(c.changes.first().toVersion, 2);
        QVERIFY2(c.changes.first().points.join(QLatin1Char('|')).contains(QStringLiteral("Reworded: 2. Changes")),
                 qPrintable(c.changes.first().points.join(QLatin1Char('|'))));
        // Both captures declare "Last updated: March 4, 2024": a silent change.
        QVERIFY(c.changes.first().silent);
        // Benchmark: each type in scope at both platforms.
        QStringList benchPlatforms;
        for (const MemoBenchmarkEntry &b : c.benchmark)
            if (b.typeKey == QLatin1String("arbitration")) {
                benchPlatforms << b.platform;
                QCOMPARE(b.inScope, b.platform == QLatin1String("Acme"));
                QVERIFY(b.severity.has_value());
            }
        QCOMPARE(benchPlatforms, (QStringList{QStringLiteral("Acme"), QStringLiteral("Bolt")}));
        QVERIFY(!c.recommendations.isEmpty());
        QVERIFY(c.limitations.join(QLatin1Char(' ')).contains(QStringLiteral("does not prove what the website served")));
        QVERIFY(c.risk.level.has_value());
    }

    void silentChangeWhenDeclaredDateStays()
    {
        auto set = [this](const char *date) {
            auto st = m_db->prepare("UPDATE versions SET declared_updated = ? WHERE id IN (?, ?)");
            st->bind(1, QString::fromLatin1(date)).bind(2, m_acmeVersions.at(0)).bind(3, m_acmeVersions.at(1));
            QVERIFY(st->exec().ok());
        };
        set("2024-03-04");
        MemoContent c = collect(platformSpec());
        QVERIFY(c.changes.first().silent);
        QVERIFY(c.changes.first().summary.contains(QStringLiteral("silent change")));
        QVERIFY(c.recommendations.join(QLatin1Char(' ')).contains(QStringLiteral("did not announce")));
        auto st = m_db->prepare("UPDATE versions SET declared_updated = '2025-02-20' WHERE id = ?");
        st->bind(1, m_acmeVersions.at(1));
        QVERIFY(st->exec().ok());
        c = collect(platformSpec());
        QVERIFY(!c.changes.first().silent);
        QVERIFY(c.changes.first().summary.contains(QStringLiteral("2025-02-20")));
        QVERIFY(m_db->exec("UPDATE versions SET declared_updated = NULL").ok());
    }

    void clauseTypeScope()
    {
        MemoSpec s;
        s.scope = MemoScope::ClauseType;
        s.typeKey = QStringLiteral("arbitration");
        const MemoContent c = collect(s);
        QCOMPARE(c.findings.size(), 2);
        QCOMPARE(c.platforms, (QStringList{QStringLiteral("Acme"), QStringLiteral("Bolt")}));
        QCOMPARE(c.documents.size(), 2);
        QCOMPARE(c.evidence.size(), 2);
        QVERIFY(c.title.contains(QStringLiteral("Mandatory arbitration")));
    }

    void diffScope()
    {
        MemoSpec s;
        s.scope = MemoScope::Diff;
        s.fromVersionId = m_acmeVersions.at(1); // reversed on purpose
        s.toVersionId = m_acmeVersions.at(0);
        const MemoContent c = collect(s);
        QCOMPARE(c.documents.size(), 2);
        QCOMPARE(c.documents.at(0).versionNumber, 1);
        QCOMPARE(c.documents.at(1).versionNumber, 2);
        QCOMPARE(c.evidence.size(), 2);
        QCOMPARE(c.changes.size(), 1);
        // Only flags on clauses that read differently in version 2.
        QCOMPARE(c.findings.size(), 1);
        QCOMPARE(c.findings.first().typeKey, QStringLiteral("unilateral_change"));
        QVERIFY(c.findings.first().quote.contains(QStringLiteral("15 days")));
    }

    void flagsScope()
    {
        auto rows = FlagRepository(*m_db).query({});
        QVERIFY(rows.ok() && rows->size() >= 3);
        MemoSpec s;
        s.scope = MemoScope::Flags;
        s.flagIds = {rows->at(2).flag.id, rows->at(0).flag.id, rows->at(0).flag.id};
        const MemoContent c = collect(s);
        QCOMPARE(c.findings.size(), 2);
        QStringList ids{c.findings.at(0).recordId, c.findings.at(1).recordId};
        QVERIFY(ids.contains(rows->at(0).flag.recordId()));
        QVERIFY(ids.contains(rows->at(2).flag.recordId()));
    }

    void rejectedFlagsLeftOutUnlessAsked()
    {
        const int all = int(collect(platformSpec()).findings.size());
        auto rows = FlagRepository(*m_db).query({});
        Flag f = rows->first().flag;
        f.status = ReviewStatus::Rejected;
        QVERIFY(FlagRepository(*m_db).update(f).ok());
        QCOMPARE(int(collect(platformSpec(rows->first().platformName)).findings.size()),
                 rows->first().platformName == QLatin1String("Acme") ? all - 1 : all);
        MemoSpec s = platformSpec(rows->first().platformName);
        s.options.includeRejected = true;
        bool found = false;
        for (const MemoFinding &x : collect(s).findings)
            found = found || (x.flagId == f.id && x.status == ReviewStatus::Rejected);
        QVERIFY(found);
        f.status = ReviewStatus::Suggested;
        QVERIFY(FlagRepository(*m_db).update(f).ok());
    }

    void changesSince()
    {
        MemoSpec s = platformSpec();
        s.options.changesSince = QStringLiteral("2025-01-01");
        QCOMPARE(collect(s).changes.size(), 1);
        s.options.changesSince = QStringLiteral("2025-06-01");
        const MemoContent after = collect(s);
        QCOMPARE(after.changes.size(), 0);
        QCOMPARE(after.changesSince, QStringLiteral("2025-06-01T00:00:00Z"));
        // With an earlier memo on the same scope: since that memo.
        MemoRecord m;
        m.createdAt = QStringLiteral("2025-04-01T00:00:00Z");
        m.title = QStringLiteral("earlier");
        m.scope = platformSpec().toJson();
        m.fingerprint = QString(64, QLatin1Char('0'));
        QVERIFY(MemoRepository(*m_db).insert(m).ok());
        const MemoContent c = collect(platformSpec());
        QCOMPARE(c.changesSince, QStringLiteral("2025-04-01T00:00:00Z"));
        QCOMPARE(c.changes.size(), 0);
        QVERIFY(c.changesSinceReason.contains(QStringLiteral("previous memo")));
    }

    void sameInputSameFingerprint()
    {
        const QString a = MemoFingerprint::of(collect(platformSpec()));
        QCOMPARE(MemoFingerprint::of(collect(platformSpec())), a);
        MemoSpec s = platformSpec();
        s.subject = QStringLiteral("Other subject");
        QVERIFY(MemoFingerprint::of(collect(s)) != a);
    }

    void refusals_data()
    {
        QTest::addColumn<QString>("scope");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown platform") << QStringLiteral("platform:Nobody") << QStringLiteral("no platform named");
        QTest::newRow("unknown type") << QStringLiteral("type:teleportation") << QStringLiteral("no clause type");
        QTest::newRow("missing flag") << QStringLiteral("flags:999999") << QStringLiteral("no flag CW-P-999999");
        QTest::newRow("missing version") << QStringLiteral("diff:1:999999") << QStringLiteral("no version");
        QTest::newRow("versions of two documents") << QStringLiteral("diff:cross") << QStringLiteral("different documents");
        QTest::newRow("bad date") << QStringLiteral("date") << QStringLiteral("is not a date");
        QTest::newRow("document of another platform") << QStringLiteral("document") << QStringLiteral("is not a document of");
    }

    void refusals()
    {
        QFETCH(QString, scope);
        QFETCH(QString, message);
        MemoSpec s;
        const QStringList p = scope.split(QLatin1Char(':'));
        if (p[0] == QLatin1String("platform")) {
            s.platform = p[1];
        } else if (p[0] == QLatin1String("type")) {
            s.scope = MemoScope::ClauseType;
            s.typeKey = p[1];
        } else if (p[0] == QLatin1String("flags")) {
            s.scope = MemoScope::Flags;
            s.flagIds = {p[1].toLongLong()};
        } else if (p[0] == QLatin1String("diff")) {
            s.scope = MemoScope::Diff;
            if (p[1] == QLatin1String("cross")) {
                auto st = m_db->prepare("SELECT max(id) FROM versions");
                QVERIFY(st->step().value());
                s.fromVersionId = m_acmeVersions.first();
                s.toVersionId = st->int64(0); // Bolt's
            } else {
                s.fromVersionId = p[1].toLongLong();
                s.toVersionId = p[2].toLongLong();
            }
        } else if (p[0] == QLatin1String("date")) {
            s = platformSpec();
            s.options.changesSince = QStringLiteral("last tuesday");
        } else {
            s = platformSpec();
            s.documentIds = {999};
        }
        auto c = MemoCollector(*m_db).collect(s, kNow);
        QVERIFY(!c.ok());
        QVERIFY2(c.error().toString().contains(message), qPrintable(c.error().toString()));
    }
};

QTEST_GUILESS_MAIN(TestMemoCollector)
#include "tst_memo_collector.moc"
