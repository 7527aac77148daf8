#include "extract/text/BlockWriter.h"
#include "extract/text/TextNormalizer.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

using cw::TextNormalizer;

class TestTextNormalizer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalize_data();
    void normalize();
    void idempotent_data();
    void idempotent();
    void idempotentOnRandomText();
    void normalizeInline_data();
    void normalizeInline();
    void listMarker_data();
    void listMarker();
    void blockWriter();
};

void TestTextNormalizer::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only whitespace") << QStringLiteral(" \n\t\n \u00a0 ") << QString();
    QTest::newRow("crlf and cr") << QStringLiteral("a\r\nb\rc") << QStringLiteral("a\nb\nc");
    QTest::newRow("trailing spaces") << QStringLiteral("a  \nb\t") << QStringLiteral("a\nb");
    QTest::newRow("inner runs collapse") << QStringLiteral("a   b\t\tc") << QStringLiteral("a b c");
    QTest::newRow("blank lines collapse")
        << QStringLiteral("a\n\n\n\n b\n \n\nc") << QStringLiteral("a\n\nb\n\nc");
    QTest::newRow("leading and trailing blank lines")
        << QStringLiteral("\n\n  a\n\n") << QStringLiteral("a");
    QTest::newRow("no final newline") << QStringLiteral("a\n") << QStringLiteral("a");
    QTest::newRow("nbsp and narrow nbsp to space")
        << QStringLiteral("a\u00a0b\u202fc\u2009d") << QStringLiteral("a b c d");
    QTest::newRow("zero width and soft hyphen removed")
        << QStringLiteral("in\u00adfor\u200bma\u2060tion\ufeff") << QStringLiteral("information");
    QTest::newRow("controls removed")
        << QStringLiteral("a\u0001b\u0085c\u007fd") << QStringLiteral("ab\ncd");
    QTest::newRow("line and paragraph separators")
        << QStringLiteral("a\u2028b\u2029c") << QStringLiteral("a\nb\n\nc");
    QTest::newRow("NFC composes") << QStringLiteral("Cafe\u0301") << QStringLiteral("Caf\u00e9");
    QTest::newRow("soft hyphen between base and mark still composes")
        << QStringLiteral("e\u00ad\u0301") << QStringLiteral("\u00e9");
    QTest::newRow("smart quotes and dashes kept")
        << QStringLiteral("\u201cQuoted\u201d \u2014 it\u2019s \u2026")
        << QStringLiteral("\u201cQuoted\u201d \u2014 it\u2019s \u2026");
    QTest::newRow("zwj kept") << QStringLiteral("a\u200db") << QStringLiteral("a\u200db");
    QTest::newRow("paragraph indentation dropped")
        << QStringLiteral("   Indented paragraph") << QStringLiteral("Indented paragraph");
    QTest::newRow("list indentation kept and made even")
        << QStringLiteral("- a\n  - b\n     1. c") << QStringLiteral("- a\n  - b\n    1. c");
    QTest::newRow("list marker spacing collapsed")
        << QStringLiteral("  (a)   text") << QStringLiteral("  (a) text");
    QTest::newRow("table row") << QStringLiteral("|  a |  b  |") << QStringLiteral("| a | b |");
}

void TestTextNormalizer::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::normalize(input), expected);
}

void TestTextNormalizer::idempotent_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("mixed") << QStringLiteral(
        " \r\n# Title \u00a0\r\n\r\n\r\n  - item\u00ad\n\t\tx");
    QTest::newRow("combining after removed") << QStringLiteral("a\u200b\u0301\u00ad\u0327 b");
    QTest::newRow("en quad composes to en space") << QStringLiteral("a\u2000b\u2001c");
    QTest::newRow("angstrom sign") << QStringLiteral("\u212b \u2126");
    QTest::newRow("indented odd marker") << QStringLiteral("   1.2   Scope  \n     (iv) x");
    QTest::newRow("only separators") << QStringLiteral("\u2029\u2029\u2028");
    QTest::newRow("nel and cr mix") << QStringLiteral("a\r\u0085\r\nb");
}

void TestTextNormalizer::idempotent()
{
    QFETCH(QString, input);
    const QString once = TextNormalizer::normalize(input);
    QCOMPARE(TextNormalizer::normalize(once), once);
}

// Random strings over an alphabet of the characters the policy treats specially.
void TestTextNormalizer::idempotentOnRandomText()
{
    static const char16_t kAlphabet[] = {
        u'a',   u'B',   u'1',   u'.',   u')',   u'(',   u'-',   u'#',   u'|',   u' ',   u' ',
        u'\t',  u'\n',  u'\n',  u'\r',  0x00a0, 0x00ad, 0x200b, 0x2028, 0x2029, 0x0085, 0x0001,
        0x0301, 0x0327, 0x2000, 0x2001, 0x212b, 0xfeff, 0x200d, 0x00e9, 0x201c, u'i',   u'v'};
    QRandomGenerator rng(20240304); // fixed seed: the test must be reproducible
    for (int round = 0; round < 3000; ++round) {
        QString s;
        const int len = int(rng.bounded(60));
        for (int i = 0; i < len; ++i)
            s.append(QChar(kAlphabet[rng.bounded(int(std::size(kAlphabet)))]));
        const QString once = TextNormalizer::normalize(s);
        const QString twice = TextNormalizer::normalize(once);
        if (once != twice)
            QFAIL(qPrintable(QStringLiteral("not idempotent for input %1")
                                 .arg(QString::fromLatin1(s.toUtf8().toPercentEncoding()))));
        QVERIFY(!once.contains(u"\n\n\n"));
        QVERIFY(!once.contains(u" \n"));
        QVERIFY(!once.endsWith(u'\n') && !once.startsWith(u'\n'));
        QVERIFY(!once.endsWith(u' '));
        QVERIFY(!once.contains(u'\r') && !once.contains(u'\t'));
        QCOMPARE(once.normalized(QString::NormalizationForm_C), once);
    }
}

void TestTextNormalizer::normalizeInline_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("newlines become spaces")
        << QStringLiteral("a\nb\r\n c") << QStringLiteral("a b c");
    QTest::newRow("trimmed") << QStringLiteral("  \u00a0a b \t") << QStringLiteral("a b");
    QTest::newRow("soft hyphen gone") << QStringLiteral("co\u00adop") << QStringLiteral("coop");
    QTest::newRow("blank") << QStringLiteral(" \u200b \n") << QString();
}

void TestTextNormalizer::normalizeInline()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(TextNormalizer::normalizeInline(input), expected);
}

void TestTextNormalizer::listMarker_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("length");
    QTest::newRow("dash") << QStringLiteral("- item") << 2;
    QTest::newRow("bullet") << QStringLiteral("\u2022 item") << 2;
    QTest::newRow("decimal") << QStringLiteral("12. item") << 4;
    QTest::newRow("paren delimiter") << QStringLiteral("3) item") << 3;
    QTest::newRow("dotted") << QStringLiteral("1.2 Scope") << 4;
    QTest::newRow("dotted with final dot") << QStringLiteral("1.2.3. Scope") << 7;
    QTest::newRow("parenthesised letter") << QStringLiteral("(a) item") << 4;
    QTest::newRow("parenthesised roman") << QStringLiteral("(iv) item") << 5;
    QTest::newRow("letter") << QStringLiteral("b. item") << 3;
    QTest::newRow("roman") << QStringLiteral("xii. item") << 5;
    QTest::newRow("year is not a marker") << QStringLiteral("2024 was a year") << 0;
    QTest::newRow("long number is not a marker") << QStringLiteral("12345. x") << 0;
    QTest::newRow("no space after") << QStringLiteral("1.item") << 0;
    QTest::newRow("word") << QStringLiteral("Item one") << 0;
    QTest::newRow("decimal amount") << QStringLiteral("3.5 million") << 4;
}

void TestTextNormalizer::listMarker()
{
    QFETCH(QString, line);
    QFETCH(int, length);
    QCOMPARE(int(TextNormalizer::listMarkerLength(line)), length);
}

void TestTextNormalizer::blockWriter()
{
    cw::BlockWriter w;
    w.heading(9, u"  Title\n text ");
    w.paragraph(u"  ");
    w.paragraph(u"First\u00a0paragraph");
    w.listItem(0, u"-", u"one");
    w.listItem(1, u"1.", u"nested");
    w.listItem(40, u"-", u"capped depth");
    w.endGroup();
    w.listItem(0, u"-", u"second list");
    w.tableRow({QStringLiteral("a"), QString(), QStringLiteral("c")});
    w.tableRow({QString(), QStringLiteral(" ")});
    w.tableRow({QStringLiteral("d"), QStringLiteral("e")});
    w.appendCanonical(u"Tail\n\n\nblock");
    const QString depth = QString(2 * cw::BlockWriter::MaxListDepth, u' ');
    QCOMPARE(w.finish(),
             QStringLiteral("###### Title text\n\nFirst paragraph\n\n- one\n  1. nested\n") +
                 depth +
                 QStringLiteral("- capped depth\n\n- second list\n\n| a | | c |\n"
                                "| d | e |\n\nTail\n\nblock"));
    QCOMPARE(w.firstHeading(), QStringLiteral("Title text"));
    QCOMPARE(w.firstHeadingLevel(), 6);
}

QTEST_GUILESS_MAIN(TestTextNormalizer)
#include "tst_textnormalizer.moc"
