#include "segment/ClauseHash.h"

#include <QObject>
#include <QTest>

using namespace cw;

class TestClauseHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalise_data();
    void normalise();
    void leadingNumber_data();
    void leadingNumber();
    void sameAndDifferent_data();
    void sameAndDifferent();
    void stableValue();
};

void TestClauseHash::normalise_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    const auto row = [](const char *name, const char *text, const char *expected) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
    };
    row("white space collapsed", "  You   pay\n\tmonthly. ", "You pay monthly.");
    row("decimal number stripped", "4.2 Fees. You pay.", "Fees. You pay.");
    row("letter item stripped", "(a) be at least 16;", "be at least 16;");
    row("bullet stripped", "- keep it safe", "keep it safe");
    row("keyword and separator stripped", "Article 5 \u2013 Fees apply.", "Fees apply.");
    row("section sign stripped", "\u00a7 3 The provider is liable.", "The provider is liable.");
    row("chained numbers stripped", "1. a. Eligibility. You must be 13.",
        "Eligibility. You must be 13.");
    row("at most three numbers stripped", "1. (a) (i) (A) first", "(A) first");
    row("case kept", "You MUST pay.", "You MUST pay.");
    row("quotes kept", "\u201cContent\u201d means data.", "\u201cContent\u201d means data.");
    row("a bare number stays", "4.", "4.");
    row("prose that looks numeric stays", "30 days notice applies.", "30 days notice applies.");
    row("empty", "", "");
}

void TestClauseHash::normalise()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    QCOMPARE(ClauseHash::normalise(text), expected);
}

void TestClauseHash::leadingNumber_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("number");
    QTest::newRow("decimal") << QStringLiteral("  4.2 Fees.") << QStringLiteral("4.2");
    QTest::newRow("paren") << QStringLiteral("(iv) item") << QStringLiteral("(iv)");
    QTest::newRow("keyword") << QStringLiteral("Article 5 Fees") << QStringLiteral("Article 5");
    QTest::newRow("chained") << QStringLiteral("1. a. Eligibility.") << QStringLiteral("1 a");
    QTest::newRow("bullet has no number") << QStringLiteral("- item") << QString();
    QTest::newRow("none") << QStringLiteral("You pay.") << QString();
}

void TestClauseHash::leadingNumber()
{
    QFETCH(QString, text);
    QFETCH(QString, number);
    QCOMPARE(ClauseHash::leadingNumber(text), number);
}

void TestClauseHash::sameAndDifferent_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("renumbered") << QStringLiteral("4.2 Fees. You pay.")
                                << QStringLiteral("5.2 Fees. You pay.") << true;
    QTest::newRow("relettered") << QStringLiteral("(a) be 16;") << QStringLiteral("(c) be 16;")
                                << true;
    QTest::newRow("a level of numbering dropped")
        << QStringLiteral("1. a. Eligibility. You must be 13.")
        << QStringLiteral("1. Eligibility. You must be 13.") << true;
    QTest::newRow("rewrapped") << QStringLiteral("You pay\nmonthly.")
                               << QStringLiteral("You pay monthly.") << true;
    QTest::newRow("case differs") << QStringLiteral("You pay.") << QStringLiteral("you pay.")
                                  << false;
    QTest::newRow("negation added")
        << QStringLiteral("We sell data.") << QStringLiteral("We do not sell data.") << false;
    QTest::newRow("punctuation differs")
        << QStringLiteral("You pay.") << QStringLiteral("You pay!") << false;
}

void TestClauseHash::sameAndDifferent()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(ClauseHash::of(a) == ClauseHash::of(b), same);
    QCOMPARE(ClauseHash::sha256(a) == ClauseHash::sha256(b), same);
}

void TestClauseHash::stableValue()
{
    // SHA-256("Fees. You pay.") starts 6f9dd9e5e50abc98 (computed outside Qt,
    // with Python's hashlib): the stored hash must never depend on Qt's seed.
    QCOMPARE(ClauseHash::sha256(u"4.2 Fees. You pay.").toHex().left(16),
             QByteArray("6f9dd9e5e50abc98"));
    QCOMPARE(ClauseHash::of(u"4.2 Fees. You pay."), Q_INT64_C(8042824090966998168));
    QCOMPARE(ClauseHash::sha256(u"x").size(), 32);
}

QTEST_GUILESS_MAIN(TestClauseHash)
#include "tst_clausehash.moc"
