// `clausewatch search` end to end on a copy of the review fixture.

#include "CliProcess.h"
#include "ReviewFixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTest>

using namespace cw;

namespace {

using Run = test::CliRun;

Run clausewatch(const QStringList &args)
{
    return test::runClausewatch(args);
}

} // namespace

class TestCliSearch : public QObject
{
    Q_OBJECT

    test::ReviewFixtureArchive m_archive;

    Run search(QStringList args)
    {
        return clausewatch(QStringList{QStringLiteral("--archive"), m_archive.path(),
                                       QStringLiteral("search")} +
                           args);
    }

private Q_SLOTS:
    void jsonHits()
    {
        const Run r = search({QStringLiteral("arbitration"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(hits.size() >= 6);
        QVERIFY(hits.size() <= 20); // default limit
        bool flagged = false;
        for (const QJsonValue &v : hits) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("platform")).toString().isEmpty());
            QVERIFY(!o.value(QStringLiteral("document")).toString().isEmpty());
            QVERIFY(o.contains(QStringLiteral("record_id")));
            QVERIFY(o.contains(QStringLiteral("clause_type")));
            QVERIFY(o.contains(QStringLiteral("severity")));
            const QString snippet = o.value(QStringLiteral("snippet")).toString();
            QVERIFY(!snippet.contains(QChar(2)));
            for (const QJsonValue &m : o.value(QStringLiteral("matches")).toArray()) {
                const QJsonArray span = m.toArray();
                QCOMPARE(snippet.mid(span.at(0).toInt(), span.at(1).toInt() - span.at(0).toInt()).toLower(),
                         QStringLiteral("arbitration"));
            }
            if (o.value(QStringLiteral("clause_type")).toString() == QLatin1String("arbitration")) {
                flagged = true;
                QVERIFY(o.value(QStringLiteral("record_id")).toString().startsWith(QStringLiteral("CW-P-")));
                // The classifier's severity: high, or medium where an opt-out softens it.
                const QString severity = o.value(QStringLiteral("severity")).toString();
                QVERIFY2(severity == QLatin1String("high") || severity == QLatin1String("medium"),
                         qPrintable(severity));
            }
        }
        QVERIFY(flagged);
    }

    void platformAndLimit()
    {
        const Run r = search({QStringLiteral("you"), QStringLiteral("--platform"),
                              QStringLiteral("streamly"), QStringLiteral("--limit"),
                              QStringLiteral("3"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(hits.size(), 3);
        for (const QJsonValue &v : hits)
            QCOMPARE(v.toObject().value(QStringLiteral("platform")).toString(), QStringLiteral("Streamly"));
    }

    void textOutputMarksMatches()
    {
        const Run r = search({QStringLiteral("\"class action\"")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("[class] [action]"), Qt::CaseInsensitive) ||
                     r.out.contains(QStringLiteral("[class action]"), Qt::CaseInsensitive),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("CW-P-")));
    }

    void malformedQueryIsGentle()
    {
        const Run r = search({QStringLiteral("\"binding arbitration"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(!QJsonDocument::fromJson(r.out.toUtf8()).array().isEmpty());
        QVERIFY(r.err.contains(QStringLiteral("Searched for the words")));
        QVERIFY(!r.err.contains(QStringLiteral("SELECT")));
    }

    void filters()
    {
        const Run r = search({QStringLiteral("account OR data"), QStringLiteral("--severity"),
                              QStringLiteral("high"), QStringLiteral("--json"),
                              QStringLiteral("--limit"), QStringLiteral("100")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray hits = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(!hits.isEmpty());
        for (const QJsonValue &v : hits)
            QCOMPARE(v.toObject().value(QStringLiteral("severity")).toString(), QStringLiteral("high"));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no query") << QStringList{};
        QTest::newRow("bad limit") << QStringList{"x", "--limit", "zero"};
        QTest::newRow("bad severity") << QStringList{"x", "--severity", "huge"};
        QTest::newRow("unknown platform") << QStringList{"x", "--platform", "Nobody"};
        QTest::newRow("no words") << QStringList{"* ( )"};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = search(args);
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY(!r.err.trimmed().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliSearch)
#include "tst_cli_search.moc"
