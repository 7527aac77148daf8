// `memo` and `verify-memo` end to end: the real binary, which loads the GUI
// module only to print, on a demo archive with fixture flags.

#include "MemoFixtures.h"
#include "CliProcess.h"
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace cw;

namespace {

using Run = test::CliRun;

Run clausewatch(const QStringList &args, const QString &keyPath = {})
{
    test::CliOptions o;
    o.env.remove(QStringLiteral("QT_QPA_PLATFORM")); // the renderer must manage without
    if (!keyPath.isEmpty())
        o.env.insert(QStringLiteral("CLAUSEWATCH_SIGNING_KEY"), keyPath);
    return test::runClausewatch(args, o);
}
using test::isOneLine;

QString pdfText(const QString &file)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

void flipByte(const QString &file, const QByteArray &near, int offset, const QString &out)
{
    QByteArray b = test::readFile(file);
    const qsizetype at = near.isEmpty() ? b.size() / 3 : b.lastIndexOf(near);
    QVERIFY(at > 0);
    b[at + offset] = b[at + offset] == '0' ? '1' : '0';
    test::writeFile(out, b);
}

} // namespace

class TestCliMemo : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;

    QStringList with(QStringList args) const
    {
        return QStringList{QStringLiteral("--archive"), m_archive.path()} + args;
    }
    QString file(const QString &name) const { return m_archive.dir() + QLatin1Char('/') + name; }

    QString makeMemo(const QString &name, const QStringList &extra = {})
    {
        const Run r = clausewatch(with(QStringList{QStringLiteral("memo"), QStringLiteral("--platform"),
                                                   QStringLiteral("Streamly"), QStringLiteral("--out"), file(name)} +
                                       extra));
        if (r.exitCode != 0)
            qWarning("memo failed: %s", qPrintable(r.err));
        return r.exitCode == 0 ? file(name) : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CW_BINARY")), "CW_BINARY not built");
        QCOMPARE(clausewatch(with({QStringLiteral("demo")})).exitCode, 0);
        auto db = m_archive.open();
        QVERIFY(test::seedFlags(*db) > 50);
    }

    void commandLineLinksNoGuiLibraries()
    {
        QProcess ldd;
        ldd.start(QStringLiteral("ldd"), {qEnvironmentVariable("CW_BINARY")});
        QVERIFY(ldd.waitForFinished(30000));
        const QString libs = QString::fromUtf8(ldd.readAllStandardOutput());
        QVERIFY(libs.contains(QStringLiteral("libQt6Core")));
        QVERIFY2(!libs.contains(QStringLiteral("WebEngine")) && !libs.contains(QStringLiteral("libQt6Gui")),
                 qPrintable(libs));
    }

    void platformMemo()
    {
        const Run r = clausewatch(with({QStringLiteral("memo"), QStringLiteral("--platform"), QStringLiteral("Streamly"),
                                        QStringLiteral("--out"), file(QStringLiteral("m.pdf")), QStringLiteral("--html"),
                                        file(QStringLiteral("m.html")), QStringLiteral("--to"), QStringLiteral("Counsel"),
                                        QStringLiteral("--subject"), QStringLiteral("Streamly terms: arbitration and data"),
                                        QStringLiteral("--json")}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.err.trimmed().isEmpty(), qPrintable(r.err)); // no engine chatter
        const QJsonObject o = r.json().object();
        QVERIFY(o.value(QStringLiteral("pages")).toInt() >= 5);
        QVERIFY(o.value(QStringLiteral("findings")).toInt() >= 10);
        QCOMPARE(o.value(QStringLiteral("fingerprint")).toString().size(), 64);
        QCOMPARE(o.value(QStringLiteral("pdf_sha256")).toString(), test::fileSha256(file(QStringLiteral("m.pdf"))));
        const QString text = pdfText(file(QStringLiteral("m.pdf")));
        QVERIFY(text.contains(QStringLiteral("Streamly terms: arbitration and data")));
        QVERIFY(text.contains(QStringLiteral("Executive summary")));
        QVERIFY(text.contains(QStringLiteral("Appendix A. Evidence")));
        QVERIFY(text.contains(o.value(QStringLiteral("fingerprint")).toString()));
        QVERIFY(test::readFile(file(QStringLiteral("m.html"))).contains("Streamly terms: arbitration and data"));

        const Run v = clausewatch(with({QStringLiteral("verify-memo"), file(QStringLiteral("m.pdf")), QStringLiteral("--json")}));
        QVERIFY2(v.exitCode == 0, qPrintable(v.out + v.err));
        QVERIFY(v.json().object().value(QStringLiteral("ok")).toBool());
        QVERIFY(v.json().object().value(QStringLiteral("archive_checked")).toBool());
        // Without an archive: the seal and fingerprint still verify.
        const Run alone = clausewatch({QStringLiteral("verify-memo"), file(QStringLiteral("m.pdf"))});
        QCOMPARE(alone.exitCode, 0);
        QVERIFY(alone.out.contains(QStringLiteral("OK: the memo verifies.")));
    }

    void otherScopes_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expect");
        QTest::newRow("clause type") << QStringList{QStringLiteral("--type"), QStringLiteral("arbitration")}
                                     << QStringLiteral("Mandatory arbitration across platforms");
        QTest::newRow("flags") << QStringList{QStringLiteral("--flags"), QStringLiteral("1,CW-P-000002")}
                               << QStringLiteral("selected provisions");
        QTest::newRow("letter, no appendix") << QStringList{QStringLiteral("--platform"), QStringLiteral("Paylark"),
                                                            QStringLiteral("--paper"), QStringLiteral("letter"),
                                                            QStringLiteral("--no-appendix")}
                                             << QStringLiteral("Compliance memo: Paylark");
    }

    void otherScopes()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expect);
        const QString out = file(QStringLiteral("scope-%1.pdf").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
        const Run r = clausewatch(with(QStringList{QStringLiteral("memo")} + args + QStringList{QStringLiteral("--out"), out}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(pdfText(out).contains(expect));
        QCOMPARE(clausewatch(with({QStringLiteral("verify-memo"), out})).exitCode, 0);
    }

    void diffScope()
    {
        const Run list = clausewatch(with({QStringLiteral("list"), QStringLiteral("versions"), QStringLiteral("--platform"),
                                           QStringLiteral("Streamly"), QStringLiteral("--json")}));
        QCOMPARE(list.exitCode, 0);
        const QJsonArray versions = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QStringList ids;
        for (const QJsonValue &v : versions)
            if (v.toObject().value(QStringLiteral("type")).toString() == QLatin1String("Terms of Service"))
                ids << QString::number(v.toObject().value(QStringLiteral("id")).toInteger());
        QVERIFY(ids.size() >= 3);
        const QString out = file(QStringLiteral("diff.pdf"));
        const Run r = clausewatch(with({QStringLiteral("memo"), QStringLiteral("--diff"), ids.at(ids.size() - 2),
                                        ids.last(), QStringLiteral("--out"), out}));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = pdfText(out);
        QVERIFY(text.contains(QStringLiteral("Change memo")));
        QVERIFY(text.contains(QStringLiteral("Changes since the last review")));
    }

    void tamperedMemosFail_data()
    {
        QTest::addColumn<QByteArray>("near");
        QTest::addColumn<int>("offset");
        QTest::addColumn<QString>("check");
        QTest::newRow("rendered text") << QByteArray() << 0 << QStringLiteral("integrity");
        QTest::newRow("carried cited hash") << QByteArray("\"raw_sha256\":\"") << 20 << QStringLiteral("fingerprint");
        QTest::newRow("information dictionary") << QByteArray("/CWMemoFingerprint (") << 25 << QStringLiteral("integrity");
    }

    void tamperedMemosFail()
    {
        QFETCH(QByteArray, near);
        QFETCH(int, offset);
        QFETCH(QString, check);
        const QString memo = makeMemo(QStringLiteral("t.pdf"));
        QVERIFY(!memo.isEmpty());
        const QString altered = file(QStringLiteral("altered.pdf"));
        flipByte(memo, near, offset, altered);
        for (const bool archive : {true, false}) {
            const QStringList args{QStringLiteral("verify-memo"), altered};
            const Run r = clausewatch(archive ? with(args) : args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(isOneLine(r.err), qPrintable(r.err));
            QVERIFY2(r.err.contains(check), qPrintable(r.err));
            if (archive)
                QVERIFY(r.err.contains(QStringLiteral("file")));
        }
    }

    void signedByAnotherKeyFails()
    {
        const QString keyA = file(QStringLiteral("keys/a.pem")), keyB = file(QStringLiteral("keys/b.pem"));
        // Key B's public half, exported without making a memo.
        const Run exportB = clausewatch({QStringLiteral("memo"), QStringLiteral("--key"), keyB, QStringLiteral("--export-key"),
                                         file(QStringLiteral("b.pub"))});
        QVERIFY2(exportB.exitCode == 0, qPrintable(exportB.err));
        QVERIFY(test::readFile(file(QStringLiteral("b.pub"))).startsWith("-----BEGIN PUBLIC KEY-----"));
        // The default key location comes from the environment here.
        const QString signedA = file(QStringLiteral("signed-a.pdf"));
        const Run r = clausewatch(with({QStringLiteral("memo"), QStringLiteral("--type"), QStringLiteral("arbitration"),
                                        QStringLiteral("--sign"), QStringLiteral("--out"), signedA,
                                        QStringLiteral("--export-key"), file(QStringLiteral("a.pub"))}),
                                  keyA);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(keyA));
        QCOMPARE(QFile::permissions(keyA) & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

        const Run ok = clausewatch(with({QStringLiteral("verify-memo"), signedA, QStringLiteral("--public-key"),
                                         file(QStringLiteral("a.pub"))}));
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.out));
        const Run wrong = clausewatch({QStringLiteral("verify-memo"), signedA, QStringLiteral("--public-key"),
                                       file(QStringLiteral("b.pub")), QStringLiteral("--json")});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains(QStringLiteral("signer")));
        QVERIFY(!wrong.json().object().value(QStringLiteral("ok")).toBool());
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no scope") << QStringList{QStringLiteral("memo"), QStringLiteral("--out"), QStringLiteral("x.pdf")};
        QTest::newRow("two scopes") << QStringList{QStringLiteral("memo"), QStringLiteral("--platform"), QStringLiteral("Streamly"),
                                                   QStringLiteral("--type"), QStringLiteral("arbitration"),
                                                   QStringLiteral("--out"), QStringLiteral("x.pdf")};
        QTest::newRow("no output") << QStringList{QStringLiteral("memo"), QStringLiteral("--platform"), QStringLiteral("Streamly")};
        QTest::newRow("unknown platform") << QStringList{QStringLiteral("memo"), QStringLiteral("--platform"),
                                                         QStringLiteral("Nowhere Inc"), QStringLiteral("--out"), QStringLiteral("x.pdf")};
        QTest::newRow("bad paper") << QStringList{QStringLiteral("memo"), QStringLiteral("--platform"), QStringLiteral("Streamly"),
                                                  QStringLiteral("--paper"), QStringLiteral("tabloid"), QStringLiteral("--out"),
                                                  QStringLiteral("x.pdf")};
        QTest::newRow("bad diff") << QStringList{QStringLiteral("memo"), QStringLiteral("--diff"), QStringLiteral("3"),
                                                 QStringLiteral("--out"), QStringLiteral("x.pdf")};
        QTest::newRow("verify without file") << QStringList{QStringLiteral("verify-memo")};
        QTest::newRow("verify missing file") << QStringList{QStringLiteral("verify-memo"), QStringLiteral("/nonexistent.pdf")};
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const Run r = clausewatch(with(args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneLine(r.err), qPrintable(r.err));
        QVERIFY(r.err.startsWith(QStringLiteral("clausewatch: ")));
        QVERIFY(!QFile::exists(QStringLiteral("x.pdf")));
    }

    void notAPdfIsBadInput()
    {
        test::writeFile(file(QStringLiteral("plain.pdf")), "just text");
        const Run r = clausewatch({QStringLiteral("verify-memo"), file(QStringLiteral("plain.pdf"))});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(isOneLine(r.err));
        // A PDF without a seal is a finding, not bad input.
        const Run html = clausewatch(with({QStringLiteral("memo"), QStringLiteral("--type"), QStringLiteral("arbitration"),
                                           QStringLiteral("--html"), file(QStringLiteral("only.html"))}));
        QCOMPARE(html.exitCode, 0);
        QVERIFY(html.out.contains(QStringLiteral("findings)")));
    }

    void helpNeedsNoRenderer()
    {
        const Run r = clausewatch({QStringLiteral("memo"), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QStringLiteral("--platform")));
        QVERIFY(r.out.contains(QStringLiteral("--sign")));
    }
};

QTEST_GUILESS_MAIN(TestCliMemo)
#include "tst_cli_memo.moc"
