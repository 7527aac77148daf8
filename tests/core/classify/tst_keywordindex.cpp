// The keyword automaton behind the classifier's pre-filters.

#include "classify/KeywordIndex.h"

#include <QObject>
#include <QTest>

using namespace cw;

class TestKeywordIndex : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<bool>>("hits"); // per set: arbitration, notice, money, overlap

        QTest::newRow("none") << "Welcome to our service."
                              << QList<bool>{false, false, false, false};
        QTest::newRow("case folded")
            << "BINDING ARBITRATION APPLIES." << QList<bool>{true, false, false, false};
        QTest::newRow("substring inside a word")
            << "Arbitrators decide." << QList<bool>{true, false, false, false};
        QTest::newRow("two sets") << "Prior notice of any fee change."
                                  << QList<bool>{false, true, true, false};
        QTest::newRow("overlapping keywords")
            << "The hers and shes." << QList<bool>{false, false, false, true};
        QTest::newRow("non-ASCII keyword")
            << "Costs 5 € per month." << QList<bool>{false, false, true, false};
        QTest::newRow("keyword at the very end")
            << "pay the fee" << QList<bool>{false, false, true, true};
    }
    void sets()
    {
        QFETCH(QString, text);
        QFETCH(QList<bool>, hits);
        KeywordIndex index;
        const int arbitration = index.addSet({QStringLiteral("Arbitra")});
        const int notice = index.addSet({QStringLiteral("notice"), QStringLiteral("notify")});
        const int money = index.addSet({QStringLiteral("fee"), QStringLiteral("€")});
        const int overlap =
            index.addSet({QStringLiteral("he"), QStringLiteral("she"), QStringLiteral("hers")});
        QCOMPARE(index.addSet({}), -1);
        QCOMPARE(index.addSet({QStringLiteral("notify"), QStringLiteral("NOTICE")}), notice);
        index.finish();
        QCOMPARE(index.setCount(), 4);

        std::vector<char> found;
        index.scan(text, found);
        QCOMPARE(bool(found[std::size_t(arbitration)]), hits.at(0));
        QCOMPARE(bool(found[std::size_t(notice)]), hits.at(1));
        QCOMPARE(bool(found[std::size_t(money)]), hits.at(2));
        QCOMPARE(bool(found[std::size_t(overlap)]), hits.at(3));
    }
};

QTEST_GUILESS_MAIN(TestKeywordIndex)
#include "tst_keywordindex.moc"
