// `clausewatch types`: the archive's clause types, an analyst's edits and new
// types, and edited summary templates reaching the flags of a later import.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTest>

class TestCliTypes : public QObject
{
    Q_OBJECT

    struct Run
    {
        int exitCode = -1;
        QByteArray out;
        QString err;
    };

    cw::test::TempArchive m_archive;

    Run clausewatch(QStringList args)
    {
        args.prepend(m_archive.path());
        args.prepend(QStringLiteral("--archive"));
        QProcess p;
        p.start(qEnvironmentVariable("CW_BINARY"), args);
        p.waitForFinished(120000);
        return {p.exitCode(), p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
    }

    QJsonObject show(const QString &key)
    {
        const Run r = clausewatch({QStringLiteral("types"), QStringLiteral("show"), key,
                                   QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return QJsonDocument::fromJson(r.out).object();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_archive.open()); // an empty archive: no import has run yet
    }

    void listsTheBuiltInTaxonomy()
    {
        const Run r = clausewatch({QStringLiteral("types"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray types = QJsonDocument::fromJson(r.out).array();
        QVERIFY(types.size() >= 35);
        bool arbitration = false;
        for (const QJsonValue &v : types) {
            const QJsonObject t = v.toObject();
            QCOMPARE(t.value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
            QVERIFY(!t.value(QStringLiteral("edited")).toBool());
            if (t.value(QStringLiteral("key")).toString() == QLatin1String("arbitration")) {
                arbitration = true;
                QCOMPARE(t.value(QStringLiteral("category")).toString(), QStringLiteral("disputes"));
                QVERIFY(t.value(QStringLiteral("regulations")).toArray().contains(QStringLiteral("faa")));
            }
        }
        QVERIFY(arbitration);
        const Run text = clausewatch({QStringLiteral("types")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("Disputes and liability"));
    }

    void badEditsAreRefusedAndChangeNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("new type without essentials")
            << QStringList{"set", "drm_limits", "--name", "DRM limits"} << "needs --name, --category and --severity";
        QTest::newRow("bad severity") << QStringList{"set", "arbitration", "--severity", "severe"}
                                      << "high, medium or low";
        QTest::newRow("bad template") << QStringList{"set", "arbitration", "--summary", "{platform"}
                                      << "summary template";
        QTest::newRow("unknown regulation")
            << QStringList{"set", "arbitration", "--regulations", "faa,no_such_law"} << "no_such_law";
        QTest::newRow("bad key") << QStringList{"set", "Bad Key", "--name", "x"} << "a key is";
        QTest::newRow("nothing to set") << QStringList{"set", "arbitration"} << "at least one of";
        QTest::newRow("unknown type") << QStringList{"show", "no_such_type"} << "no clause type";
    }

    void badEditsAreRefusedAndChangeNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const QJsonObject before = show(QStringLiteral("arbitration"));
        args.prepend(QStringLiteral("types"));
        const Run r = clausewatch(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
        QCOMPARE(show(QStringLiteral("arbitration")), before);
    }

    void addsAnAnalystType()
    {
        const Run r = clausewatch({"types", "set", "drm_limits", "--name", "Limits on DRM-protected content",
                                   "--category", "content_ip", "--severity", "low", "--regulations",
                                   "uctd, digital_content_directive", "--summary",
                                   "{platform} limits how you may use protected content."});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("added"));
        const QJsonObject t = show(QStringLiteral("drm_limits"));
        QCOMPARE(t.value(QStringLiteral("origin")).toString(), QStringLiteral("analyst"));
        QCOMPARE(t.value(QStringLiteral("default_severity")).toString(), QStringLiteral("low"));
        QCOMPARE(t.value(QStringLiteral("regulations")).toArray(),
                 (QJsonArray{"digital_content_directive", "uctd"}));
    }

    void editedSummaryReachesNewFlags()
    {
        const QString tmpl = QStringLiteral("At {platform}, disputes go to a private arbitrator.");
        const Run set = clausewatch({"types", "set", "arbitration", "--summary", tmpl});
        QCOMPARE(set.exitCode, 0);
        QVERIFY(set.out.contains("edited"));
        const QJsonObject t = show(QStringLiteral("arbitration"));
        QCOMPARE(t.value(QStringLiteral("origin")).toString(), QStringLiteral("builtin"));
        QVERIFY(t.value(QStringLiteral("edited")).toBool());
        QCOMPARE(t.value(QStringLiteral("summary_template")).toString(), tmpl);
        // Other texts are untouched by an edit of one.
        QVERIFY(!t.value(QStringLiteral("why_it_matters")).toString().isEmpty());

        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("terms.md"));
        cw::test::writeFile(file, cw::test::samplePolicy());
        const Run imported = clausewatch({"import", file, "--platform", "Acme", "--type",
                                          "Terms of Service"});
        QCOMPARE(imported.exitCode, 0);
        const Run flags = clausewatch({"list", "flags", "--json"});
        QCOMPARE(flags.exitCode, 0);
        bool seen = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(flags.out).array()) {
            const QJsonObject f = v.toObject();
            if (f.value(QStringLiteral("type")).toString() != QLatin1String("arbitration"))
                continue;
            seen = true;
            QCOMPARE(f.value(QStringLiteral("summary")).toString(),
                     QStringLiteral("At Acme, disputes go to a private arbitrator."));
        }
        QVERIFY(seen);
    }
};

QTEST_GUILESS_MAIN(TestCliTypes)
#include "tst_cli_types.moc"
