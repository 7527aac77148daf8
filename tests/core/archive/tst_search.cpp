// Full-text search over stored clauses, including malformed query syntax.

#include "TestSupport.h"
#include "archive/SearchRepository.h"
#include "services/CaptureImporter.h"

#include <QObject>
#include <QTest>

using namespace cw;

class TestSearch : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        CaptureImporter importer(*m_db);
        QVERIFY(importer.import(test::sampleCapture(QStringLiteral("Alpha"), test::samplePolicy(),
                                                    QStringLiteral("2024-01-01T00:00:00Z")))
                    .ok());
        QVERIFY(importer.import(test::sampleCapture(QStringLiteral("Beta"),
                                                    test::samplePolicy(QStringLiteral("15 days")),
                                                    QStringLiteral("2024-01-02T00:00:00Z")))
                    .ok());
    }

    void finds_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<int>("hits");
        QTest::newRow("word") << QStringLiteral("arbitration") << 2;
        QTest::newRow("phrase") << QStringLiteral("\"15 days\"") << 1;
        QTest::newRow("prefix") << QStringLiteral("arbitr*") << 2;
        QTest::newRow("boolean") << QStringLiteral("jury AND class") << 2;
        QTest::newRow("no match") << QStringLiteral("cryptocurrency") << 0;
        QTest::newRow("diacritics folded") << QStringLiteral("arbitrátion") << 2;
    }

    void finds()
    {
        QFETCH(QString, query);
        QFETCH(int, hits);
        SearchQuery q;
        q.text = query;
        auto r = SearchRepository(*m_db).search(q);
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().toString()));
        QCOMPARE(r->size(), hits);
        for (const SearchHit &h : *r) {
            QVERIFY(h.snippet.contains(QChar(2)));
            QVERIFY(!h.platformName.isEmpty());
        }
    }

    void filtersByPlatform()
    {
        SearchQuery q;
        q.text = QStringLiteral("arbitration");
        auto r = SearchRepository(*m_db).search(q);
        q.platformId = r->first().documentId == r->last().documentId ? 0 : r->first().documentId;
        auto plat = m_db->prepare("SELECT id FROM platforms WHERE name = 'Beta'");
        QVERIFY(plat->step().value());
        q.platformId = plat->int64(0);
        auto only = SearchRepository(*m_db).search(q);
        QCOMPARE(only->size(), 1);
        QCOMPARE(only->first().platformName, QStringLiteral("Beta"));
    }

    void malformedQueriesAreGentleErrors_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("unbalanced quote") << QStringLiteral("\"arbitration");
        QTest::newRow("dangling operator") << QStringLiteral("arbitration AND");
        QTest::newRow("unbalanced paren") << QStringLiteral("(jury OR");
        QTest::newRow("bare star") << QStringLiteral("*");
        QTest::newRow("empty") << QStringLiteral("   ");
    }

    void malformedQueriesAreGentleErrors()
    {
        QFETCH(QString, query);
        SearchQuery q;
        q.text = query;
        auto r = SearchRepository(*m_db).search(q);
        QVERIFY(!r.ok());
        const QString msg = r.error().toString();
        QVERIFY(!msg.contains(QLatin1String("SELECT")));
        QVERIFY(!msg.contains(QLatin1Char('\n')));
        QVERIFY(!msg.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
