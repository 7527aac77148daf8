// classify and eval through the real binary.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTest>

class TestCliClassify : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    Run clausewatch(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(qEnvironmentVariable("CW_BINARY"), args);
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

private Q_SLOTS:
    void classifyLinesJson()
    {
        const QByteArray input =
            "Any dispute will be resolved by binding individual arbitration.\n"
            "We do not sell your personal information to anyone.\n"
            "You must be at least 16 years old to create an account.\n"
            "\n"
            "These terms are governed by the laws of the State of Delaware.\n";
        const Run r = clausewatch({QStringLiteral("classify"), QStringLiteral("-"),
                                   QStringLiteral("--lines"), QStringLiteral("--json"),
                                   QStringLiteral("--platform"), QStringLiteral("Acme")},
                                  input);
        QCOMPARE(r.exitCode, 0);
        const QJsonArray clauses = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(clauses.size(), 4); // the blank line is not a clause
        auto typesOf = [&](int i) {
            QStringList keys;
            for (const auto &t : clauses.at(i).toObject().value(QStringLiteral("types")).toArray())
                keys << t.toObject().value(QStringLiteral("key")).toString();
            return keys;
        };
        QVERIFY(typesOf(0).contains(QStringLiteral("arbitration")));
        QVERIFY2(!typesOf(1).contains(QStringLiteral("data_sale_sharing")), "negation flagged");
        QVERIFY(typesOf(2).contains(QStringLiteral("minimum_age")));
        QVERIFY(typesOf(3).contains(QStringLiteral("choice_of_law")));
        for (int i = 0; i < clauses.size(); ++i) {
            const QJsonObject c = clauses.at(i).toObject();
            QCOMPARE(c.value(QStringLiteral("index")).toInt(), i);
            const QString text = c.value(QStringLiteral("text")).toString();
            for (const auto &tv : c.value(QStringLiteral("types")).toArray()) {
                const QJsonObject t = tv.toObject();
                QVERIFY(!t.value(QStringLiteral("severity")).toString().isEmpty());
                QVERIFY(t.value(QStringLiteral("confidence")).toDouble() > 0);
                QVERIFY(!t.value(QStringLiteral("reasons")).toArray().isEmpty());
                for (const auto &ev : t.value(QStringLiteral("evidence")).toArray()) {
                    const int s = ev.toArray().at(0).toInt();
                    const int e = ev.toArray().at(1).toInt();
                    QVERIFY(s >= 0 && e > s && e <= text.size());
                }
            }
        }
        // The summary names the platform and the specifics.
        const QJsonObject age = clauses.at(2).toObject().value(QStringLiteral("types")).toArray().first().toObject();
        QVERIFY2(age.value(QStringLiteral("summary")).toString().contains(QStringLiteral("16")),
                 qPrintable(age.value(QStringLiteral("summary")).toString()));
    }

    void classifyDocumentSegmentsIt()
    {
        cw::test::TempArchive dir;
        const QString file = dir.dir() + QStringLiteral("/terms.md");
        cw::test::writeFile(file, cw::test::samplePolicy());
        const Run r = clausewatch({QStringLiteral("classify"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray clauses = QJsonDocument::fromJson(r.out).array();
        QVERIFY(clauses.size() >= 4);
        bool arbitration = false;
        for (const auto &c : clauses)
            for (const auto &t : c.toObject().value(QStringLiteral("types")).toArray())
                arbitration = arbitration || t.toObject().value(QStringLiteral("key")).toString() == QLatin1String("arbitration");
        QVERIFY(arbitration);
    }

    void evalReportsPerCategoryAndMacro()
    {
        const Run r = clausewatch({QStringLiteral("eval"), QStringLiteral("--labels"),
                                   cw::test::dataPath(QStringLiteral("classify/tiny_labels.tsv")),
                                   QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QVERIFY2(o.contains(QStringLiteral("macro")) || o.contains(QStringLiteral("macro_f1")),
                 r.out.constData());
        QVERIFY(r.out.contains("arbitration"));
        QVERIFY(r.out.contains("choice_of_law"));
        const Run bad = clausewatch({QStringLiteral("eval"), QStringLiteral("--labels"),
                                     QStringLiteral("/nonexistent.tsv")});
        QCOMPARE(bad.exitCode, 2);
        QCOMPARE(bad.err.trimmed().count(QLatin1Char('\n')), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliClassify)
#include "tst_cli_classify.moc"
