#include "segment/NumberMarker.h"

#include <QObject>
#include <QTest>

using namespace cw;

namespace {

QString familyName(NumberMarker::Family f)
{
    switch (f) {
    case NumberMarker::Family::Decimal:
        return QStringLiteral("decimal");
    case NumberMarker::Family::Alpha:
        return QStringLiteral("alpha");
    case NumberMarker::Family::Roman:
        return QStringLiteral("roman");
    case NumberMarker::Family::Keyword:
        return QStringLiteral("keyword");
    case NumberMarker::Family::SectionSign:
        return QStringLiteral("section-sign");
    case NumberMarker::Family::Bullet:
        return QStringLiteral("bullet");
    }
    return {};
}

} // namespace

class TestNumberMarker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void notMarkers_data();
    void notMarkers();
    void styles();
    void alphaReading();
};

void TestNumberMarker::parse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("family");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("content"); // the text from contentStart
    QTest::addColumn<bool>("itemStyle");
    const auto row = [](const char *name, const char *line, const char *number, const char *family,
                        int level, const char *content, bool item) {
        QTest::newRow(name) << QString::fromUtf8(line) << QString::fromUtf8(number)
                            << QString::fromLatin1(family) << level << QString::fromUtf8(content)
                            << item;
    };
    row("4.", "4. Payment", "4", "decimal", 1, "Payment", false);
    row("4.2", "4.2 Fees", "4.2", "decimal", 2, "Fees", false);
    row("4.2.", "4.2. Fees", "4.2", "decimal", 2, "Fees", false);
    row("4.2.1", "4.2.1 Detail", "4.2.1", "decimal", 3, "Detail", false);
    row("4. before lower case", "4. you must", "4", "decimal", 1, "you must", false);
    row("4)", "4) item", "4)", "decimal", 1, "item", true);
    row("(4)", "(4) item", "(4)", "decimal", 1, "item", true);
    row("(a)", "(a) item", "(a)", "alpha", 1, "item", true);
    row("(A)", "(A) Item", "(A)", "alpha", 1, "Item", true);
    row("(iv)", "(iv) item", "(iv)", "roman", 1, "item", true);
    row("(xii)", "(xii) item", "(xii)", "roman", 1, "item", true);
    row("a.", "a. item", "a", "alpha", 1, "item", true);
    row("A.", "A. Contracting Party", "A", "alpha", 1, "Contracting Party", false);
    row("IV.", "IV. Liability", "IV", "roman", 1, "Liability", false);
    row("iv)", "iv) item", "iv)", "roman", 1, "item", true);
    row("Article with dash", "Article 5 \u2013 Fees", "Article 5", "keyword", 1, "Fees", false);
    row("ARTICLE roman alone", "ARTICLE V", "ARTICLE V", "keyword", 1, "", false);
    row("Section with full stop", "Section 12. Termination", "Section 12", "keyword", 1,
        "Termination", false);
    row("Section dotted", "Section 12.3 Notices", "Section 12.3", "keyword", 2, "Notices", false);
    row("Section 1.01", "Section 1.01 \"Service\" means", "Section 1.01", "keyword", 2,
        "\"Service\" means", false);
    row("Part letter", "Part B: Payments", "Part B", "keyword", 1, "Payments", false);
    row("Sec. abbreviation", "Sec. 4 Termination", "Sec. 4", "keyword", 1, "Termination", false);
    row("§ with space", "\u00a7 3 Haftung", "\u00a7 3", "section-sign", 1, "Haftung", false);
    row("§ without space", "\u00a73 Haftung", "\u00a7 3", "section-sign", 1, "Haftung", false);
    row("§§ dotted", "\u00a7\u00a7 3.1 Text", "\u00a7\u00a7 3.1", "section-sign", 2, "Text", false);
    row("bullet -", "- item", "", "bullet", 1, "item", true);
    row("bullet •", "\u2022 item", "", "bullet", 1, "item", true);
    row("number alone", "4.", "4", "decimal", 1, "", false);
}

void TestNumberMarker::parse()
{
    QFETCH(QString, line);
    QFETCH(QString, number);
    QFETCH(QString, family);
    QFETCH(int, level);
    QFETCH(QString, content);
    QFETCH(bool, itemStyle);
    const auto m = NumberMarker::parse(line);
    QVERIFY(m.has_value());
    QCOMPARE(m->number, number);
    QCOMPARE(familyName(m->family), family);
    QCOMPARE(m->level, level);
    QCOMPARE(line.mid(m->contentStart), content);
    QCOMPARE(m->isItemStyle(), itemStyle);
    QVERIFY(m->markerEnd <= m->contentStart);
}

void TestNumberMarker::notMarkers_data()
{
    QTest::addColumn<QString>("line");
    for (const char *line :
         {"30 days notice", "Section 5 of the Act", "3.5 million users", "e.g. this one",
          "U.S. law applies", "2024. The year", "No. 5 applies", "(see below) text",
          "article 5 in lower case", "Mix. of words", "-5 degrees", "1.2345 units", "I am here",
          "4.x version", "Articles of association", "\u00a7 3 of the Act", "(abcdefg) long",
          "#4 item"}) {
        QTest::newRow(line) << QString::fromUtf8(line);
    }
}

void TestNumberMarker::notMarkers()
{
    QFETCH(QString, line);
    const auto m = NumberMarker::parse(line);
    QVERIFY2(!m.has_value(),
             qPrintable(QStringLiteral("parsed as ") + (m ? m->number : QString())));
}

void TestNumberMarker::styles()
{
    const auto p = [](const char *s) { return *NumberMarker::parse(QString::fromUtf8(s)); };
    QVERIFY(p("4. A").sameStyle(p("5. B")));
    QVERIFY(p("4.1 A").sameStyle(p("4.2. B"))); // dotted with or without the closing dot
    QVERIFY(!p("4. A").sameStyle(p("4.1 B")));
    QVERIFY(p("4. A").sameFamily(p("4.1 B")));
    QVERIFY(!p("4. A").sameFamily(p("4) B")));
    QVERIFY(p("(a) x").sameStyle(p("(b) y")));
    QVERIFY(!p("(a) x").sameStyle(p("a) y")));
    QVERIFY(!p("(a) x").sameStyle(p("(A) y")));
    QVERIFY(p("Article 5 X").sameStyle(p("ARTICLE VI")));
    QVERIFY(!p("Article 5 X").sameStyle(p("Section 5 X")));
}

void TestNumberMarker::alphaReading()
{
    const NumberMarker i = *NumberMarker::parse(u"(i) x");
    QCOMPARE(i.family, NumberMarker::Family::Roman);
    QVERIFY(i.alphaRomanAmbiguous);
    const NumberMarker letter = i.asAlpha();
    QCOMPARE(letter.family, NumberMarker::Family::Alpha);
    QCOMPARE(letter.ordinal, 9);
    QVERIFY(letter.sameStyle(*NumberMarker::parse(u"(h) y")));
    QVERIFY(!NumberMarker::parse(u"(ii) x")->alphaRomanAmbiguous);
}

QTEST_GUILESS_MAIN(TestNumberMarker)
#include "tst_numbermarker.moc"
