#include "extract/DeclaredDateParser.h"

#include <QObject>
#include <QTest>

using cw::DeclaredDateParser;

class TestDeclaredDateParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void find_data();
    void find();
    void span();
    void findAll();
};

void TestDeclaredDateParser::find_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("iso"); // "" when nothing is found
    QTest::addColumn<QString>("kind");

    QTest::newRow("month day year") << "Last updated: March 4, 2024"
                                    << "2024-03-04"
                                    << "updated";
    QTest::newRow("abbreviated with ordinal") << "Last Updated Mar. 4th, 2024"
                                              << "2024-03-04"
                                              << "updated";
    QTest::newRow("day month year") << "Effective date: 4 March 2024"
                                    << "2024-03-04"
                                    << "effective";
    QTest::newRow("weekday") << "Last modified on Monday, 4 March 2024."
                             << "2024-03-04"
                             << "modified";
    QTest::newRow("iso") << "Revised: 2024-03-04"
                         << "2024-03-04"
                         << "revised";
    QTest::newRow("iso slashes") << "Last revised 2024/3/4"
                                 << "2024-03-04"
                                 << "revised";
    QTest::newRow("us numeric") << "Last updated 03/04/2024"
                                << "2024-03-04"
                                << "updated";
    QTest::newRow("impossible us order swaps") << "Last updated 25/04/2024"
                                               << "2024-04-25"
                                               << "updated";
    QTest::newRow("european dots") << "Effective 04.03.2024"
                                   << "2024-03-04"
                                   << "effective";
    QTest::newRow("two-digit year") << "Updated: 3/4/24"
                                    << "2024-03-04"
                                    << "updated";
    QTest::newRow("effective as of") << "These Terms are effective as of January 1, 2025."
                                     << "2025-01-01"
                                     << "effective";
    QTest::newRow("sentence form") << "This Privacy Policy was last updated on 12 June 2023."
                                   << "2023-06-12"
                                   << "updated";
    QTest::newRow("heading form") << "#### Effective: September 29, 2025\n\nText"
                                  << "2025-09-29"
                                  << "effective";
    QTest::newRow("emphasis and parenthesis") << "(Last updated: *May 1, 2022*)"
                                              << "2022-05-01"
                                              << "updated";
    QTest::newRow("dash with abbreviated month") << "Date of last revision: 04-Mar-2024"
                                                 << "2024-03-04"
                                                 << "revised";
    QTest::newRow("revision date") << "_Revision Date: February 14th, 2025_"
                                   << "2025-02-14"
                                   << "revised";
    QTest::newRow("date of modification") << "Date of modification: 1 July 2021"
                                          << "2021-07-01"
                                          << "modified";
    QTest::newRow("in force from") << "In force from 1 February 2021"
                                   << "2021-02-01"
                                   << "other";
    QTest::newRow("month precision") << "Last updated: January 2024"
                                     << "2024-01"
                                     << "updated";
    QTest::newRow("september abbreviation") << "Updated Sept 9, 2019"
                                            << "2019-09-09"
                                            << "updated";
    QTest::newRow("case-insensitive") << "LAST UPDATED: MARCH 4, 2024"
                                      << "2024-03-04"
                                      << "updated";
    QTest::newRow("later in the text") << "Intro text.\n\nLast updated: 2 Feb 2020"
                                       << "2020-02-02"
                                       << "updated";
    QTest::newRow("verb in a sentence is not a statement")
        << "We updated our systems in many ways on March 4, 2024."
        << ""
        << "";
    QTest::newRow("invalid date") << "Last updated: February 30, 2024"
                                  << ""
                                  << "";
    QTest::newRow("implausible year") << "Effective date: 1 March 1066"
                                      << ""
                                      << "";
    QTest::newRow("label without date") << "Effective immediately for all users."
                                        << ""
                                        << "";
    QTest::newRow("no statement") << "Plain text, March 4, 2024."
                                  << ""
                                  << "";
}

void TestDeclaredDateParser::find()
{
    QFETCH(QString, text);
    QFETCH(QString, iso);
    QFETCH(QString, kind);
    const auto d = DeclaredDateParser::find(text);
    if (iso.isEmpty()) {
        QVERIFY2(!d, d ? qPrintable(d->iso()) : "");
        return;
    }
    QVERIFY(d.has_value());
    QCOMPARE(d->iso(), iso);
    QCOMPARE(d->kind, kind);
}

void TestDeclaredDateParser::span()
{
    const QString text = QStringLiteral("# Terms\n\nLast updated: March 4, 2024.\n\nBody");
    const auto d = DeclaredDateParser::find(text);
    QVERIFY(d);
    QCOMPARE(text.mid(d->start, d->length), QStringLiteral("Last updated: March 4, 2024"));
    QCOMPARE(d->label, QStringLiteral("Last updated"));
    QCOMPARE(d->date, QDate(2024, 3, 4));
    QVERIFY(!d->monthPrecision);
}

void TestDeclaredDateParser::findAll()
{
    const QString text = QStringLiteral(
        "Effective: September 29, 2025\n\nLast Updated: August 29, 2025\n\nRevised: 2020");
    const auto all = DeclaredDateParser::findAll(text);
    QCOMPARE(all.size(), 2);
    QCOMPARE(all[0].kind, QStringLiteral("effective"));
    QCOMPARE(all[0].iso(), QStringLiteral("2025-09-29"));
    QCOMPARE(all[1].kind, QStringLiteral("updated"));
    QCOMPARE(all[1].iso(), QStringLiteral("2025-08-29"));
    QVERIFY(all[0].start < all[1].start);
}

QTEST_GUILESS_MAIN(TestDeclaredDateParser)
#include "tst_declareddateparser.moc"
