// compare, alerts, watch and check end to end: the real binary on an archive
// with a known history (CompareFixture).

#include "CompareFixture.h"
#include "CliProcess.h"
#include "TestSupport.h"
#include "model/RecordId.h"
#include "services/ImportService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTest>

using namespace cw;

namespace {

using Run = test::CliRun;

Run clausewatch(const QString &archive, QStringList args)
{
    args.prepend(archive);
    args.prepend(QStringLiteral("--archive"));
    return test::runClausewatch(args);
}

QJsonObject byPlatform(const QJsonArray &a, const QString &name)
{
    for (const auto &v : a)
        if (v.toObject().value(QLatin1String("platform")).toString() == name)
            return v.toObject();
    return {};
}

} // namespace

class TestCliCompare : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    test::CompareHistory h;

private Q_SLOTS:
    void initTestCase()
    {
        auto db = m_archive.open();
        h = test::buildCompareHistory(*db);
    }

    void compareType()
    {
        Run r = clausewatch(m_archive.path(), {"compare", "--type", "arbitration", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonArray a = r.json().array();
        QCOMPARE(a.size(), 1); // Alpha dropped it in 2024
        QJsonObject beta = byPlatform(a, QStringLiteral("Beta"));
        QCOMPARE(beta.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(beta.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(beta.value(QLatin1String("reviewed")).toBool(), true);
        QCOMPARE(beta.value(QLatin1String("record_ids")).toArray(),
                 QJsonArray{recordId(RecordKind::Provision, h.arbitrationBeta)});

        r = clausewatch(m_archive.path(),
                        {"compare", "--type", "arbitration", "--at", "2023-12-31", "--json"});
        QCOMPARE(r.exitCode, 0);
        a = r.json().array();
        QCOMPARE(a.size(), 2);
        const QJsonObject alpha = byPlatform(a, QStringLiteral("Alpha"));
        QCOMPARE(alpha.value(QLatin1String("reviewed")).toBool(), false);
        QCOMPARE(alpha.value(QLatin1String("record_ids")).toArray().at(0).toString(),
                 recordId(RecordKind::Provision, h.arbitrationAlpha));

        r = clausewatch(m_archive.path(), {"compare", "--type", "arbitration"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Mandatory arbitration")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Not found at: Alpha")), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("Delta")), qPrintable(r.out));

        r = clausewatch(m_archive.path(), {"compare", "--type", "arbitration", "--csv"});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("Row,Clause type,At,Platform")));
        QVERIFY(r.out.contains(QStringLiteral("event,Mandatory arbitration,now,Alpha,dropped")));
    }

    void compareMatrix()
    {
        Run r =
            clausewatch(m_archive.path(), {"compare", "--matrix", "--at", "2023-02-01", "--json"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject m = r.json().object();
        QCOMPARE(m.value(QLatin1String("at")).toString(), QStringLiteral("2023-02-01"));
        QCOMPARE(m.value(QLatin1String("types")).toArray().size(), 5);
        QCOMPARE(m.value(QLatin1String("platforms")).toArray().size(), 4);
        int present = 0;
        for (const auto &v : m.value(QLatin1String("cells")).toArray()) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("state")).toString() != QLatin1String("present"))
                continue;
            ++present;
            QCOMPARE(c.value(QLatin1String("platform")).toString(), QStringLiteral("Alpha"));
        }
        QCOMPARE(present, 2); // arbitration and the liability cap

        r = clausewatch(m_archive.path(), {"compare", "--matrix", "--by-risk"});
        QCOMPARE(r.exitCode, 0);
        const QString header = r.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(header.indexOf(QStringLiteral("Beta")) < header.indexOf(QStringLiteral("Alpha")),
                 qPrintable(header));
        QVERIFY(r.out.contains(QStringLiteral("[Disputes and liability]")));
        QVERIFY2(r.out.contains(QStringLiteral("High 1*")), qPrintable(r.out));

        r = clausewatch(m_archive.path(),
                        {"compare", "--from", "2023-02-01", "--to", "2024-06-01", "--json"});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().object().value(QLatin1String("changes")).toArray().size(), 6);
    }

    void compareBadInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown type")
            << QStringList{"compare", "--type", "nope"} << "no clause type “nope”";
        QTest::newRow("bad date") << QStringList{"compare", "--matrix", "--at", "2023-13-01"}
                                  << "not a date";
        QTest::newRow("nothing asked") << QStringList{"compare"} << "give one of";
        QTest::newRow("bad review")
            << QStringList{"compare", "--matrix", "--review", "maybe"} << "--review must be";
    }
    void compareBadInput()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = clausewatch(m_archive.path(), args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1);
    }

    void alertsWatchAndCheck()
    {
        test::TempArchive archive;
        const QString file = archive.dir() + QStringLiteral("/terms.md");
        test::writeFile(file, test::samplePolicy(QStringLiteral("30 days")));
        {
            auto db = archive.open();
            ImportTarget t;
            t.platform = QStringLiteral("Filey");
            t.termsType = QStringLiteral("Terms of Service");
            QVERIFY(ImportService(*db).importPath(file, t).ok());
        }
        Run r = clausewatch(archive.path(), {"check", "--watched"});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("watchlist is empty")));

        r = clausewatch(archive.path(), {"watch", "add", "--document", "CW-D-000001"});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = clausewatch(archive.path(), {"watch", "list", "--json"});
        QCOMPARE(r.json().array().size(), 1);
        QCOMPARE(r.json().array().at(0).toObject().value(QLatin1String("label")).toString(),
                 QStringLiteral("Filey — Terms of Service"));

        r = clausewatch(archive.path(), {"check", "--watched", "--quiet"});
        QCOMPARE(r.exitCode, 0); // unchanged: a verification
        QVERIFY2(r.out.contains(QStringLiteral("1 document checked: 1 unchanged.")),
                 qPrintable(r.out));

        test::writeFile(file, test::samplePolicy(QStringLiteral("7 days")));
        r = clausewatch(archive.path(), {"check", "--watched", "--json", "--quiet"});
        QCOMPARE(r.exitCode, 1); // a change is a finding
        QCOMPARE(r.json().object().value(QLatin1String("changed")).toInt(), 1);

        r = clausewatch(archive.path(), {"alerts", "--unread", "--json"});
        QCOMPARE(r.exitCode, 0);
        QJsonArray alerts = r.json().array();
        QCOMPARE(alerts.size(), 1);
        const QJsonObject a = alerts.at(0).toObject();
        QCOMPARE(a.value(QLatin1String("platform")).toString(), QStringLiteral("Filey"));
        QCOMPARE(a.value(QLatin1String("kind")).toString(), QStringLiteral("silent_change"));
        QCOMPARE(a.value(QLatin1String("from_version")).toInt(), 1);
        QCOMPARE(a.value(QLatin1String("to_version")).toInt(), 2);
        QVERIFY(
            a.value(QLatin1String("summary")).toString().contains(QStringLiteral("2. Changes")));

        r = clausewatch(archive.path(), {"alerts", "--mark-read", "all"});
        QCOMPARE(r.exitCode, 0);
        r = clausewatch(archive.path(), {"alerts", "--unread"});
        QVERIFY(r.out.contains(QStringLiteral("No unread alerts.")));
        r = clausewatch(archive.path(), {"alerts"});
        QVERIFY(r.out.contains(QStringLiteral("silent change")));
        r = clausewatch(archive.path(), {"alerts", "--mark-read", "99"});
        QCOMPARE(r.exitCode, 2);

        r = clausewatch(archive.path(), {"watch", "remove", "1"});
        QCOMPARE(r.exitCode, 0);
        r = clausewatch(archive.path(), {"watch", "list", "--json"});
        QVERIFY(r.json().array().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliCompare)
#include "tst_cli_compare.moc"
