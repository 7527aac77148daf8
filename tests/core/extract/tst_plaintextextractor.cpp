#include "extract/text/PlainTextExtractor.h"
#include "extract/text/TextNormalizer.h"

#include <QObject>
#include <QTest>

using cw::PlainTextExtractor;

class TestPlainTextExtractor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void extract_data();
    void extract();
    void heading_data();
    void heading();
};

void TestPlainTextExtractor::extract_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("wrapped paragraphs join")
        << QStringLiteral("one line\nwrapped here.\n\nSecond\nparagraph.")
        << QStringLiteral("one line wrapped here.\n\nSecond paragraph.");
    QTest::newRow("numbered heading stays a block")
        << QStringLiteral("4. Disputes\nAny dispute goes to\narbitration.\n\n4.1 Venue\nDublin.")
        << QStringLiteral(
               "4. Disputes\n\nAny dispute goes to arbitration.\n\n4.1 Venue\n\nDublin.");
    QTest::newRow("capitals heading")
        << QStringLiteral("TERMS OF USE\nThese terms apply.\n\nmore text here.")
        << QStringLiteral("TERMS OF USE\n\nThese terms apply.\n\nmore text here.");
    QTest::newRow("section heading")
        << QStringLiteral("Section 5 Liability\nWe are not liable.\n\nx y.")
        << QStringLiteral("Section 5 Liability\n\nWe are not liable.\n\nx y.");
    QTest::newRow("bullets with wrapped items")
        << QStringLiteral("Rules:\n- no spam,\n  ever;\n* no malware;\n\u2022 no fraud.\n\nEnd.")
        << QStringLiteral("Rules:\n\n- no spam, ever;\n- no malware;\n- no fraud.\n\nEnd.");
    QTest::newRow("own markers")
        << QStringLiteral("You must not:\n(a) copy the app;\n(b) resell it.\n\nEnd.")
        << QStringLiteral("You must not:\n\n(a) copy the app;\n(b) resell it.\n\nEnd.");
    QTest::newRow("numbered sentence is an item, not a heading")
        << QStringLiteral("1. You agree to these terms.\n2. You are over 16.\n\nEnd.")
        << QStringLiteral("1. You agree to these terms.\n2. You are over 16.\n\nEnd.");
    QTest::newRow("indented bullets nest")
        << QStringLiteral("- a\n  - b\n\nx y.") << QStringLiteral("- a\n  - b\n\nx y.");
    QTest::newRow("no blank lines: one paragraph per line")
        << QStringLiteral(
               "First paragraph here.\nSecond paragraph here.\n- item\n  wrapped\nThird.")
        << QStringLiteral(
               "First paragraph here.\n\nSecond paragraph here.\n\n- item wrapped\n\nThird.");
    QTest::newRow("wrapped text without blank lines (a PDF page)")
        << QStringLiteral("1. Introduction\nThis agreement sets out the terms on which\n"
                          "we provide the service to you and the\nrules you must follow.\n"
                          "The next paragraph starts here and runs\nover two lines of text on "
                          "the page.\n2. Fees\nFees are due monthly in advance and are\n"
                          "not refundable.")
        << QStringLiteral("1. Introduction\n\nThis agreement sets out the terms on which we "
                          "provide the service to you and the rules you must follow.\n\nThe "
                          "next paragraph starts here and runs over two lines of text on the "
                          "page.\n\n2. Fees\n\nFees are due monthly in advance and are not "
                          "refundable.");
    QTest::newRow("wrapped line ending a sentence at full width does not split")
        << QStringLiteral("The first sentence ends right here at full.\nWidth continues the "
                          "paragraph on the next.\nline and the third line is also quite full\n"
                          "and the end.")
        << QStringLiteral("The first sentence ends right here at full. Width continues the "
                          "paragraph on the next. line and the third line is also quite full "
                          "and the end.");
    QTest::newRow("crlf tabs nbsp")
        << QStringLiteral("a\tb\u00a0c\r\nd\r\n\r\ne") << QStringLiteral("a b c d\n\ne");
    QTest::newRow("many blank lines")
        << QStringLiteral("\n\n\na\n\n\n\nb\n\n") << QStringLiteral("a\n\nb");
    QTest::newRow("empty") << QString() << QString();
}

void TestPlainTextExtractor::extract()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString text = PlainTextExtractor::extract(input);
    QCOMPARE(text, expected);
    QCOMPARE(cw::TextNormalizer::normalize(text), text);
}

void TestPlainTextExtractor::heading_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("heading");
    QTest::newRow("numbered") << "4. Disputes" << true;
    QTest::newRow("dotted") << "4.2 Arbitration and venue" << true;
    QTest::newRow("roman") << "IV. Liability" << true;
    QTest::newRow("article") << "Article 12 Final provisions" << true;
    QTest::newRow("capitals") << "PRIVACY POLICY" << true;
    QTest::newRow("sentence") << "4. You agree to arbitration." << false;
    QTest::newRow("lower-case after number") << "4. and then" << false;
    QTest::newRow("too long")
        << "4. Disputes and a very long title that goes on and on and on and on forever" << false;
    QTest::newRow("bullet") << "- Item" << false;
    QTest::newRow("parenthesised") << "(a) Item" << false;
    QTest::newRow("single capital word") << "NOTE" << false;
    QTest::newRow("plain words") << "Disputes" << false;
}

void TestPlainTextExtractor::heading()
{
    QFETCH(QString, line);
    QFETCH(bool, heading);
    QCOMPARE(PlainTextExtractor::looksLikeHeading(line), heading);
}

QTEST_GUILESS_MAIN(TestPlainTextExtractor)
#include "tst_plaintextextractor.moc"
