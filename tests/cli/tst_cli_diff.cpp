// `clausewatch diff` end to end: the real binary on the demo archive and on files.

#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QProcess>
#include <QTest>

using namespace cw;

namespace {

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run clausewatch(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("CW_BINARY"), args);
    if (!p.waitForFinished(120000))
        qWarning("clausewatch did not finish");
    return Run{p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
               p.readAllStandardOutput(), QString::fromUtf8(p.readAllStandardError())};
}

bool isOneLine(const QString &err)
{
    return !err.trimmed().isEmpty() && !err.trimmed().contains(QLatin1Char('\n'));
}

QString demoFile(const char *relative)
{
    return test::dataPath(QStringLiteral("../../resources/demo/") + QString::fromLatin1(relative));
}

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

    test::TempArchive m_demo;
    QString m_v4; ///< Streamly Terms of Service, versions 4 and 5 (ids)
    QString m_v5;
    QString m_privacy1;

    QStringList inDemo(const QStringList &args) const
    {
        return QStringList{QStringLiteral("--archive"), m_demo.path()} + args;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("CW_BINARY")), "CW_BINARY not built");
        QCOMPARE(clausewatch(inDemo({QStringLiteral("demo")})).exitCode, 0);
        const Run r = clausewatch(inDemo({QStringLiteral("list"), QStringLiteral("versions"),
                                          QStringLiteral("--platform"), QStringLiteral("Streamly"),
                                          QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out).array()) {
            const QString id = QString::number(v[QStringLiteral("id")].toInteger());
            const int n = v[QStringLiteral("number")].toInt();
            if (v[QStringLiteral("type")].toString() == QLatin1String("Terms of Service")) {
                if (n == 4)
                    m_v4 = id;
                if (n == 5)
                    m_v5 = id;
            } else if (n == 1) {
                m_privacy1 = id;
            }
        }
        QVERIFY(!m_v4.isEmpty() && !m_v5.isEmpty() && !m_privacy1.isEmpty());
    }

    void movedSectionIsAMoveInJson()
    {
        const Run r =
            clausewatch(inDemo({QStringLiteral("diff"), m_v4, m_v5, QStringLiteral("--json")}));
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(r.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray moves = o[QStringLiteral("moves")].toArray();
        QCOMPARE(moves.size(), 1);
        QVERIFY(moves[0][QStringLiteral("words")].toInt() > 100);
        // The Household Sharing text appears in moved rows, never as deleted or inserted.
        int movedFrom = 0;
        int movedTo = 0;
        for (const QJsonValue &h : o[QStringLiteral("hunks")].toArray()) {
            for (const QJsonValue &row : h[QStringLiteral("rows")].toArray()) {
                QString text;
                for (const QJsonValue &s : row[QStringLiteral("spans")].toArray())
                    text += s[QStringLiteral("text")].toString();
                // Phrases of the moved section only.
                if (!text.contains(QStringLiteral("Household Sharing")) &&
                    !text.contains(QStringLiteral("A Streamly account is for the Member")) &&
                    !text.contains(QStringLiteral("Simultaneous streams")))
                    continue;
                const QString kind = row[QStringLiteral("kind")].toString();
                QVERIFY2(kind != QLatin1String("deleted") && kind != QLatin1String("inserted"),
                         qPrintable(text));
                movedFrom += kind == QLatin1String("movedFrom") ? 1 : 0;
                movedTo += kind == QLatin1String("movedTo") ? 1 : 0;
            }
        }
        QVERIFY(movedFrom >= 3);
        QCOMPARE(movedTo, movedFrom);
        // And in the clause list.
        const QJsonObject clauses = o[QStringLiteral("clauses")].toObject();
        QCOMPARE(clauses[QStringLiteral("counts")][QStringLiteral("moved")].toInt(), 3);
        for (const QJsonValue &c : clauses[QStringLiteral("changes")].toArray()) {
            if (c[QStringLiteral("text")].toString().contains(
                    QStringLiteral("A Streamly account is for the Member"))) {
                QCOMPARE(c[QStringLiteral("kind")].toString(), QStringLiteral("moved"));
                QVERIFY(c[QStringLiteral("new")][QStringLiteral("headingPath")]
                            .toArray()
                            .last()
                            .toString()
                            .startsWith(QStringLiteral("5.")));
            }
        }
        QVERIFY(o[QStringLiteral("summary")][QStringLiteral("text")].toString().contains(
            QStringLiteral("Moved: ‘Household Sharing’ (3 clauses) from section 4 to section 5.")));
        QCOMPARE(o[QStringLiteral("document")][QStringLiteral("platform")].toString(),
                 QStringLiteral("Streamly"));
    }

    void textReport()
    {
        const Run r = clausewatch(inDemo({QStringLiteral("diff"), m_v4, m_v5}));
        QCOMPARE(r.exitCode, 0);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.contains(QStringLiteral("6 clauses changed.")));
        QVERIFY(out.contains(QStringLiteral("Clause changes:")));
        QVERIFY(out.contains(QStringLiteral("< [move 0]")));
        QVERIFY(out.contains(QStringLiteral("> [move 0]")));
        QCOMPARE(
            clausewatch(inDemo({QStringLiteral("diff"), m_v4, m_v5, QStringLiteral("--text")})).out,
            r.out);
    }

    void html()
    {
        const Run r =
            clausewatch(inDemo({QStringLiteral("diff"), m_v4, m_v5, QStringLiteral("--html"),
                                QStringLiteral("--context"), QStringLiteral("1")}));
        QCOMPARE(r.exitCode, 0);
        const QString html = QString::fromUtf8(r.out);
        QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(html.contains(QStringLiteral("Streamly Terms of Use")));
        QVERIFY(html.contains(QStringLiteral("SHA-256")));
        QVERIFY(html.contains(QStringLiteral("class=\"mvto\"")));
        QVERIFY(html.contains(QStringLiteral("unchanged paragraphs")));
    }

    void files()
    {
        const QString a = demoFile("streamly/terms/2024-05-20.md");
        const QString b = demoFile("streamly/terms/2025-09-15.md");
        QVERIFY(QFile::exists(a));
        const Run r = clausewatch(
            {QStringLiteral("diff"), QStringLiteral("--files"), a, b, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o[QStringLiteral("moves")].toArray().size(), 1);
        QCOMPARE(
            o[QStringLiteral("clauses")][QStringLiteral("counts")][QStringLiteral("moved")].toInt(),
            3);
        QCOMPARE(o[QStringLiteral("versions")][QStringLiteral("old")][QStringLiteral("label")]
                     .toString(),
                 QStringLiteral("2024-05-20.md"));
        QCOMPARE(o[QStringLiteral("versions")][QStringLiteral("old")][QStringLiteral("rawSha256")]
                     .toString(),
                 test::fileSha256(a));
        QVERIFY(!o.contains(QStringLiteral("document")));
    }

    void exitCodes()
    {
        const QString a = demoFile("streamly/terms/2024-05-20.md");
        const QString b = demoFile("streamly/terms/2025-09-15.md");
        const QString files = QStringLiteral("--files");
        QCOMPARE(clausewatch({QStringLiteral("diff"), files, a, b}).exitCode, 0);
        QCOMPARE(clausewatch({QStringLiteral("diff"), files, a, b, QStringLiteral("--exit-code")})
                     .exitCode,
                 1);
        QCOMPARE(clausewatch({QStringLiteral("diff"), files, a, a, QStringLiteral("--exit-code")})
                     .exitCode,
                 0);
        const Run same =
            clausewatch({QStringLiteral("diff"), files, a, a, QStringLiteral("--json")});
        QVERIFY(QJsonDocument::fromJson(same.out)
                    .object()[QStringLiteral("summary")][QStringLiteral("headline")]
                    .toString() == QLatin1String("No changes."));
    }

    void badInput_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("one id") << QStringList{QStringLiteral("diff"), QStringLiteral("3")};
        QTest::newRow("not ids") << QStringList{QStringLiteral("diff"), QStringLiteral("a"),
                                                QStringLiteral("b")};
        QTest::newRow("no such version")
            << QStringList{QStringLiteral("diff"), QStringLiteral("3"), QStringLiteral("99999")};
        QTest::newRow("two formats")
            << QStringList{QStringLiteral("diff"), QStringLiteral("3"), QStringLiteral("20"),
                           QStringLiteral("--json"), QStringLiteral("--html")};
        QTest::newRow("missing file") << QStringList{
            QStringLiteral("diff"), QStringLiteral("--files"), QStringLiteral("/nonexistent/a.md"),
            QStringLiteral("/nonexistent/b.md")};
        QTest::newRow("bad context")
            << QStringList{QStringLiteral("diff"), QStringLiteral("3"), QStringLiteral("20"),
                           QStringLiteral("--context"), QStringLiteral("x")};
    }

    void badInput()
    {
        QFETCH(QStringList, args);
        const Run r = clausewatch(inDemo(args));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(isOneLine(r.err), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void differentDocuments()
    {
        const Run r = clausewatch(inDemo({QStringLiteral("diff"), m_v4, m_privacy1}));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(isOneLine(r.err));
        QVERIFY(r.err.contains(QStringLiteral("different documents")));
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_cli_diff.moc"
