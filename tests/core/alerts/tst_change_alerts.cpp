// Change alerts through the real import pipeline: exactly one per real change,
// none for first captures, verifications, technical re-extractions or suspect
// captures; silent and date-only changes; the same transaction as the version;
// the demo archive's histories.

#include "CompareFixture.h"
#include "TestSupport.h"
#include "alerts/ChangeSummarizer.h"
#include "archive/AlertRepository.h"
#include "services/DemoArchive.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QObject>
#include <QTest>

using namespace cw;

namespace {

const QString kTerms = QStringLiteral("Terms of Service");

QByteArray terms(const QString &declared, const QString &fees, const QString &extra = {})
{
    QList<QPair<QString, QString>> sections{
        {QStringLiteral("Acceptance"),
         QStringLiteral("By using the service you agree to these terms and to our policies.")},
        {QStringLiteral("Fees"), fees},
        {QStringLiteral("Disputes"),
         QStringLiteral("Any dispute will be resolved by binding individual arbitration, and you "
                        "waive any right to take part in a class action.")}};
    if (!extra.isEmpty())
        sections.append({QStringLiteral("Artificial intelligence"), extra});
    return test::policyText(QStringLiteral("Example Terms"), declared, sections);
}

const QString kFees15 = QStringLiteral("Instant transfers cost 1.5 percent of the amount sent.");
const QString kFees20 = QStringLiteral("Instant transfers cost 2 percent of the amount sent, "
                                       "at least USD 1.");

int alertCount(const Database &db)
{
    auto st = db.prepare("SELECT count(*) FROM alerts");
    auto row = st->step();
    return row && *row ? st->integer(0) : -1;
}

// A summarizer that records what it was given.
class RecordingSummarizer final : public ChangeSummarizer
{
public:
    mutable QList<ChangeFacts> seen;
    mutable int versionsVisible = 0;
    QString summarize(const Database &db, const ChangeFacts &facts) const override
    {
        seen.append(facts);
        // Both versions are readable through the importer's connection.
        auto st = db.prepare("SELECT count(*) FROM versions WHERE id IN (?, ?)");
        st->bind(1, facts.fromVersionId).bind(2, facts.toVersionId);
        if (auto row = st->step(); row && *row)
            versionsVisible = st->integer(0);
        return QStringLiteral("custom: v%1 → v%2").arg(facts.fromNumber).arg(facts.toNumber);
    }
};

} // namespace

class TestChangeAlerts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneAlertPerRealChange()
    {
        test::TempArchive archive;
        auto db = archive.open();
        auto first = test::importText(*db, "Paylark", "Payments", kTerms,
                                      terms("March 4, 2024", kFees15), "2024-03-05T10:00:00Z");
        QVERIFY(!first.alertId);
        QCOMPARE(alertCount(*db), 0); // first capture: no alert

        auto same = test::importText(*db, "Paylark", "Payments", kTerms,
                                     terms("March 4, 2024", kFees15), "2024-04-01T10:00:00Z");
        QCOMPARE(same.outcome, CaptureOutcome::Verification);
        QVERIFY(!same.alertId);
        QCOMPARE(alertCount(*db), 0); // verification: no alert

        auto changed = test::importText(*db, "Paylark", "Payments", kTerms,
                                        terms("May 1, 2024", kFees20), "2024-05-02T10:00:00Z");
        QCOMPARE(changed.outcome, CaptureOutcome::Version);
        QVERIFY(changed.alertId);
        QCOMPARE(alertCount(*db), 1);

        auto rows = AlertRepository(*db).rows();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1);
        const AlertRow &a = rows->first();
        QCOMPARE(a.alert.id, *changed.alertId);
        QCOMPARE(a.alert.kind, QStringLiteral("change"));
        QCOMPARE(a.alert.documentId, changed.documentId);
        QCOMPARE(a.alert.fromVersionId, first.versionId);
        QCOMPARE(a.alert.toVersionId, *changed.versionId);
        QCOMPARE(a.alert.createdAt, QStringLiteral("2024-05-02T10:00:00Z")); // dated by the change
        QCOMPARE(a.platformName, QStringLiteral("Paylark"));
        QCOMPARE(a.fromNumber, 1);
        QCOMPARE(a.toNumber, 2);
        QVERIFY(!a.alert.read);
        // The summary names the change.
        QVERIFY2(a.alert.summary.contains(QStringLiteral("Reworded: 2. Fees")),
                 qPrintable(a.alert.summary));
        QVERIFY2(a.alert.summary.contains(QStringLiteral("2024-05-01")),
                 qPrintable(a.alert.summary));
        QCOMPARE(a.alert.details.value(QLatin1String("counts"))
                     .toObject()
                     .value(QLatin1String("reworded"))
                     .toInt(),
                 1);
        QVERIFY(a.alert.details.contains(QLatin1String("first_change_offset")));

        // The same text again is a verification of the new version: still one.
        test::importText(*db, "Paylark", "Payments", kTerms, terms("May 1, 2024", kFees20),
                         "2024-06-01T10:00:00Z");
        QCOMPARE(alertCount(*db), 1);
        // Back to the old text: a real change again.
        auto reverted = test::importText(*db, "Paylark", "Payments", kTerms,
                                         terms("March 4, 2024", kFees15), "2024-07-01T10:00:00Z");
        QVERIFY(reverted.alertId);
        QCOMPARE(alertCount(*db), 2);
        QCOMPARE(AlertRepository(*db).unreadCount().valueOr(-1), 2);
        QVERIFY(AlertRepository(*db).markRead(*reverted.alertId).ok());
        QCOMPARE(AlertRepository(*db).unreadCount().valueOr(-1), 1);
        AlertQuery unread;
        unread.unreadOnly = true;
        QCOMPARE(AlertRepository(*db).rows(unread)->size(), 1);
        QVERIFY(AlertRepository(*db).markAllRead().ok());
        QCOMPARE(AlertRepository(*db).unreadCount().valueOr(-1), 0);
    }

    void noAlertForTechnicalOrSuspect()
    {
        test::TempArchive archive;
        auto db = archive.open();
        test::importText(*db, "Paylark", "Payments", kTerms, terms("March 4, 2024", kFees15),
                         "2024-03-05T10:00:00Z");
        auto technical = test::importText(*db, "Paylark", "Payments", kTerms,
                                          terms("March 4, 2024", kFees20), "2024-04-01T10:00:00Z",
                                          /*technical=*/true);
        QCOMPARE(technical.outcome, CaptureOutcome::Technical);
        QVERIFY(!technical.alertId);
        // A bot wall is stored as suspect evidence and makes no version.
        auto suspect = test::importText(*db, "Paylark", "Payments", kTerms,
                                        "# Just a moment...\n\nChecking your browser before "
                                        "accessing the site. Enable JavaScript and cookies to "
                                        "continue.\n",
                                        "2024-04-02T10:00:00Z");
        QCOMPARE(suspect.outcome, CaptureOutcome::Suspect);
        QVERIFY(!suspect.alertId);
        QCOMPARE(alertCount(*db), 0);
        // The next real change compares against the technical version.
        auto change =
            test::importText(*db, "Paylark", "Payments", kTerms,
                             terms("March 4, 2024", kFees20,
                                   QStringLiteral("We do not train models on your payment data.")),
                             "2024-05-01T10:00:00Z");
        QVERIFY(change.alertId);
        auto row = AlertRepository(*db).row(*change.alertId);
        QVERIFY(row.ok() && row->has_value());
        QCOMPARE((*row)->alert.fromVersionId, technical.versionId);
        QVERIFY2(
            (*row)->alert.summary.contains(QStringLiteral("Added: 4. Artificial intelligence")),
            qPrintable((*row)->alert.summary));
    }

    void silentChangeBothWays()
    {
        test::TempArchive archive;
        auto db = archive.open();
        test::importText(*db, "Paylark", "Payments", kTerms, terms("March 4, 2024", kFees15),
                         "2024-03-05T10:00:00Z");
        // Text changed, "Last updated" did not move.
        auto silent = test::importText(*db, "Paylark", "Payments", kTerms,
                                       terms("March 4, 2024", kFees20), "2024-04-01T10:00:00Z");
        auto s = AlertRepository(*db).row(*silent.alertId);
        QCOMPARE((*s)->alert.kind, QStringLiteral("silent_change"));
        QVERIFY2((*s)->alert.summary.startsWith(QStringLiteral("Silent change")),
                 qPrintable((*s)->alert.summary));
        QCOMPARE((*s)->alert.details.value(QLatin1String("declared_before")).toString(),
                 QStringLiteral("2024-03-04"));
        // "Last updated" moved, nothing else did.
        auto dateOnly = test::importText(*db, "Paylark", "Payments", kTerms,
                                         terms("June 1, 2024", kFees20), "2024-06-02T10:00:00Z");
        QVERIFY(dateOnly.alertId);
        auto d = AlertRepository(*db).row(*dateOnly.alertId);
        QCOMPARE((*d)->alert.kind, QStringLiteral("date_only"));
        QVERIFY2((*d)->alert.summary.contains(QStringLiteral("2024-03-04 → 2024-06-01")),
                 qPrintable((*d)->alert.summary));
        const QJsonObject counts = (*d)->alert.details.value(QLatin1String("counts")).toObject();
        QCOMPARE(counts.value(QLatin1String("added")).toInt() +
                     counts.value(QLatin1String("reworded")).toInt() +
                     counts.value(QLatin1String("removed")).toInt(),
                 0);
        // A real change with a moved date: an ordinary change.
        auto announced = test::importText(*db, "Paylark", "Payments", kTerms,
                                          terms("July 1, 2024", kFees15), "2024-07-02T10:00:00Z");
        QCOMPARE((*AlertRepository(*db).row(*announced.alertId))->alert.kind,
                 QStringLiteral("change"));
        QCOMPARE(alertCount(*db), 3);
    }

    void flagsTouchedCarrySeverity()
    {
        test::TempArchive archive;
        auto db = archive.open();
        test::addClauseType(*db, "arbitration", "Mandatory arbitration", "disputes", "high");
        test::addClauseType(*db, "fees", "Fee schedule", "money", "medium");
        auto v1 = test::importText(*db, "Paylark", "Payments", kTerms,
                                   terms("March 4, 2024", kFees15), "2024-03-05T10:00:00Z");
        const qint64 fees =
            test::flagClause(*db, *v1.versionId, "Instant transfers", "fees", Severity::Medium);
        const qint64 arb = test::flagClause(*db, *v1.versionId, "binding individual arbitration",
                                            "arbitration", Severity::High);
        auto v2 = test::importText(*db, "Paylark", "Payments", kTerms,
                                   terms("May 1, 2024", kFees20), "2024-05-02T10:00:00Z");
        const AlertRow a = **AlertRepository(*db).row(*v2.alertId);
        const QJsonArray flags = a.alert.details.value(QLatin1String("flags")).toArray();
        QCOMPARE(flags.size(), 1); // the untouched arbitration clause is not listed
        const QJsonObject f = flags.at(0).toObject();
        QCOMPARE(f.value(QLatin1String("record_id")).toString(),
                 recordId(RecordKind::Provision, fees));
        QCOMPARE(f.value(QLatin1String("severity")).toString(), QStringLiteral("medium"));
        QCOMPARE(f.value(QLatin1String("change")).toString(), QStringLiteral("changed"));
        QVERIFY2(a.alert.summary.contains(
                     QStringLiteral("Flags touched: Fee schedule (Medium, reworded)")),
                 qPrintable(a.alert.summary));
        Q_UNUSED(arb);
    }

    void customSummarizerSeesBothVersions()
    {
        test::TempArchive archive;
        auto db = archive.open();
        RecordingSummarizer summarizer;
        CaptureRequest r = test::sampleCapture(QStringLiteral("Streamly"), test::samplePolicy(),
                                               QStringLiteral("2024-03-05T10:00:00Z"));
        QVERIFY(CaptureImporter(*db, &summarizer).import(r).ok());
        r.raw = test::samplePolicy(QStringLiteral("15 days"));
        r.capturedAt = QStringLiteral("2024-04-05T10:00:00Z");
        auto second = CaptureImporter(*db, &summarizer).import(r);
        QVERIFY(second.ok());
        QCOMPARE(summarizer.seen.size(), 1);
        QCOMPARE(summarizer.versionsVisible, 2);
        QCOMPARE(summarizer.seen.first().kind, ChangeKind::SilentChange);
        QCOMPARE((*AlertRepository(*db).row(*second->alertId))->alert.summary,
                 QStringLiteral("custom: v1 → v2"));
    }

    void alertAndVersionShareTheTransaction()
    {
        test::TempArchive archive;
        auto db = archive.open();
        test::importText(*db, "Paylark", "Payments", kTerms, terms("March 4, 2024", kFees15),
                         "2024-03-05T10:00:00Z");
        QVERIFY(db->exec("CREATE TEMP TRIGGER no_alerts BEFORE INSERT ON alerts "
                         "BEGIN SELECT RAISE(ABORT, 'alerts refused'); END")
                    .ok());
        CaptureRequest r;
        r.platform = QStringLiteral("Paylark");
        r.termsType = kTerms;
        r.raw = terms("May 1, 2024", kFees20);
        r.fileName = QStringLiteral("t.md");
        r.capturedAt = QStringLiteral("2024-05-02T10:00:00Z");
        auto failed = CaptureImporter(*db).import(r);
        QVERIFY(!failed.ok());
        QVERIFY(failed.error().toString().contains(QStringLiteral("alerts refused")));
        // Neither the version nor its snapshot was kept.
        auto st =
            db->prepare("SELECT (SELECT count(*) FROM versions), (SELECT count(*) FROM snapshots)");
        QVERIFY(st->step().valueOr(false));
        QCOMPARE(st->integer(0), 1);
        QCOMPARE(st->integer(1), 1);
    }

    void demoHistoriesRaiseOneAlertPerChange()
    {
        test::TempArchive archive;
        auto db = archive.open();
        QVERIFY(DemoArchive::build(*db).ok());
        // Expected from the manifests: every distinct text after the first is
        // one change; an edit starting "Silent change" is a silent change.
        QMap<QString, QStringList> expected; // "Platform/Type" → kinds in time order
        const QDir root(QStringLiteral(":/demo"));
        for (const QString &slug : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile f(root.filePath(slug + QStringLiteral("/platform.json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject p = QJsonDocument::fromJson(f.readAll()).object();
            for (const auto &dv : p.value(QLatin1String("documents")).toArray()) {
                const QJsonObject d = dv.toObject();
                const QString key = p.value(QLatin1String("name")).toString() + QLatin1Char('/') +
                                    d.value(QLatin1String("type")).toString();
                QString previousFile;
                for (const auto &vv : d.value(QLatin1String("versions")).toArray()) {
                    const QJsonObject v = vv.toObject();
                    const QString file = v.value(QLatin1String("file")).toString();
                    if (!previousFile.isEmpty() && file != previousFile)
                        expected[key] << (v.value(QLatin1String("edit"))
                                                  .toString()
                                                  .startsWith(QLatin1String("Silent change"))
                                              ? QStringLiteral("silent_change")
                                              : QStringLiteral("change"));
                    previousFile = file;
                }
            }
        }
        QCOMPARE(expected.size(), 12);
        auto rows = AlertRepository(*db).rows();
        QVERIFY(rows.ok());
        QMap<QString, QStringList> actual;
        for (auto it = rows->crbegin(); it != rows->crend(); ++it) // oldest first
            actual[it->platformName + QLatin1Char('/') + it->termsType] << it->alert.kind;
        QCOMPARE(actual, expected);
        int silent = 0;
        for (const AlertRow &r : *rows)
            silent += r.alert.kind == QLatin1String("silent_change") ? 1 : 0;
        QCOMPARE(silent, 6);
    }
};

QTEST_GUILESS_MAIN(TestChangeAlerts)
#include "tst_change_alerts.moc"
