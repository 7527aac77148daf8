// ChangeSummary: the plain-language summary read off a clause change list.
// Each row builds old and new clause lists, pairs them (as lineage would),
// optionally sets word edits and flags, and compares the whole summary text.

#include "diff/ChangeSummary.h"
#include "diff/ClauseChanges.h"
#include "segment/ClauseHash.h"

#include <QObject>
#include <QTest>

using namespace cw;

namespace {

/// One clause: "heading path (› separated) | text".
struct Spec
{
    QString path;
    QString text;
    qint64 lineage = 0; ///< equal lineages pair; 0 = unpaired
};

Clause toClause(const Spec &s, int ordinal)
{
    Clause c;
    c.ordinal = ordinal;
    c.headingPath = s.path.split(QStringLiteral(" › "), Qt::SkipEmptyParts);
    c.text = s.text;
    c.lineageId = s.lineage;
    c.number = ClauseHash::leadingNumber(s.text);
    return c;
}

struct Scenario
{
    QList<Spec> before;
    QList<Spec> after;
    ClauseChanges::FlagsByLineage flags;
    /// Edits for the change of the new clause with this lineage.
    QHash<qint64, QList<ClauseEdit>> edits;
};

ClauseChangeList build(const Scenario &s)
{
    QList<Clause> before;
    QList<Clause> after;
    for (int i = 0; i < int(s.before.size()); ++i)
        before << toClause(s.before[i], i);
    for (int i = 0; i < int(s.after.size()); ++i)
        after << toClause(s.after[i], i);
    QList<ClausePair> pairs;
    for (int n = 0; n < int(after.size()); ++n)
        for (int o = 0; o < int(before.size()); ++o)
            if (after[n].lineageId && after[n].lineageId == before[o].lineageId)
                pairs << ClausePair{o, n, false, -1.0};
    ClauseChangeList list = ClauseChanges::fromPairs(before, after, pairs, nullptr, s.flags);
    for (ClauseChange &c : list.changes) {
        if (!s.edits.contains(c.lineageId))
            continue;
        c.edits = s.edits.value(c.lineageId);
        c.wordsAdded = c.wordsRemoved = 0;
        for (const ClauseEdit &e : std::as_const(c.edits)) {
            c.wordsAdded += ClauseChanges::wordCount(e.added);
            c.wordsRemoved += ClauseChanges::wordCount(e.removed);
        }
    }
    return list;
}

ClauseFlagRef flag(qint64 id, const char *key, const char *name, Severity s,
                   ReviewStatus status = ReviewStatus::Suggested)
{
    return ClauseFlagRef{id, QString::fromLatin1(key), QString::fromUtf8(name), s, status, false};
}

ClauseEdit edit(const char *removed, const char *added)
{
    ClauseEdit e;
    e.removed = QString::fromUtf8(removed);
    e.added = QString::fromUtf8(added);
    return e;
}

const QString T = QStringLiteral("Terms");

QList<Spec> base()
{
    return {
        {T + QStringLiteral(" › 1. Accounts"), QStringLiteral("You must be 18 to join."), 1},
        {T + QStringLiteral(" › 1. Accounts"), QStringLiteral("Keep your password safe."), 2},
        {T + QStringLiteral(" › 2. Fees"), QStringLiteral("Fees are charged monthly."), 3},
        {T + QStringLiteral(" › 2. Fees"), QStringLiteral("Refunds within 14 days."), 4},
        {T + QStringLiteral(" › 3. Disputes"), QStringLiteral("Courts of Dublin decide."), 5},
        {T + QStringLiteral(" › 4. Sharing"), QStringLiteral("Share with your household."), 6},
        {T + QStringLiteral(" › 4. Sharing"), QStringLiteral("Up to four screens at once."), 7}};
}

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestChangeSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void build_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QString>("expected");

        QTest::newRow("no changes")
            << Scenario{base(), base(), {}, {}} << QStringLiteral("No changes.");

        {
            QList<Spec> after = base();
            after[2].path = after[3].path = T + QStringLiteral(" › 7. Fees");
            QTest::newRow("renumbered only")
                << Scenario{base(), after, {}, {}}
                << QStringLiteral("No clause wording changed; 2 clauses renumbered.");
        }
        {
            QList<Spec> after = base();
            after[3].text = QStringLiteral("Refunds within 7 days.");
            QTest::newRow("one edit quoted")
                << Scenario{base(), after, {}, {{4, {edit("14", "7")}}}}
                << QStringLiteral("1 clause changed. Changed: ‘2. Fees’ — “14” replaced by “7”.");
        }
        {
            QList<Spec> after = base();
            after[3].text = QStringLiteral("Refunds within 14 days of a purchase made online.");
            QTest::newRow("words added")
                << Scenario{base(), after, {}, {{4, {edit("", " of a purchase made online")}}}}
                << QStringLiteral(
                       "1 clause changed. Changed: ‘2. Fees’ — added “of a purchase made online”.");
        }
        {
            QList<Spec> after = base();
            after[3].text = QStringLiteral("No refunds.");
            const QList<ClauseEdit> edits{edit("Refunds within 14 days", "No refunds"),
                                          edit("a", "b c d"), edit("x", "")};
            QTest::newRow("many edits counted")
                << Scenario{base(), after, {}, {{4, edits}}}
                << QStringLiteral(
                       "1 clause changed. Changed: ‘2. Fees’ — 5 words added, 6 words removed.");
        }
        {
            QList<Spec> after = base();
            after[3].text = QStringLiteral("Refunds within 7 days.");
            ClauseChanges::FlagsByLineage flags;
            flags[4] = {flag(9, "non_refundable_fees", "Non-refundable fees", Severity::Medium)};
            QTest::newRow("changed clause names its flag")
                << Scenario{base(), after, flags, {{4, {edit("14", "7")}}}}
                << QStringLiteral(
                       "1 clause changed. Changed: ‘2. Fees’ (Non-refundable fees (Medium)) "
                       "— “14” replaced by “7”. Flagged clauses touched: 1 Medium.");
        }
        {
            QList<Spec> after = base();
            after.insert(5, {T + QStringLiteral(" › 3. Disputes"),
                             QStringLiteral("You waive any class action."), 20});
            ClauseChanges::FlagsByLineage flags;
            flags[20] = {flag(11, "class_action_waiver", "Class-action waiver", Severity::High)};
            QTest::newRow("new flagged clause")
                << Scenario{base(), after, flags, {}}
                << QStringLiteral("1 clause changed. New: Class-action waiver (High) under ‘3. "
                                  "Disputes’. Flagged clauses touched: 1 High.");
        }
        {
            QList<Spec> after = base();
            after.insert(5,
                         {T + QStringLiteral(" › 3. Disputes"), QStringLiteral("A new rule."), 20});
            ClauseChanges::FlagsByLineage flags;
            flags[20] = {flag(11, "some_type_key", "", Severity::Low)};
            QTest::newRow("type without taxonomy name uses its key")
                << Scenario{base(), after, flags, {}}
                << QStringLiteral("1 clause changed. New: some_type_key (Low) under ‘3. Disputes’. "
                                  "Flagged clauses touched: 1 Low.");
        }
        {
            QList<Spec> after = base();
            after.insert(5,
                         {T + QStringLiteral(" › 3. Disputes"), QStringLiteral("A new rule."), 20});
            ClauseChanges::FlagsByLineage flags;
            flags[20] = {flag(11, "arbitration", "Mandatory arbitration", Severity::High,
                              ReviewStatus::Rejected)};
            QTest::newRow("rejected flag is not named")
                << Scenario{base(), after, flags, {}}
                << QStringLiteral("1 clause changed. New: a clause under ‘3. Disputes’.");
        }
        {
            QList<Spec> after = base();
            after << Spec{T + QStringLiteral(" › 5. Artificial Intelligence"),
                          QStringLiteral("We train models."), 30}
                  << Spec{T + QStringLiteral(" › 5. Artificial Intelligence"),
                          QStringLiteral("You may object."), 31};
            ClauseChanges::FlagsByLineage flags;
            flags[30] = {
                flag(12, "ai_training", "Platform AI training on user content", Severity::High)};
            QTest::newRow("new section")
                << Scenario{base(), after, flags, {}}
                << QStringLiteral("2 clauses changed. New: section ‘5. Artificial Intelligence’ (2 "
                                  "clauses) with Platform AI training on user content (High). "
                                  "Flagged clauses touched: 1 High.");
        }
        {
            QList<Spec> after = base();
            after.remove(5, 2);
            QTest::newRow("section removed")
                << Scenario{base(), after, {}, {}}
                << QStringLiteral("2 clauses changed. Removed: section ‘4. Sharing’ (2 clauses).");
        }
        {
            QList<Spec> after = base();
            after.removeAt(1);
            QTest::newRow("clause removed")
                << Scenario{base(), after, {}, {}}
                << QStringLiteral("1 clause changed. Removed: a clause under ‘1. Accounts’.");
        }
        {
            // Section 4 moved before section 2 and renumbered; 2 and 3 renumbered.
            QList<Spec> after{base()[0], base()[1], base()[5], base()[6],
                              base()[2], base()[3], base()[4]};
            after[2].path = after[3].path = T + QStringLiteral(" › 2. Sharing");
            after[4].path = after[5].path = T + QStringLiteral(" › 3. Fees");
            after[6].path = T + QStringLiteral(" › 4. Disputes");
            QTest::newRow("section moved")
                << Scenario{base(), after, {}, {}}
                << QStringLiteral("2 clauses changed. Moved: ‘Sharing’ (2 clauses) from section 4 "
                                  "to section 2. Renumbered only: 3 clauses.");
        }
        {
            QList<Spec> after = base();
            after.move(1, 4);
            after[4].path = T + QStringLiteral(" › 2. Fees");
            QTest::newRow("clause moved to another section")
                << Scenario{base(), after, {}, {}}
                << QStringLiteral("1 clause changed. Moved: a clause under ‘1. Accounts’ now under "
                                  "‘2. Fees’.");
        }
        {
            QList<Spec> after = base();
            for (int i = 0; i < 6; ++i)
                after << Spec{T + QStringLiteral(" › %1. Extra %1").arg(10 + i),
                              QStringLiteral("Rule %1.").arg(i), 40 + i};
            QTest::newRow("long lists are cut")
                << Scenario{base(), after, {}, {}}
                << QStringLiteral(
                       "6 clauses changed. New: section ‘10. Extra 10’ (1 clause); section "
                       "‘11. Extra 11’ (1 clause); section ‘12. Extra 12’ (1 clause); "
                       "section ‘13. Extra 13’ (1 clause); and 2 more.");
        }
        {
            QList<Spec> before = base();
            before.prepend({T, QStringLiteral("Last updated: May 20, 2024"), 50});
            QList<Spec> after = base();
            after.prepend({T, QStringLiteral("Last updated: September 15, 2025"), 50});
            QTest::newRow("clause under the title is named by its words")
                << Scenario{before, after, {}, {{50, {edit("May 20, 2024", "September 15, 2025")}}}}
                << QStringLiteral("1 clause changed. Changed: “Last updated: …” — “May 20, 2024” "
                                  "replaced by “September 15, 2025”.");
        }
    }

    void build()
    {
        QFETCH(Scenario, scenario);
        QFETCH(QString, expected);
        const ChangeSummary s = ChangeSummary::build(::build(scenario), DiffStats{});
        QCOMPARE(s.text(), expected);
    }

    void headingOnlyChangesAreNotCalledClauseChanges()
    {
        DiffStats stats;
        stats.blocksModified = 1;
        const ChangeSummary s = ChangeSummary::build(ClauseChangeList{}, stats);
        QCOMPARE(s.headline, QStringLiteral("No clause changed; only headings or layout differ."));
        QVERIFY(s.points.isEmpty());
    }

    void longQuoteIsCut()
    {
        QList<Spec> after = base();
        after[3].text = QStringLiteral("Refunds within 14 days one two three and more.");
        Scenario sc{base(),
                    after,
                    {},
                    {{4,
                      {edit("", "one two three four five six seven eight nine ten eleven twelve "
                                "thirteen fourteen")}}}};
        ChangeSummaryOptions o;
        o.maxQuotedWords = 4;
        const ChangeSummary s = ChangeSummary::build(::build(sc), DiffStats{}, o);
        QCOMPARE(s.points.value(0),
                 QStringLiteral("Changed: ‘2. Fees’ — added “one two three four…”."));
    }
};

QTEST_GUILESS_MAIN(TestChangeSummary)
#include "tst_changesummary.moc"
