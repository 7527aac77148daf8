// SearchService over the review fixture: FTS syntax, plain-words fallback,
// the flag filters, context and snippets of hits.

#include "ReviewFixture.h"
#include <QSet>
#include "archive/FlagRepository.h"
#include "archive/PlatformRepository.h"
#include "services/ReviewService.h"
#include "services/SearchService.h"

#include <QObject>
#include <QTest>

using namespace cw;

class TestSearchService : public QObject
{
    Q_OBJECT

    test::ReviewFixtureArchive m_archive;
    std::unique_ptr<Database> m_db;

    SearchOutcome run(SearchQuery q)
    {
        auto r = SearchService(*m_db).search(q);
        if (!r)
            qWarning("%s", qPrintable(r.error().toString()));
        return r.ok() ? *r : SearchOutcome{};
    }

private Q_SLOTS:
    void initTestCase() { m_db = m_archive.open(); }

    void plainWordsQuery_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("words") << "class action" << "\"class\" \"action\"";
        QTest::newRow("punctuation") << "\"liability (cap" << "\"liability\" \"cap\"";
        QTest::newRow("operators only") << "AND OR *" << "\"AND\" \"OR\"";
        QTest::newRow("nothing") << " * ( ) " << "";
        QTest::newRow("unicode") << "données personnelles" << "\"données\" \"personnelles\"";
    }

    void plainWordsQuery()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(SearchService::plainWordsQuery(input), expected);
    }

    void findsWithContextAndHighlights()
    {
        SearchQuery q;
        q.text = QStringLiteral("arbitration");
        const SearchOutcome out = run(q);
        QVERIFY(out.notice.isEmpty());
        QVERIFY(out.hits.size() >= 6);
        QSet<QString> platforms;
        for (const SearchHit &h : out.hits) {
            platforms.insert(h.platformName);
            // The match is highlighted in the text, or it lies in the headings.
            QVERIFY2((h.snippet.contains(QChar(2)) && h.snippet.contains(QChar(3))) ||
                         h.headingPath.join(QLatin1Char(' ')).contains(q.text, Qt::CaseInsensitive),
                     qPrintable(h.snippet));
            QVERIFY(!h.documentTitle.isEmpty());
            QVERIFY(h.versionNumber >= 1);
            QVERIFY(h.platformId > 0);
        }
        QVERIFY(platforms.size() >= 5);
        // Ranked: bm25 is non-decreasing down the list.
        for (int i = 1; i < out.hits.size(); ++i)
            QVERIFY(out.hits.at(i - 1).rank <= out.hits.at(i).rank);
        // Flagged clauses say so.
        bool flagged = false;
        for (const SearchHit &h : out.hits)
            if (h.flagId && h.typeKey == QLatin1String("arbitration")) {
                flagged = true;
                QCOMPARE(h.severity,
                         std::optional<Severity>(FlagRepository(*m_db).get(h.flagId).value()->severity));
                QVERIFY(h.recordId().startsWith(QStringLiteral("CW-P-")));
            }
        QVERIFY(flagged);
    }

    void malformedFallsBackToWords_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << "\"binding arbitration";
        QTest::newRow("dangling operator") << "arbitration AND";
        QTest::newRow("unbalanced paren") << "(arbitration OR";
    }

    void malformedFallsBackToWords()
    {
        QFETCH(QString, query);
        SearchQuery q;
        q.text = query;
        auto r = SearchService(*m_db).search(q);
        QVERIFY(r.ok());
        QVERIFY(!r->notice.isEmpty());
        QVERIFY(!r->notice.contains(QLatin1String("SELECT")));
        QVERIFY(!r->hits.isEmpty());
    }

    void emptyIsAGentleError()
    {
        SearchQuery q;
        q.text = QStringLiteral(" ( * ");
        auto r = SearchService(*m_db).search(q);
        QVERIFY(!r.ok());
        QVERIFY(r.error().toString().contains(QStringLiteral("at least one word")));
    }

    void filters_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("severity");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("regulation");
        QTest::newRow("severity") << "account" << "medium" << "" << "" << "";
        QTest::newRow("type") << "arbitration" << "" << "arbitration" << "" << "";
        QTest::newRow("category") << "data OR information" << "" << "" << "data" << "";
        QTest::newRow("regulation") << "arbitration OR class" << "" << "" << "" << "faa";
    }

    void filters()
    {
        QFETCH(QString, query);
        QFETCH(QString, severity);
        QFETCH(QString, type);
        QFETCH(QString, category);
        QFETCH(QString, regulation);
        SearchQuery q;
        q.text = query;
        q.limit = 200;
        const int unfiltered = int(run(q).hits.size());
        q.severity = severity.isEmpty() ? std::nullopt : severityFromKey(severity);
        q.typeKey = type;
        q.category = category;
        q.regulationKey = regulation;
        const SearchOutcome out = run(q);
        QVERIFY(!out.hits.isEmpty());
        QVERIFY(out.hits.size() < unfiltered);
        for (const SearchHit &h : out.hits) {
            QVERIFY(h.flagId > 0);
            if (!severity.isEmpty())
                QCOMPARE(severityKey(h.severity.value()), severity);
            if (!type.isEmpty())
                QCOMPARE(h.typeKey, type);
            if (!regulation.isEmpty()) {
                auto linked = m_db->prepare("SELECT 1 FROM clause_type_regulations"
                                            " WHERE type_key = ? AND regulation_key = ?");
                linked->bind(1, h.typeKey).bind(2, regulation);
                QVERIFY2(linked->step().value(), qPrintable(h.typeKey));
            }
        }
    }

    void statusFilterFollowsReview()
    {
        SearchQuery q;
        q.text = QStringLiteral("arbitration");
        q.typeKey = QStringLiteral("arbitration");
        q.status = ReviewStatus::Confirmed;
        QSet<qint64> confirmed; // the fixture's reviewed platform (Bazaro)
        for (const SearchHit &h : run(q).hits)
            confirmed.insert(h.flagId);
        q.status = ReviewStatus::Suggested;
        const qint64 id = run(q).hits.first().flagId;
        QVERIFY(!confirmed.contains(id));
        QVERIFY(ReviewService(*m_db, QStringLiteral("t")).confirm({id}).ok());
        q.status = ReviewStatus::Confirmed;
        const SearchOutcome out = run(q);
        QCOMPARE(out.hits.size(), confirmed.size() + 1);
        QVERIFY(std::any_of(out.hits.begin(), out.hits.end(),
                            [id](const SearchHit &h) { return h.flagId == id; }));
    }

    void platformAndLimit()
    {
        auto streamly = PlatformRepository(*m_db).findByName(QStringLiteral("Streamly")).value().value();
        SearchQuery q;
        q.text = QStringLiteral("you");
        q.limit = 5;
        QCOMPARE(run(q).hits.size(), 5);
        q.limit = 500;
        q.platformId = streamly.id;
        const SearchOutcome out = run(q);
        QVERIFY(out.hits.size() > 5);
        for (const SearchHit &h : out.hits)
            QCOMPARE(h.platformName, QStringLiteral("Streamly"));
    }

    void rankingIsCappedToTheNewestMatches()
    {
        SearchQuery q;
        q.text = QStringLiteral("you");
        q.limit = 5;
        q.candidateCap = 100000;
        const SearchOutcome all = run(q);
        QVERIFY(!all.capped);
        QVERIFY(all.ranked > 40);
        // Below the cap the ranking is exact; with a small cap only the
        // newest matches are ranked, and the outcome says so.
        q.candidateCap = 30;
        const SearchOutcome capped = run(q);
        QVERIFY(capped.capped);
        QCOMPARE(capped.ranked, 30);
        QCOMPARE(capped.hits.size(), 5);
        // Every capped hit is among the 30 newest matches.
        q.limit = 1000;
        q.candidateCap = 100000;
        QList<qint64> ids;
        for (const SearchHit &h : run(q).hits)
            ids << h.clauseId;
        std::sort(ids.begin(), ids.end(), std::greater<>());
        const QList<qint64> newest = ids.mid(0, 30);
        for (const SearchHit &h : capped.hits)
            QVERIFY(newest.contains(h.clauseId));
        // A rare term is not capped: the same hits either way.
        q.text = QStringLiteral("arbitration");
        q.limit = 10;
        const SearchOutcome exact = run(q);
        q.candidateCap = 200;
        const SearchOutcome alsoExact = run(q);
        QVERIFY(!alsoExact.capped);
        QCOMPARE(alsoExact.hits.size(), exact.hits.size());
        for (int i = 0; i < exact.hits.size(); ++i)
            QCOMPARE(alsoExact.hits.at(i).clauseId, exact.hits.at(i).clauseId);
    }

    void olderVersionsOnRequest()
    {
        // "15 days" notice (Streamly 2024) was later shortened or reworded;
        // USD 500 cap appears only in Streamly's first version.
        SearchQuery q;
        q.text = QStringLiteral("\"USD 500\"");
        const int current = int(run(q).hits.size());
        q.currentOnly = false;
        const SearchOutcome all = run(q);
        QVERIFY(all.hits.size() > current);
    }
};

QTEST_GUILESS_MAIN(TestSearchService)
#include "tst_search_service.moc"
