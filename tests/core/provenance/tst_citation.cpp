// Citation lines, Wayback addresses and one-line quotes (pure functions).

#include "provenance/Citation.h"
#include "util/Excerpt.h"

#include <QObject>
#include <QTest>

using namespace cw;

using Spans = QList<std::pair<int, int>>;

class TestCitation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void line()
    {
        const CitationFacts f{QStringLiteral("Streamly"), QStringLiteral("Streamly Terms of Use"),
                              QStringLiteral("CW-P-000123"), QStringLiteral("2024-05-22T09:12:40Z"),
                              QStringLiteral("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")};
        QCOMPARE(Citation::line(f),
                 QStringLiteral("Clausewatch archive — Entity: Streamly | Document: Streamly Terms "
                                "of Use | Record: CW-P-000123 | Captured: 2024-05-22 09:12:40 UTC | "
                                "SHA-256: 9f86d081884c7d65…"));
    }

    void utcLabel_data()
    {
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("label");
        QTest::newRow("Z") << "2024-05-22T09:12:40Z" << "2024-05-22 09:12:40 UTC";
        QTest::newRow("offset") << "2024-05-22T11:12:40+02:00" << "2024-05-22 09:12:40 UTC";
        QTest::newRow("date") << "2024-05-22" << "2024-05-22 00:00:00 UTC";
        QTest::newRow("garbage") << "yesterday" << "yesterday";
    }

    void utcLabel()
    {
        QFETCH(QString, iso);
        QFETCH(QString, label);
        QCOMPARE(Citation::utcLabel(iso), label);
    }

    void wayback_data()
    {
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("https") << "2025-09-16T11:05:27Z" << "https://a.example/terms?x=1"
                               << "https://web.archive.org/web/20250916110527/https://a.example/terms?x=1";
        QTest::newRow("http") << "2022-01-02T03:04:05Z" << "http://a.example/"
                              << "https://web.archive.org/web/20220102030405/http://a.example/";
        QTest::newRow("file") << "2022-01-02T03:04:05Z" << "/home/a/terms.html" << "";
        QTest::newRow("bad time") << "soon" << "https://a.example/" << "";
    }

    void wayback()
    {
        QFETCH(QString, time);
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(Citation::waybackUrl(time, url), expected);
    }

    void excerpt_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Spans>("evidence");
        QTest::addColumn<int>("max");
        QTest::addColumn<QString>("expected");
        const QString text = QStringLiteral(
            "Welcome. Any dispute will be resolved by binding arbitration in Delaware. "
            "You may opt out within 30 days.");
        QTest::newRow("sentence of the span")
            << text << Spans{{40, 58}} << 160
            << "Any dispute will be resolved by binding arbitration in Delaware.";
        QTest::newRow("no evidence: opening") << text << Spans{} << 160 << "Welcome.";
        QTest::newRow("window around span")
            << text << Spans{{40, 58}} << 30 << "…by binding arbitration in…";
        QTest::newRow("newlines collapsed")
            << QStringLiteral("- item one\n- item two") << Spans{{2, 6}} << 160
            << "- item one - item two";
        QTest::newRow("span past end clamped") << QStringLiteral("Short text.") << Spans{{5, 99}}
                                               << 160 << "Short text.";
    }

    void excerpt()
    {
        QFETCH(QString, text);
        QFETCH(Spans, evidence);
        QFETCH(int, max);
        QFETCH(QString, expected);
        const QString got = Excerpt::oneLine(text, evidence, max);
        QCOMPARE(got, expected);
        QVERIFY(got.size() <= max + 2);
    }
};

QTEST_GUILESS_MAIN(TestCitation)
#include "tst_citation.moc"
