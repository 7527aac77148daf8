// The whole capture pipeline on real archives: the demo archive's flags, and
// analyst decisions surviving re-captures through clause lineage.

#include "TestSupport.h"
#include "archive/ClauseRepository.h"
#include "archive/FlagRepository.h"
#include "archive/TaxonomyRepository.h"
#include "services/CaptureImporter.h"
#include "services/DemoArchive.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QTest>

using namespace cw;

namespace {

// The three-section sample policy, with an extra clause and a changed
// termination section so lineage has all cases.
QByteArray policy(const QString &notice, const QString &termination)
{
    return QStringLiteral(
               "# Example Terms\n\nLast updated: March 4, 2024\n\n## 1. Acceptance\n\n"
               "By creating an account or using the service you agree to these terms.\n\n"
               "## 2. Disputes\n\nAny dispute will be resolved by binding individual arbitration, "
               "and you waive any right to take part in a class action.\n\n"
               "## 3. Changes\n\nWe may change these terms at any time. We will give you %1 "
               "notice of material changes.\n\n## 4. Termination\n\n%2\n\n## 5. Contact\n\n"
               "Write to legal@example.example with any question about these terms.\n")
        .arg(notice, termination)
        .toUtf8();
}

} // namespace

class TestPipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoFlagsCarryEvidenceReasonsAndSummaries()
    {
        test::TempArchive a;
        auto db = a.open();
        auto summary = DemoArchive::build(*db);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().toString()));
        QVERIFY(summary->flags > 100);

        FlagQuery q;
        auto rows = FlagRepository(*db).query(q);
        QVERIFY(rows.ok());
        QVERIFY(rows->size() > 100);
        QSet<QString> types;
        QSet<Severity> severities;
        for (const FlagRow &r : *rows) {
            const Flag &f = r.flag;
            types.insert(f.typeKey);
            severities.insert(f.severity);
            QVERIFY2(!f.evidence.isEmpty(), qPrintable(f.recordId()));
            for (const auto &[s, e] : f.evidence)
                QVERIFY(s >= 0 && e > s && e <= r.clauseText.size());
            QVERIFY2(!f.reasons.isEmpty(), qPrintable(f.recordId()));
            QVERIFY2(!f.summary.isEmpty() && !f.summary.contains(QLatin1Char('{')),
                     qPrintable(f.summary));
            QVERIFY(f.summary.contains(r.platformName) || !f.summary.contains(QStringLiteral("the platform")));
        }
        QVERIFY2(types.size() >= 30, qPrintable(QString::number(types.size())));
        QCOMPARE(severities.size(), 3);
        // The archive holds the taxonomy the flags refer to.
        QVERIFY(TaxonomyRepository(*db).types()->size() >= 35);
        QVERIFY(TaxonomyRepository(*db).regulations()->size() >= 15);
    }

    void demoRecallOnWrittenExpectations()
    {
        // Each demo document lists the clause types its latest version clearly
        // contains; the classifier must find most of them.
        test::TempArchive a;
        auto db = a.open();
        QVERIFY(DemoArchive::build(*db).ok());
        int expected = 0, found = 0;
        const QDir root(QStringLiteral(":/demo"));
        for (const QString &slug : root.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile f(root.filePath(slug + QStringLiteral("/platform.json")));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject p = QJsonDocument::fromJson(f.readAll()).object();
            for (const auto &dv : p.value(QStringLiteral("documents")).toArray()) {
                const QJsonObject d = dv.toObject();
                auto st = db->prepare(
                    "SELECT DISTINCT f.type_key FROM flags f JOIN clauses c ON c.id = f.clause_id "
                    "JOIN versions v ON v.id = c.version_id JOIN documents d ON d.id = v.document_id "
                    "JOIN platforms p ON p.id = d.platform_id WHERE p.name = ? AND d.terms_type = ? "
                    "AND v.number = (SELECT max(number) FROM versions WHERE document_id = d.id)");
                st->bind(1, p.value(QStringLiteral("name")).toString())
                    .bind(2, d.value(QStringLiteral("type")).toString());
                QSet<QString> got;
                while (st->step().value())
                    got.insert(st->text(0));
                for (const auto &t : d.value(QStringLiteral("expected_types")).toArray()) {
                    ++expected;
                    found += got.contains(t.toString()) ? 1 : 0;
                }
            }
        }
        QVERIFY(expected > 150);
        const double recall = double(found) / expected;
        qInfo("demo recall: %d of %d expected clause types (%.2f)", found, expected, recall);
        QVERIFY2(recall >= 0.85, qPrintable(QString::number(recall)));
    }

    void decisionsSurviveRecaptures()
    {
        test::TempArchive a;
        auto db = a.open();
        CaptureImporter importer(*db);
        const QString stable = QStringLiteral(
            "We may suspend or terminate your account at any time, for any reason, without notice.");
        auto v1 = importer.import(test::sampleCapture(
            QStringLiteral("Lineagely"), policy(QStringLiteral("30 days'"), stable),
            QStringLiteral("2024-01-01T00:00:00Z")));
        QVERIFY(v1.ok());
        FlagRepository flags(*db);
        FlagQuery q;
        auto before = flags.query(q);
        QVERIFY(before.ok());
        auto findType = [&](const QList<FlagRow> &rows, const char *key) -> std::optional<Flag> {
            for (const FlagRow &r : rows)
                if (r.flag.typeKey == QLatin1String(key))
                    return r.flag;
            return std::nullopt;
        };
        auto arbitration = findType(*before, "arbitration");
        auto termination = findType(*before, "unilateral_termination");
        auto change = findType(*before, "unilateral_change");
        QVERIFY(arbitration && termination && change);

        // The analyst confirms arbitration and change, and rejects termination.
        Flag f = *arbitration;
        f.status = ReviewStatus::Confirmed;
        QVERIFY(flags.update(f).ok());
        f = *change;
        f.status = ReviewStatus::Confirmed;
        QVERIFY(flags.update(f).ok());
        f = *termination;
        f.status = ReviewStatus::Rejected;
        QVERIFY(flags.update(f).ok());

        // A new version: the notice period of "Changes" is shortened; the
        // arbitration and termination clauses are untouched.
        auto v2 = importer.import(test::sampleCapture(
            QStringLiteral("Lineagely"), policy(QStringLiteral("7 days'"), stable),
            QStringLiteral("2024-06-01T00:00:00Z")));
        QVERIFY(v2.ok());
        QCOMPARE(v2->outcome, CaptureOutcome::Version);
        QVERIFY(v2->flagsCarried >= 3);
        QVERIFY(v2->flagsReturnedToReview >= 1);

        auto arbitrationNow = flags.get(arbitration->id).value();
        QCOMPARE(arbitrationNow->status, ReviewStatus::Confirmed);
        QVERIFY(!arbitrationNow->changedSinceReview);
        auto changeNow = flags.get(change->id).value();
        QCOMPARE(changeNow->status, ReviewStatus::Confirmed);
        QVERIFY(changeNow->changedSinceReview); // wording changed: back to review
        // The flag follows its clause into version 2, same record id.
        auto clause = ClauseRepository(*db).get(changeNow->clauseId).value();
        QCOMPARE(clause->versionId, *v2->versionId);
        QVERIFY(clause->text.contains(QStringLiteral("7 days")));
        // The rejected suggestion is not raised again for that lineage.
        auto terminationNow = flags.get(termination->id).value();
        QCOMPARE(terminationNow->status, ReviewStatus::Rejected);
        auto all = flags.forLineage(terminationNow->lineageId);
        int terminationFlags = 0;
        for (const Flag &x : *all)
            terminationFlags += x.typeKey == QLatin1String("unilateral_termination") ? 1 : 0;
        QCOMPARE(terminationFlags, 1);
    }
};

QTEST_GUILESS_MAIN(TestPipeline)
#include "tst_pipeline.moc"
