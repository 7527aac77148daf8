// Summary templates: placeholders, optional parts, tidy joins, validation.

#include "classify/SummaryTemplate.h"

#include <QObject>
#include <QTest>

using namespace cw;

class TestSummaryTemplate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fill_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QVariantMap>("slots");
        QTest::addColumn<QString>("expected");

        const QString notice =
            QStringLiteral("{platform} can change its terms[[, with {notice_period} notice]].");
        QTest::newRow("optional part kept")
            << notice << "Lumora" << QVariantMap{{"notice_period", "30 days"}}
            << "Lumora can change its terms, with 30 days notice.";
        QTest::newRow("optional part dropped, no space before the full stop")
            << notice << "Lumora" << QVariantMap{} << "Lumora can change its terms.";
        QTest::newRow("empty slot value counts as missing")
            << notice << "Lumora" << QVariantMap{{"notice_period", "  "}}
            << "Lumora can change its terms.";
        QTest::newRow("no platform reads the platform, capitalised")
            << notice << "" << QVariantMap{} << "The platform can change its terms.";
        QTest::newRow("platform inside a sentence keeps its case")
            << QStringLiteral("You must cover {platform}'s costs.") << "lumora.example"
            << QVariantMap{} << "You must cover lumora.example's costs.";
        QTest::newRow("two optional parts, one kept")
            << QStringLiteral(
                   "{platform} cancels[[ at least {cancel_deadline} before]][[; fee {fee}]].")
            << "Lumora" << QVariantMap{{"fee", "5 EUR"}} << "Lumora cancels; fee 5 EUR.";
        QTest::newRow("optional part needs all its slots")
            << QStringLiteral("{platform} decides[[ between {a} and {b}]].") << "Lumora"
            << QVariantMap{{"a", "x"}} << "Lumora decides.";
        QTest::newRow("whitespace collapsed")
            << QStringLiteral("{platform}   keeps  data[[ for {retention_period} ]] .") << "Lumora"
            << QVariantMap{{"retention_period", "90 days"}} << "Lumora keeps data for 90 days.";
    }
    void fill()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, platform);
        QFETCH(QVariantMap, slots);
        QFETCH(QString, expected);
        QCOMPARE(SummaryTemplate::fill(tmpl, platform, slots), expected);
        // The parsed form gives the same result, repeatedly.
        const SummaryTemplate parsed(tmpl);
        QCOMPARE(parsed.fill(platform, slots), expected);
        QCOMPARE(parsed.fill(platform, slots), expected);
    }

    void slotNames()
    {
        QCOMPARE(SummaryTemplate::slotNames(QStringLiteral(
                     "{platform} x[[ {venue}]][[ {governing_law} {venue}]] {platform}")),
                 (QStringList{"venue", "governing_law"}));
        QVERIFY(SummaryTemplate::slotNames(QStringLiteral("{platform} only.")).isEmpty());
    }

    void validate_data()
    {
        QTest::addColumn<QString>("tmpl");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid") << "{platform} x[[ {a}]]."
                               << "";
        QTest::newRow("slot outside optional") << "{platform} keeps {a}."
                                               << "outside";
        QTest::newRow("nested") << "[[ a [[ {b} ]] ]]"
                                << "nested";
        QTest::newRow("unterminated optional") << "{platform}[[ {a}"
                                               << "unterminated";
        QTest::newRow("stray closing") << "{platform} ]]"
                                       << "without";
        QTest::newRow("unclosed brace") << "{platform"
                                        << "unclosed";
        QTest::newRow("empty placeholder") << "{platform} {}"
                                           << "bad placeholder";
    }
    void validate()
    {
        QFETCH(QString, tmpl);
        QFETCH(QString, error);
        const Status st = SummaryTemplate::validate(tmpl);
        if (error.isEmpty()) {
            QVERIFY(st.ok());
        } else {
            QVERIFY(!st.ok());
            QVERIFY2(st.error().message.contains(error), qPrintable(st.error().message));
        }
    }
};

QTEST_GUILESS_MAIN(TestSummaryTemplate)
#include "tst_summarytemplate.moc"
