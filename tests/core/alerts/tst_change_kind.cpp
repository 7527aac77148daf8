// ChangeClassifier, ChangeFactsBuilder and the default change summary: pure
// functions over hand-written texts and clause lists.

#include "alerts/ChangeFacts.h"
#include "alerts/ChangeKind.h"
#include "alerts/LineageChangeSummarizer.h"

#include <QObject>
#include <QTest>

using namespace cw;

namespace {

QString doc(const QString &date, const QString &body)
{
    QString s = QStringLiteral("# Terms\n\n");
    if (!date.isEmpty())
        s += QStringLiteral("Last updated: ") + date + QStringLiteral("\n\n");
    return s + QStringLiteral("## 1. Fees\n\n") + body;
}

FactClause clause(qint64 lineage, int start, const QString &heading, const QString &text,
                  LineageStatus status)
{
    QStringList path{QStringLiteral("Terms")};
    if (!heading.isEmpty())
        path << heading;
    return FactClause{lineage, start, path, text, status};
}

QString refs(const ChangeFacts &f)
{
    QStringList out;
    for (const ClauseChangeRef &r : f.clauses)
        out << clauseChangeKey(r.kind) + QLatin1Char(':') + r.label;
    return out.join(QStringLiteral(" | "));
}

QString touches(const ChangeFacts &f)
{
    QStringList out;
    for (const FlagTouch &t : f.flags)
        out << QStringLiteral("%1:%2:%3").arg(t.typeKey, t.change, severityKey(t.severity));
    return out.join(QStringLiteral(" | "));
}

} // namespace

class TestChangeKind : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void classify_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("oldDeclared");
        QTest::addColumn<QString>("newDeclared");
        QTest::addColumn<QString>("kind");
        const QString a = QStringLiteral("Fees are 1.5 percent.");
        const QString b = QStringLiteral("Fees are 1.75 percent.");
        QTest::newRow("only the date moved")
            << doc("March 4, 2024", a) << doc("May 1, 2024", a) << "2024-03-04"
            << "2024-05-01"
            << "date_only";
        QTest::newRow("date written differently, same day")
            << doc("March 4, 2024", a) << doc("2024-03-04", a) << "2024-03-04"
            << "2024-03-04"
            << "date_only";
        QTest::newRow("text and date changed")
            << doc("March 4, 2024", a) << doc("May 1, 2024", b) << "2024-03-04"
            << "2024-05-01"
            << "change";
        QTest::newRow("text changed, date kept: silent")
            << doc("March 4, 2024", a) << doc("March 4, 2024", b) << "2024-03-04"
            << "2024-03-04"
            << "silent_change";
        QTest::newRow("no date at all") << doc("", a) << doc("", b) << ""
                                        << ""
                                        << "change";
        QTest::newRow("date appears with the change") << doc("", a) << doc("May 1, 2024", b) << ""
                                                      << "2024-05-01"
                                                      << "change";
        QTest::newRow("date removed with the change")
            << doc("March 4, 2024", a) << doc("", b) << "2024-03-04"
            << ""
            << "change";
        QTest::newRow("date line removed, nothing else")
            << doc("March 4, 2024", a) << doc("", a) << "2024-03-04"
            << ""
            << "change";
    }
    void classify()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, oldDeclared);
        QFETCH(QString, newDeclared);
        QFETCH(QString, kind);
        QCOMPARE(
            changeKindKey(ChangeClassifier::classify(oldText, newText, oldDeclared, newDeclared)),
            kind);
    }

    void dateStatement_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("last updated") << "Last updated: March 4, 2024" << true;
        QTest::newRow("effective date") << "Effective date: 1 May 2024." << true;
        QTest::newRow("a sentence around a date") << "These terms, last updated on March 4, 2024, "
                                                     "apply to you."
                                                  << false;
        QTest::newRow("no date") << "We may change these terms." << false;
    }
    void dateStatement()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(ChangeClassifier::isDateStatement(text), expected);
    }

    void facts_data()
    {
        QTest::addColumn<QList<FactClause>>("before");
        QTest::addColumn<QList<FactClause>>("after");
        QTest::addColumn<QString>("counts"); // added/reworded/removed/moved/unchanged
        QTest::addColumn<QString>("refs");
        QTest::addColumn<int>("firstOffset");
        using S = LineageStatus;
        const FactClause date1 = clause(1, 0, {}, "Last updated: March 4, 2024", S::New);
        const FactClause date2 = clause(9, 0, {}, "Last updated: May 1, 2024", S::New);
        QTest::newRow("date statements are not clause changes")
            << QList<FactClause>{date1, clause(2, 40, "1. Fees", "Fees are low.", S::New)}
            << QList<FactClause>{date2, clause(2, 40, "1. Fees", "Fees are low.", S::Unchanged)}
            << "0/0/0/0/1"
            << "" << 0;
        QTest::newRow("reworded, added, removed, moved")
            << QList<FactClause>{clause(2, 40, "1. Fees", "Fees are low.", S::New),
                                 clause(3, 60, "2. Refunds", "Refunds within 14 days.", S::New),
                                 clause(4, 90, "3. Law", "The law of Ruritania applies.", S::New)}
            << QList<FactClause>{clause(4, 40, "1. Law", "The law of Ruritania applies.", S::Moved),
                                 clause(2, 80, "2. Fees", "Fees are high.", S::Modified),
                                 clause(5, 120, "3. AI", "No AI training.", S::New)}
            << "1/1/1/1/0"
            << "moved:1. Law | reworded:2. Fees | added:3. AI | removed:2. Refunds" << 40;
        QTest::newRow("sentences replaced under one heading read as reworded")
            << QList<FactClause>{clause(2, 40, "4. Fees", "Old first sentence.", S::New),
                                 clause(3, 60, "4. Fees", "Kept sentence.", S::New)}
            << QList<FactClause>{clause(6, 40, "4. Fees", "A new first sentence.", S::New),
                                 clause(3, 70, "4. Fees", "Kept sentence.", S::Unchanged)}
            << "1/0/1/0/1"
            << "reworded:4. Fees" << 40;
        QTest::newRow("clause without a heading is named by its opening words")
            << QList<FactClause>{clause(2, 10, {},
                                        "Please read these terms carefully before you "
                                        "use the service.",
                                        S::New)}
            << QList<FactClause>{clause(2, 10, {},
                                        "Please read these terms very carefully before "
                                        "you use the service.",
                                        S::Modified)}
            << "0/1/0/0/0"
            << QStringLiteral("reworded:Please read these terms very carefully%1")
                   .arg(QChar(0x2026))
            << 10;
    }
    void facts()
    {
        QFETCH(QList<FactClause>, before);
        QFETCH(QList<FactClause>, after);
        QFETCH(QString, counts);
        QFETCH(QString, refs);
        QFETCH(int, firstOffset);
        ChangeFacts f;
        ChangeFactsBuilder::fill(f, before, after, {}, 0);
        QCOMPARE(QStringLiteral("%1/%2/%3/%4/%5")
                     .arg(f.added)
                     .arg(f.reworded)
                     .arg(f.removed)
                     .arg(f.moved)
                     .arg(f.unchanged),
                 counts);
        QCOMPARE(::refs(f), refs);
        QVERIFY(f.firstChangeOffset.has_value());
        QCOMPARE(*f.firstChangeOffset, firstOffset);
    }

    void flagsTouched()
    {
        using S = LineageStatus;
        const QList<FactClause> before{clause(2, 0, "1. A", "Alpha text.", S::New),
                                       clause(3, 20, "2. B", "Beta text.", S::New),
                                       clause(4, 40, "3. C", "Gamma text.", S::New),
                                       clause(5, 60, "4. D", "Delta text.", S::New)};
        const QList<FactClause> after{clause(2, 0, "1. A", "Alpha text changed.", S::Modified),
                                      clause(3, 20, "2. B", "Beta text.", S::Unchanged),
                                      clause(5, 40, "3. D", "Delta text.", S::Moved),
                                      clause(6, 60, "4. E", "Epsilon text.", S::New)};
        const QList<FactFlag> flags{
            {10, 2, QStringLiteral("reworded_type"), QStringLiteral("R"), Severity::Medium},
            {11, 3, QStringLiteral("untouched_type"), QStringLiteral("U"), Severity::High},
            {12, 4, QStringLiteral("removed_type"), QStringLiteral("X"), Severity::High},
            {13, 5, QStringLiteral("moved_type"), QStringLiteral("M"), Severity::Low},
            {14, 6, QStringLiteral("new_clause_type"), QStringLiteral("N"), Severity::Low},
            {15, 3, QStringLiteral("new_flag_on_old_clause"), QStringLiteral("F"), Severity::Low},
        };
        ChangeFacts f;
        ChangeFactsBuilder::fill(f, before, after, flags, 14);
        QCOMPARE(touches(f),
                 QStringLiteral("removed_type:removed:high | reworded_type:changed:medium"
                                " | new_clause_type:added:low"
                                " | new_flag_on_old_clause:added:low"));
        QCOMPARE(f.flags.at(0).recordId, QStringLiteral("CW-P-000012"));
    }

    void summary_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QStringList>("phrases");
        QTest::newRow("silent")
            << int(ChangeKind::SilentChange) << "2024-06-03"
            << "2024-06-03"
            << QStringList{"Silent change (its “last updated” date still says 2024-06-03).",
                           "1 clause reworded", "Reworded: 4.2 Fees.",
                           "Flags touched: Non-refundable fees (High, reworded)."};
        QTest::newRow("announced")
            << int(ChangeKind::Change) << "2024-01-01"
            << "2024-06-03" << QStringList{"moved to 2024-06-03", "Reworded: 4.2 Fees."};
        QTest::newRow("date only") << int(ChangeKind::DateOnly) << "2024-01-01"
                                   << "2024-06-03"
                                   << QStringList{"Only the document’s “last updated” date moved "
                                                  "(2024-01-01 → 2024-06-03)"};
    }
    void summary()
    {
        QFETCH(int, kind);
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QStringList, phrases);
        ChangeFacts f;
        f.kind = ChangeKind(kind);
        f.declaredBefore = before;
        f.declaredAfter = after;
        f.reworded = 1;
        f.clauses = {{ClauseChangeKind::Reworded, QStringLiteral("4.2 Fees"), 10}};
        f.flags = {{7, QStringLiteral("CW-P-000007"), QStringLiteral("non_refundable_fees"),
                    QStringLiteral("Non-refundable fees"), Severity::High,
                    QStringLiteral("changed")}};
        const QString text = LineageChangeSummarizer::describe(f);
        for (const QString &p : phrases)
            QVERIFY2(text.contains(p), qPrintable(text));
    }

    void summaryListsAtMostThreePlaces()
    {
        ChangeFacts f;
        f.added = 5;
        for (int i = 1; i <= 5; ++i)
            f.clauses.append({ClauseChangeKind::Added, QStringLiteral("%1. S").arg(i), i});
        const QString text = LineageChangeSummarizer::describe(f);
        QVERIFY2(text.contains(QStringLiteral("5 clauses added.")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Added: 1. S; 2. S; 3. S and 2 more places.")),
                 qPrintable(text));
    }
};

QTEST_GUILESS_MAIN(TestChangeKind)
#include "tst_change_kind.moc"
