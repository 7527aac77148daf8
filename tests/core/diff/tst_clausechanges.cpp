// ClauseChanges: the clause-level change list, from segmented texts (as the
// CLI's diff --files builds it) and from given pairs/lineages (as archived
// versions give it), with the flags each change touches.

#include "diff/ClauseChanges.h"
#include "diff/VersionDiffer.h"
#include "segment/ClauseHash.h"
#include "segment/Segmenter.h"

#include <QObject>
#include <QTest>

using namespace cw;

namespace {

QString kindKey(ClauseChange::Kind k)
{
    return clauseChangeKindKey(k);
}

/// "kind:first three words" per change, in list order.
QStringList describe(const ClauseChangeList &list)
{
    QStringList out;
    for (const ClauseChange &c : list.changes) {
        const QStringList words = c.clause().text.simplified().split(QLatin1Char(' '));
        QString d = kindKey(c.kind) + QLatin1Char(':') + words.mid(0, 3).join(QLatin1Char(' '));
        if (c.kind == ClauseChange::Kind::Moved && c.wordingChanged)
            d += QStringLiteral("*");
        out << d;
    }
    return out;
}

ClauseChangeList fromTexts(const QString &oldText, const QString &newText,
                           const DiffOptions &o = {})
{
    const VersionDiff d = VersionDiffer::diff(oldText, newText, o);
    return ClauseChanges::fromSegments(d, Segmenter::segment(oldText), Segmenter::segment(newText),
                                       o);
}

Clause clause(int ordinal, const QString &text, const QStringList &path, qint64 lineage = 0)
{
    Clause c;
    c.ordinal = ordinal;
    c.text = text;
    c.headingPath = path;
    c.lineageId = lineage;
    c.number = ClauseHash::leadingNumber(text);
    return c;
}

const QString kBase = QStringLiteral("# Terms\n\n"
                                     "## 1. Accounts\n\n"
                                     "You must be 18 or older to open an account.\n\n"
                                     "Keep your password secret and tell us about any misuse.\n\n"
                                     "## 2. Fees\n\n"
                                     "Fees are charged monthly in advance.\n\n"
                                     "Refunds are given within 14 days of a purchase.\n\n"
                                     "## 3. Sharing\n\n"
                                     "You may share your account with people in your household.\n\n"
                                     "## 4. Disputes\n\n"
                                     "Disputes are decided by the courts of Dublin.");

} // namespace

class TestClauseChanges : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromSegments_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("changed");
        QTest::addColumn<int>("renumbered");

        QTest::newRow("identical") << kBase << kBase << QStringList{} << 0 << 0;
        QString t = kBase;
        t.replace(QStringLiteral("within 14 days"), QStringLiteral("within 7 days"));
        QTest::newRow("word changed")
            << kBase << t << QStringList{QStringLiteral("modified:Refunds are given")} << 1 << 0;
        t = kBase;
        t.replace(QStringLiteral("in advance."),
                  QStringLiteral("in advance.\n\nPrices may change with 30 days notice."));
        QTest::newRow("paragraph added")
            << kBase << t << QStringList{QStringLiteral("added:Prices may change")} << 1 << 0;
        t = kBase;
        t.remove(QStringLiteral("Keep your password secret and tell us about any misuse.\n\n"));
        QTest::newRow("paragraph removed")
            << kBase << t << QStringList{QStringLiteral("removed:Keep your password")} << 1 << 0;
        t = kBase;
        t.replace(QStringLiteral("## 1. Accounts"), QStringLiteral("## 1. Your Accounts"));
        QTest::newRow("heading renamed: no clause change") << kBase << t << QStringList{} << 0 << 0;
        t = kBase;
        t.replace(QStringLiteral("## 2. Fees"), QStringLiteral("## 5. Fees"));
        QTest::newRow("heading renumbered")
            << kBase << t
            << QStringList{QStringLiteral("renumbered:Fees are charged"),
                           QStringLiteral("renumbered:Refunds are given")}
            << 0 << 2;
        // Section 3 moved after section 4 and both renumbered.
        const QString moved = QStringLiteral(
            "# Terms\n\n## 1. Accounts\n\nYou must be 18 or older to open an account.\n\n"
            "Keep your password secret and tell us about any misuse.\n\n## 2. Fees\n\n"
            "Fees are charged monthly in advance.\n\nRefunds are given within 14 days of a "
            "purchase.\n\n## 3. Disputes\n\nDisputes are decided by the courts of Dublin.\n\n"
            "## 4. Sharing\n\nYou may share your account with people in your household.");
        QTest::newRow("section moved")
            << kBase << moved
            << QStringList{QStringLiteral("renumbered:Disputes are decided"),
                           QStringLiteral("moved:You may share")}
            << 1 << 1;
        t = kBase;
        t.replace(QStringLiteral("You may share your account with people in your household."),
                  QStringLiteral("Your account is personal and may not be shared."));
        QTest::newRow("rewritten beyond recognition")
            << kBase << t
            << QStringList{QStringLiteral("removed:You may share"),
                           QStringLiteral("added:Your account is")}
            << 2 << 0;
        const QString dated = QStringLiteral("Effective date: 1 March 2022.\n\n") + kBase;
        QString redated = QStringLiteral("Effective date: 9 June 2025.\n\n") + kBase;
        QTest::newRow("one row, one clause each side: modified")
            << dated << redated << QStringList{QStringLiteral("modified:Effective date: 9")} << 1
            << 0;
        t = kBase;
        t.replace(QStringLiteral("Refunds are given within 14 days of a purchase.\n\n"), QString());
        t.replace(QStringLiteral("## 4. Disputes\n\n"),
                  QStringLiteral(
                      "## 4. Disputes\n\nRefunds are given within 14 days of a purchase.\n\n"));
        QTest::newRow("paragraph moved to another section")
            << kBase << t << QStringList{QStringLiteral("moved:Refunds are given")} << 1 << 0;
    }

    void fromSegments()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QStringList, expected);
        QFETCH(int, changed);
        QFETCH(int, renumbered);
        const ClauseChangeList list = fromTexts(oldText, newText);
        QCOMPARE(describe(list), expected);
        QCOMPARE(list.changed(), changed);
        QCOMPARE(list.renumbered, renumbered);
        QCOMPARE(list.oldClauses, int(Segmenter::segment(oldText).size()));
        QCOMPARE(list.newClauses, int(Segmenter::segment(newText).size()));
        QCOMPARE(list.added + list.removed + list.modified + list.moved + list.renumbered +
                     list.unchanged,
                 int(list.changes.size()) + list.unchanged);
        // Every change carries its clause text (filled lazily for segmented texts).
        for (const ClauseChange &c : list.changes)
            QVERIFY(!c.clause().text.isEmpty());
    }

    void editsQuoteTheDiff()
    {
        QString t = kBase;
        t.replace(QStringLiteral("within 14 days"), QStringLiteral("within 7 days"));
        const ClauseChangeList list = fromTexts(kBase, t);
        QCOMPARE(list.changes.size(), 1);
        const ClauseChange &c = list.changes.first();
        QCOMPARE(c.edits.size(), 1);
        QCOMPARE(c.edits.first().removed, QStringLiteral("14"));
        QCOMPARE(c.edits.first().added, QStringLiteral("7"));
        QCOMPARE(c.wordsAdded, 1);
        QCOMPARE(c.wordsRemoved, 1);
        QVERIFY(c.similarity > 0.7 && c.similarity < 1.0);
        // Offsets point into the texts.
        QCOMPARE(kBase.mid(c.edits.first().oldStart, c.edits.first().oldLength),
                 QStringLiteral("14"));
        QCOMPARE(t.mid(c.edits.first().newStart, c.edits.first().newLength), QStringLiteral("7"));
    }

    void ignoreOptionsFollowTheDiff()
    {
        QString t = kBase;
        t.replace(QStringLiteral("Fees are charged"), QStringLiteral("FEES ARE CHARGED"));
        QCOMPARE(fromTexts(kBase, t).changed(), 1);
        DiffOptions o;
        o.ignoreCase = true;
        QCOMPARE(fromTexts(kBase, t, o).changed(), 0);
    }

    void removedSitsWhereItWas()
    {
        QString t = kBase;
        t.remove(QStringLiteral("Keep your password secret and tell us about any misuse.\n\n"));
        t.replace(QStringLiteral("Disputes are decided"),
                  QStringLiteral("All disputes are decided"));
        const QStringList d = describe(fromTexts(kBase, t));
        QCOMPARE(d, (QStringList{QStringLiteral("removed:Keep your password"),
                                 QStringLiteral("modified:All disputes are")}));
    }

    void sentenceInsertedInLongParagraph()
    {
        // Paragraphs over 500 characters are cut into sentence clauses: one
        // new sentence is one added clause, its neighbours stay.
        QStringList s;
        for (int i = 0; i < 8; ++i)
            s << QStringLiteral("Sentence number %1 explains one more obligation of the member in "
                                "plain words.")
                     .arg(i + 1);
        const QString oldText = QStringLiteral("## 1. Rules\n\n") + s.join(QLatin1Char(' '));
        QStringList s2 = s;
        s2.insert(
            4, QStringLiteral("We may also suspend accounts that break these rules repeatedly."));
        const QString newText = QStringLiteral("## 1. Rules\n\n") + s2.join(QLatin1Char(' '));
        const ClauseChangeList list = fromTexts(oldText, newText);
        QCOMPARE(describe(list), QStringList{QStringLiteral("added:We may also")});
        QCOMPARE(list.unchanged, 8);
    }

    void fromPairs_data()
    {
        QTest::addColumn<QList<int>>("newToOld"); // for each new clause, its old index or -1
        QTest::addColumn<QStringList>("oldPaths");
        QTest::addColumn<QStringList>("newPaths");
        QTest::addColumn<QStringList>("expected"); // kind per change, in order

        const QStringList five{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("B"),
                               QStringLiteral("B"), QStringLiteral("C")};
        QTest::newRow("same order") << QList<int>{0, 1, 2, 3, 4} << five << five << QStringList{};
        QTest::newRow("one moved down")
            << QList<int>{0, 2, 3, 4, 1} << five
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B"),
                           QStringLiteral("C"), QStringLiteral("C")}
            << QStringList{QStringLiteral("moved")};
        QTest::newRow("relocated to an existing heading")
            << QList<int>{0, 1, 2, 3, 4} << five
            << QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("B"),
                           QStringLiteral("B"), QStringLiteral("C")}
            << QStringList{QStringLiteral("moved")};
        QTest::newRow("heading renamed is not a move")
            << QList<int>{0, 1, 2, 3, 4} << five
            << QStringList{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("D"),
                           QStringLiteral("D"), QStringLiteral("C")}
            << QStringList{};
        QTest::newRow("heading renumbered")
            << QList<int>{0, 1, 2, 3, 4} << five
            << QStringList{QStringLiteral("A"), QStringLiteral("A"), QStringLiteral("7. B"),
                           QStringLiteral("7. B"), QStringLiteral("C")}
            << QStringList{QStringLiteral("renumbered"), QStringLiteral("renumbered")};
        QTest::newRow("added and removed")
            << QList<int>{0, -1, 2, 3, 4} << five << five
            << QStringList{QStringLiteral("removed"), QStringLiteral("added")};
    }

    void fromPairs()
    {
        QFETCH(QList<int>, newToOld);
        QFETCH(QStringList, oldPaths);
        QFETCH(QStringList, newPaths);
        QFETCH(QStringList, expected);
        QList<Clause> before;
        QList<Clause> after;
        for (int i = 0; i < int(oldPaths.size()); ++i)
            before << clause(i, QStringLiteral("Clause text %1 with its own words.").arg(i),
                             {QStringLiteral("Terms"), oldPaths[i]});
        QList<ClausePair> pairs;
        for (int n = 0; n < int(newToOld.size()); ++n) {
            const int o = newToOld[n];
            after << clause(n, o >= 0 ? before[o].text : QStringLiteral("A brand new clause."),
                            {QStringLiteral("Terms"), newPaths[n]});
            if (o >= 0)
                pairs << ClausePair{o, n, true, 1.0};
        }
        const ClauseChangeList list = ClauseChanges::fromPairs(before, after, pairs, nullptr);
        QStringList kinds;
        for (const ClauseChange &c : list.changes)
            kinds << kindKey(c.kind);
        QCOMPARE(kinds, expected);
    }

    void lineageAndFlags()
    {
        const QList<Clause> before{
            clause(0, QStringLiteral("You agree to arbitration."), {QStringLiteral("Disputes")},
                   10),
            clause(1, QStringLiteral("Refunds are never given."), {QStringLiteral("Fees")}, 11),
            clause(2, QStringLiteral("We may end your account."), {QStringLiteral("End")}, 12)};
        QList<Clause> after{
            clause(0, QStringLiteral("You agree to binding arbitration and waive class actions."),
                   {QStringLiteral("Disputes")}, 10),
            clause(1, QStringLiteral("Refunds are never given."), {QStringLiteral("Fees")}, 11),
            clause(2, QStringLiteral("Prices may rise."), {QStringLiteral("Fees")}, 13)};
        ClauseChanges::FlagsByLineage flags;
        flags[10] = {ClauseFlagRef{1, QStringLiteral("arbitration"),
                                   QStringLiteral("Mandatory arbitration"), Severity::High,
                                   ReviewStatus::Confirmed, false},
                     ClauseFlagRef{2, QStringLiteral("jury_trial_waiver"),
                                   QStringLiteral("Jury-trial waiver"), Severity::Medium,
                                   ReviewStatus::Suggested, false}};
        flags[11] = {ClauseFlagRef{3, QStringLiteral("non_refundable_fees"),
                                   QStringLiteral("Non-refundable fees"), Severity::Medium,
                                   ReviewStatus::Suggested, false}};
        flags[12] = {ClauseFlagRef{4, QStringLiteral("unilateral_termination"),
                                   QStringLiteral("Unilateral termination"), Severity::Low,
                                   ReviewStatus::Suggested, false}};
        const VersionDiff d = VersionDiffer::diff(QString(), QString());
        const ClauseChangeList list = ClauseChanges::fromLineage(before, after, d, flags);
        QCOMPARE(describe(list), (QStringList{QStringLiteral("modified:You agree to"),
                                              QStringLiteral("removed:We may end"),
                                              QStringLiteral("added:Prices may rise.")}));
        // Flags of the modified and the removed clause are touched; the
        // unchanged clause's flag is not.
        QCOMPARE(list.flagsTouched, (FlagsTouched{1, 1, 1}));
        QCOMPARE(list.changes[0].flags.size(), 2);
        QCOMPARE(list.changes[0].flags.first().severity, Severity::High);
        QCOMPARE(list.changes[1].flags.first().typeKey, QStringLiteral("unilateral_termination"));
        QCOMPARE(list.unchanged, 1);
        QCOMPARE(list.changes[0].lineageId, 10);
    }

    void wordSimilarity_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<double>("expected");
        QTest::newRow("same") << QStringLiteral("We may share data.")
                              << QStringLiteral("we MAY share data") << 1.0;
        QTest::newRow("half") << QStringLiteral("a b c") << QStringLiteral("a b d") << 0.5;
        QTest::newRow("disjoint") << QStringLiteral("alpha beta") << QStringLiteral("gamma") << 0.0;
        QTest::newRow("repeats count once")
            << QStringLiteral("a a a b") << QStringLiteral("a b") << 1.0;
        QTest::newRow("both empty") << QString() << QStringLiteral("...") << 1.0;
        QTest::newRow("unicode case")
            << QStringLiteral("Größe ÜBER") << QStringLiteral("größe über") << 1.0;
    }

    void wordSimilarity()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(double, expected);
        QCOMPARE(ClauseChanges::wordSimilarity(a, b), expected);
    }

    void wordCount_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("expected");
        QTest::newRow("empty") << QString() << 0;
        QTest::newRow("punctuation") << QStringLiteral(", ; —") << 0;
        QTest::newRow("words and numbers") << QStringLiteral("USD 500, within 30 days.") << 5;
    }

    void wordCount()
    {
        QFETCH(QString, text);
        QFETCH(int, expected);
        QCOMPARE(ClauseChanges::wordCount(text), expected);
    }
};

QTEST_GUILESS_MAIN(TestClauseChanges)
#include "tst_clausechanges.moc"
