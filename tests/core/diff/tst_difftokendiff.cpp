// The word diff core: TokenDiff (bounded Myers with patience anchoring) and
// the semantic clean-up, through RowDiffer on small texts.

#include "diff/DiffOptions.h"
#include "diff/token/BlockTokens.h"
#include "diff/token/RowDiffer.h"
#include "diff/token/TokenDiff.h"

#include <QObject>
#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace cw;

namespace {

std::vector<qint32> ids(const QString &s)
{
    std::vector<qint32> out;
    for (QChar c : s)
        out.push_back(c.unicode());
    return out;
}

// Applies the script: rebuilds b from a and the regions, checking that the
// regions cover both sequences in order and that equal regions are equal.
bool applies(const std::vector<qint32> &a, const std::vector<qint32> &b,
             const QList<DiffRegion> &regions, QString *why)
{
    qint32 i = 0, j = 0;
    for (const DiffRegion &r : regions) {
        if (r.aBegin != i || r.bBegin != j) {
            *why = QStringLiteral("gap at %1/%2").arg(i).arg(j);
            return false;
        }
        if (r.equal) {
            if (r.aEnd - r.aBegin != r.bEnd - r.bBegin) {
                *why = QStringLiteral("unequal lengths");
                return false;
            }
            for (qint32 k = 0; k < r.aEnd - r.aBegin; ++k)
                if (a[size_t(r.aBegin + k)] != b[size_t(r.bBegin + k)]) {
                    *why = QStringLiteral("equal region differs");
                    return false;
                }
        }
        i = r.aEnd;
        j = r.bEnd;
    }
    if (i != qint32(a.size()) || j != qint32(b.size())) {
        *why = QStringLiteral("does not cover the ends");
        return false;
    }
    return true;
}

qint32 keptCount(const QList<DiffRegion> &regions)
{
    qint32 n = 0;
    for (const DiffRegion &r : regions)
        if (r.equal)
            n += r.aEnd - r.aBegin;
    return n;
}

qint32 lcsLength(const std::vector<qint32> &a, const std::vector<qint32> &b)
{
    std::vector<qint32> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
    for (size_t i = 1; i <= a.size(); ++i) {
        for (size_t j = 1; j <= b.size(); ++j)
            cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

// Redline of two texts through the row differ, `[-old-]{+new+}`.
QString redline(const QString &oldText, const QString &newText, const DiffOptions &options = {})
{
    TokenInterner interner(options.ignoreCase);
    const QList<DiffBlock> none;
    BlockTokens left(oldText, none, interner), right(newText, none, interner);
    DiffBudget budget;
    RowDiffer differ(left, right, options, budget);
    const RowDiffer::Result r = differ.diffText(0, oldText.size(), 0, newText.size());
    QString out;
    for (const DiffSpan &s : r.spans) {
        const QString l = oldText.mid(s.leftStart, s.leftLength);
        const QString n = newText.mid(s.rightStart, s.rightLength);
        switch (s.kind) {
        case DiffSpan::Kind::Delete: out += QStringLiteral("[-") + l + QStringLiteral("-]"); break;
        case DiffSpan::Kind::Insert: out += QStringLiteral("{+") + n + QStringLiteral("+}"); break;
        default: out += n; break;
        }
    }
    return out;
}

QString randomSequence(QRandomGenerator &rng, int length, int alphabet)
{
    QString s;
    for (int i = 0; i < length; ++i)
        s += QChar(u'a' + char16_t(rng.bounded(alphabet)));
    return s;
}

} // namespace

class tst_DiffTokenDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void minimal_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        QTest::addColumn<int>("kept");
        QTest::newRow("both empty") << "" << "" << 0;
        QTest::newRow("insert all") << "" << "abc" << 0;
        QTest::newRow("delete all") << "abc" << "" << 0;
        QTest::newRow("identical") << "abcdef" << "abcdef" << 6;
        QTest::newRow("one substitution") << "abcdef" << "abXdef" << 5;
        QTest::newRow("classic") << "abcabba" << "cbabac" << 4;
        QTest::newRow("disjoint") << "abc" << "xyz" << 0;
        QTest::newRow("prefix and suffix") << "xxabyy" << "xxbayy" << 5;
        QTest::newRow("repeats") << "aaaa" << "aa" << 2;
    }
    void minimal()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QFETCH(int, kept);
        const auto va = ids(a), vb = ids(b);
        DiffBudget budget;
        const QList<DiffRegion> regions =
            TokenDiff::diff(va.data(), qint32(va.size()), vb.data(), qint32(vb.size()), 0x10000, budget);
        QString why;
        QVERIFY2(applies(va, vb, regions, &why), qPrintable(why));
        QCOMPARE(keptCount(regions), kept);
        QVERIFY(!budget.heuristicUsed && !budget.exhausted);
        // Regions alternate between equal and changed.
        for (qsizetype k = 1; k < regions.size(); ++k)
            QVERIFY(regions[k].equal != regions[k - 1].equal);
    }

    // Against a brute-force LCS: unbounded runs are minimal; every run is valid.
    void randomAgainstLcs_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("alphabet");
        for (quint32 seed = 1; seed <= 30; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed << int(2 + seed % 6);
    }
    void randomAgainstLcs()
    {
        QFETCH(quint32, seed);
        QFETCH(int, alphabet);
        QRandomGenerator rng(seed);
        const auto a = ids(randomSequence(rng, 20 + int(rng.bounded(200)), alphabet));
        const auto b = ids(randomSequence(rng, 20 + int(rng.bounded(200)), alphabet));
        DiffBudget budget;
        budget.maxEditCost = 0; // unbounded: minimal
        const QList<DiffRegion> exact =
            TokenDiff::diff(a.data(), qint32(a.size()), b.data(), qint32(b.size()), 0x10000, budget);
        QString why;
        QVERIFY2(applies(a, b, exact, &why), qPrintable(why));
        QCOMPARE(keptCount(exact), lcsLength(a, b));

        DiffBudget tight;
        tight.maxEditCost = 3;
        const QList<DiffRegion> approx =
            TokenDiff::diff(a.data(), qint32(a.size()), b.data(), qint32(b.size()), 0x10000, tight);
        QVERIFY2(applies(a, b, approx, &why), qPrintable(why));
        QVERIFY(keptCount(approx) <= lcsLength(a, b));
        QVERIFY(tight.heuristicUsed);
        QCOMPARE(tight.approximatedRuns, 1);
    }

    void budgetExhaustion()
    {
        QRandomGenerator rng(7);
        const auto a = ids(randomSequence(rng, 3000, 4));
        const auto b = ids(randomSequence(rng, 3000, 4));
        DiffBudget budget;
        budget.remaining = 5000;
        const QList<DiffRegion> regions =
            TokenDiff::diff(a.data(), qint32(a.size()), b.data(), qint32(b.size()), 0x10000, budget);
        QString why;
        QVERIFY2(applies(a, b, regions, &why), qPrintable(why));
        QVERIFY(budget.exhausted);
        // The bound holds: spending stops soon after the budget is gone.
        QVERIFY2(budget.remaining > -200000, qPrintable(QString::number(budget.remaining)));
    }

    void cancellation()
    {
        QRandomGenerator rng(9);
        const auto a = ids(randomSequence(rng, 20000, 3));
        const auto b = ids(randomSequence(rng, 20000, 3));
        std::atomic_bool cancel{true};
        DiffBudget budget;
        budget.remaining = 1'000'000'000;
        budget.cancel = &cancel;
        const QList<DiffRegion> regions =
            TokenDiff::diff(a.data(), qint32(a.size()), b.data(), qint32(b.size()), 0x10000, budget);
        QVERIFY(budget.cancelled);
        QVERIFY(budget.remaining > 1'000'000'000 - 2'000'000);
        QString why;
        QVERIFY2(applies(a, b, regions, &why), qPrintable(why));
    }

    // Unique elements anchor: a block moved across a long unchanged stretch
    // leaves that stretch matched.
    void patienceAnchors()
    {
        std::vector<qint32> a, b;
        for (qint32 i = 0; i < 5000; ++i)
            a.push_back(i);
        b = a;
        std::rotate(b.begin(), b.begin() + 10, b.begin() + 4000); // 0..9 moved down
        DiffBudget budget;
        const QList<DiffRegion> regions = TokenDiff::diff(a.data(), 5000, b.data(), 5000, 5000,
                                                          budget, TokenDiff::Strategy::PatienceFirst);
        QString why;
        QVERIFY2(applies(a, b, regions, &why), qPrintable(why));
        QCOMPARE(keptCount(regions), 4990);
        QVERIFY(budget.remaining > 50'000'000 - 100'000);
    }

    // Long ranges are anchored on unique elements before Myers runs; on edited
    // text (a large vocabulary, a few edits) that stays close to minimal.
    void anchoredLongRanges_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= 10; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void anchoredLongRanges()
    {
        QFETCH(quint32, seed);
        QRandomGenerator rng(seed);
        std::vector<qint32> a;
        for (int i = 0; i < 800; ++i)
            a.push_back(qint32(rng.bounded(400)));
        std::vector<qint32> b = a;
        for (int e = 0; e < 30; ++e) {
            const size_t at = size_t(rng.bounded(quint32(b.size())));
            switch (rng.bounded(3)) {
            case 0: b[at] = qint32(rng.bounded(400)); break;
            case 1: b.erase(b.begin() + qsizetype(at)); break;
            default: b.insert(b.begin() + qsizetype(at), qint32(rng.bounded(400))); break;
            }
        }
        DiffBudget budget;
        const QList<DiffRegion> regions =
            TokenDiff::diff(a.data(), qint32(a.size()), b.data(), qint32(b.size()), 400, budget);
        QString why;
        QVERIFY2(applies(a, b, regions, &why), qPrintable(why));
        const qint32 best = lcsLength(a, b);
        QVERIFY2(keptCount(regions) * 100 >= best * 97,
                 qPrintable(QStringLiteral("%1 of %2").arg(keptCount(regions)).arg(best)));
    }

    void semanticCleanup_data()
    {
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one word") << "We may share data." << "We will share data."
                                  << "We [-may-]{+will+} share data.";
        QTest::newRow("words are never shredded") << "to terminate the" << "to termination the"
                                                  << "to [-terminate-]{+termination+} the";
        QTest::newRow("space between changes folds in")
            << "the quick brown fox" << "the slow red fox" << "the [-quick brown-]{+slow red+} fox";
        QTest::newRow("long equality stays")
            << "We may share your data" << "We will share your information"
            << "We [-may-]{+will+} share your [-data-]{+information+}";
        QTest::newRow("small words between rewrites fold in")
            << "pay the fee on time" << "settle a charge promptly"
            << "[-pay the fee on time-]{+settle a charge promptly+}";
        QTest::newRow("insertion starts at a word")
            << "a b c" << "a x b c" << "a {+x +}b c";
        // A repeated phrase could be marked in either copy; the start of the
        // text is the cleanest boundary.
        QTest::newRow("insertion of a repeated phrase")
            << "the fee is due" << "the fee is the fee is due" << "{+the fee is +}the fee is due";
        QTest::newRow("deletion of a repeated phrase")
            << "you must you must pay" << "you must pay" << "[-you must -]you must pay";
        QTest::newRow("number") << "within 30 days" << "within 14 days" << "within [-30-]{+14+} days";
        QTest::newRow("punctuation") << "data, and" << "data; and" << "data[-,-]{+;+} and";
        QTest::newRow("sentence added") << "One. Two." << "One. New. Two." << "One. {+New. +}Two.";
        QTest::newRow("everything new") << "" << "All new." << "{+All new.+}";
        QTest::newRow("everything gone") << "All gone." << "" << "[-All gone.-]";
    }
    void semanticCleanup()
    {
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, expected);
        QCOMPARE(redline(oldText, newText), expected);
    }

    void cleanupCanBeOff()
    {
        DiffOptions raw;
        raw.semanticCleanup = false;
        QCOMPARE(redline(QStringLiteral("the quick brown fox"), QStringLiteral("the slow red fox"), raw),
                 QStringLiteral("the [-quick-]{+slow+} [-brown-]{+red+} fox"));
    }

    void ignoredTokensAreEqual_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("oldText");
        QTest::addColumn<QString>("newText");
        QTest::addColumn<QString>("expected");
        QTest::newRow("whitespace") << "ignoreWhitespace" << "a  b\tc" << "a b c" << "a b c";
        QTest::newRow("whitespace, word still counts")
            << "ignoreWhitespace" << "a  b" << "a  x" << "a  [-b-]{+x+}";
        QTest::newRow("case") << "ignoreCase" << "The Terms" << "the terms" << "the terms";
        QTest::newRow("punctuation") << "ignorePunctuation" << "a, b; c." << "a b: c!" << "a b: c!";
        QTest::newRow("formatting") << "ignoreFormatting" << "**must** [API](x)" << "must [API](y)"
                                    << "must [API](y)";
    }
    void ignoredTokensAreEqual()
    {
        QFETCH(QString, option);
        QFETCH(QString, oldText);
        QFETCH(QString, newText);
        QFETCH(QString, expected);
        DiffOptions o;
        o.ignoreWhitespace = option == QLatin1String("ignoreWhitespace");
        o.ignoreCase = option == QLatin1String("ignoreCase");
        o.ignorePunctuation = option == QLatin1String("ignorePunctuation");
        o.ignoreFormatting = option == QLatin1String("ignoreFormatting");
        QCOMPARE(redline(oldText, newText, o), expected);
    }
};

QTEST_GUILESS_MAIN(tst_DiffTokenDiff)
#include "tst_difftokendiff.moc"
