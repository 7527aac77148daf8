// The command line end to end: the real binary on temporary archives.

#include "CliProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTest>

#include <sqlite3.h>

using namespace cw;

namespace {

using Run = test::CliRun;

Run clausewatch(const QStringList &args)
{
    return test::runClausewatch(args);
}
using test::isOneLine;

// A one-line error: exactly one non-empty line on stderr.
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    test::TempArchive m_demo;

    QStringList withArchive(const QString &path, QStringList args)
    {
        return QStringList{QStringLiteral("--archive"), path} + args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CW_BINARY")), "CW_BINARY not built");
        const Run r = clausewatch(withArchive(m_demo.path(), {QStringLiteral("demo")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("6 platforms")));
    }

    void version()
    {
        const Run r = clausewatch({QStringLiteral("--version")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("clausewatch ")));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("list without what") << QStringList{QStringLiteral("list")};
        QTest::newRow("list nonsense") << QStringList{QStringLiteral("list"), QStringLiteral("cats")};
        QTest::newRow("bad severity")
            << QStringList{QStringLiteral("list"), QStringLiteral("flags"),
                           QStringLiteral("--severity"), QStringLiteral("extreme")};
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("list"), QStringLiteral("platforms"),
                           QStringLiteral("--colour")};
        QTest::newRow("unknown platform")
            << QStringList{QStringLiteral("list"), QStringLiteral("documents"),
                           QStringLiteral("--platform"), QStringLiteral("Nowhere Inc")};
        QTest::newRow("demo twice") << QStringList{QStringLiteral("demo")};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = clausewatch(withArchive(m_demo.path(), args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneLine(r.err), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("clausewatch: ")));
    }

    void missingArchiveIsNotCreated()
    {
        test::TempArchive a;
        const Run r = clausewatch(withArchive(a.path(), {QStringLiteral("list"), QStringLiteral("platforms")}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(isOneLine(r.err));
        QVERIFY(!QFile::exists(a.path()));
    }

    void listPlatformsJson()
    {
        const Run r = clausewatch(withArchive(
            m_demo.path(), {QStringLiteral("list"), QStringLiteral("platforms"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(a.size() >= 6);
        QStringList names;
        for (const auto &v : a) {
            QVERIFY(v.isObject());
            names << v.toObject().value(QStringLiteral("name")).toString();
            QCOMPARE(v.toObject().value(QStringLiteral("documents")).toInt(), 2);
        }
        for (const char *expected : {"Streamly", "Paylark", "Kinnet", "Quillon", "Bazaro", "Stowbox"})
            QVERIFY2(names.contains(QString::fromLatin1(expected)), expected);
    }

    void listDocumentsJson()
    {
        const Run r = clausewatch(withArchive(
            m_demo.path(), {QStringLiteral("list"), QStringLiteral("documents"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QCOMPARE(a.size(), 12);
        for (const auto &v : a) {
            const QJsonObject o = v.toObject();
            QVERIFY(!o.value(QStringLiteral("platform")).toString().isEmpty());
            QVERIFY(o.value(QStringLiteral("type")).toString() == QLatin1String("Terms of Service") ||
                    o.value(QStringLiteral("type")).toString() == QLatin1String("Privacy Policy"));
            QVERIFY(o.value(QStringLiteral("versions")).toInt() >= 3);
            QVERIFY(o.value(QStringLiteral("record_id")).toString().startsWith(QStringLiteral("CW-D-")));
        }
    }

    void listFilteredByPlatform()
    {
        const Run r = clausewatch(withArchive(
            m_demo.path(), {QStringLiteral("list"), QStringLiteral("versions"),
                            QStringLiteral("--platform"), QStringLiteral("streamly"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        const QJsonArray a = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(a.size() >= 6);
        for (const auto &v : a) {
            QCOMPARE(v.toObject().value(QStringLiteral("platform")).toString(), QStringLiteral("Streamly"));
            QCOMPARE(v.toObject().value(QStringLiteral("text_sha256")).toString().size(), 64);
        }
    }

    void listFlagsJsonIsAnArray()
    {
        const Run r = clausewatch(withArchive(
            m_demo.path(), {QStringLiteral("list"), QStringLiteral("flags"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out.toUtf8()).isArray());
    }

    void verifyDetectsOneFlippedByte()
    {
        // Work on a copy: the demo archive is shared by the other tests.
        test::TempArchive copy;
        QVERIFY(QFile::copy(m_demo.path(), copy.path()));
        Run r = clausewatch(withArchive(copy.path(), {QStringLiteral("verify")}));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("OK:")));

        // Flip one byte of snapshot 5's raw bytes, as someone with the sqlite3
        // tool could.
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(copy.path().toUtf8().constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db,
                              "UPDATE snapshots SET raw = CAST(substr(raw, 1, 99) || "
                              "char(unicode(substr(raw, 100, 1)) + 1) || substr(raw, 101) AS BLOB) "
                              "WHERE id = 5",
                              nullptr, nullptr, nullptr),
                 SQLITE_OK);
        QCOMPARE(sqlite3_changes(db), 1);
        sqlite3_close(db);

        r = clausewatch(withArchive(copy.path(), {QStringLiteral("verify")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(QStringLiteral("snapshot 5 ")), qPrintable(r.out));
        QVERIFY(isOneLine(r.err));
        QVERIFY(r.err.contains(QStringLiteral("snapshot 5")));

        r = clausewatch(withArchive(copy.path(), {QStringLiteral("verify"), QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 1);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
        const QJsonArray findings = o.value(QStringLiteral("findings")).toArray();
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().toObject().value(QStringLiteral("record")).toString(),
                 QStringLiteral("snapshot 5"));
    }

    void corruptArchiveIsRefusedUnchanged_data()
    {
        QTest::addColumn<QByteArray>("content");
        QByteArray junk(65536, '\0');
        quint32 x = 2463534242u;
        for (auto &c : junk) {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            c = char(x);
        }
        QTest::newRow("random bytes") << junk;
        QTest::newRow("empty") << QByteArray();
        QByteArray truncated = test::readFile(m_demo.path()).left(3000);
        QTest::newRow("truncated archive") << truncated;
    }

    void corruptArchiveIsRefusedUnchanged()
    {
        QFETCH(QByteArray, content);
        test::TempArchive a;
        test::writeFile(a.path(), content);
        const QString before = test::fileSha256(a.path());
        for (const QStringList &cmd : {QStringList{QStringLiteral("list"), QStringLiteral("platforms")},
                                       QStringList{QStringLiteral("verify")},
                                       QStringList{QStringLiteral("demo")}}) {
            const Run r = clausewatch(withArchive(a.path(), cmd));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(isOneLine(r.err), qPrintable(r.err));
            QVERIFY(r.err.contains(a.path()));
            QCOMPARE(test::fileSha256(a.path()), before);
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
