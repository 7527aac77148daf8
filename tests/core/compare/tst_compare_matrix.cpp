// MatrixBuilder, MatrixChanges, DocumentFamilies and CompareExport: pure
// functions over hand-written facts.

#include "compare/CompareExport.h"
#include "compare/DocumentFamily.h"
#include "compare/MatrixBuilder.h"
#include "compare/MatrixChanges.h"

#include <QJsonArray>
#include <QObject>
#include <QTest>

using namespace cw;

namespace {

const unsigned kTerms = DocumentFamilies::bit(DocumentFamily::Terms);
const unsigned kPrivacy = DocumentFamilies::bit(DocumentFamily::Privacy);

MatrixFacts sampleFacts()
{
    MatrixFacts f;
    f.types = {
        {QStringLiteral("arbitration"),
         QStringLiteral("Mandatory arbitration"),
         QStringLiteral("disputes"),
         QStringLiteral("Disputes"),
         Severity::High,
         {QStringLiteral("faa")}},
        {QStringLiteral("liability"),
         QStringLiteral("Limitation of liability"),
         QStringLiteral("disputes"),
         QStringLiteral("Disputes"),
         Severity::High,
         {QStringLiteral("uctd")}},
        {QStringLiteral("data_sale"),
         QStringLiteral("Sale of data"),
         QStringLiteral("data"),
         QStringLiteral("Personal data"),
         Severity::High,
         {QStringLiteral("ccpa")}},
    };
    // Ids out of name order on purpose.
    f.platforms = {
        {3, QStringLiteral("zeta"), QStringLiteral("Payments"), kTerms | kPrivacy},
        {1, QStringLiteral("Alpha"), QStringLiteral("Streaming"), kTerms},
        {2, QStringLiteral("beta"), QStringLiteral("Streaming"), kPrivacy},
        {4, QStringLiteral("Omega"), QStringLiteral("Payments"), 0},
    };
    f.facts = {
        {1, QStringLiteral("arbitration"), Severity::High, true, 1},
        {1, QStringLiteral("liability"), Severity::Medium, false, 2},
        {1, QStringLiteral("liability"), Severity::Low, true, 1},
        {3, QStringLiteral("arbitration"), Severity::Medium, false, 1},
        {3, QStringLiteral("data_sale"), Severity::High, false, 1},
        {3, QStringLiteral("liability"), Severity::High, true, 1},
        {2, QStringLiteral("data_sale"), Severity::Low, true, 3},
        {9, QStringLiteral("arbitration"), Severity::High, true, 1},  // unknown platform
        {1, QStringLiteral("unknown_type"), Severity::High, true, 1}, // unknown type
    };
    return f;
}

QString cellOf(const ComparisonMatrix &m, const QString &type, const QString &platform)
{
    const int r = m.rowOf(type);
    int c = -1;
    for (int i = 0; i < m.columns.size(); ++i)
        if (m.columns.at(i).platform.name == platform)
            c = i;
    if (r < 0 || c < 0)
        return QStringLiteral("<absent>");
    return CompareExport::cellText(m.cell(r, c));
}

QStringList columnNames(const ComparisonMatrix &m)
{
    QStringList out;
    for (const MatrixColumn &c : m.columns)
        out << c.platform.name;
    return out;
}

QStringList rowKeys(const ComparisonMatrix &m)
{
    QStringList out;
    for (const MatrixType &t : m.rows)
        out << t.key;
    return out;
}

} // namespace

class TestCompareMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<int>("review");
        QTest::addColumn<QString>("expected");
        const int any = int(ReviewFilter::Any), rev = int(ReviewFilter::Reviewed),
                  unrev = int(ReviewFilter::Unreviewed);
        QTest::newRow("reviewed single") << "arbitration"
                                         << "Alpha" << any << "High (1)";
        QTest::newRow("highest severity, counts summed, partly unreviewed")
            << "liability"
            << "Alpha" << any << "Medium (3, unreviewed)";
        QTest::newRow("data type, only terms archived") << "data_sale"
                                                        << "Alpha" << any << "not archived";
        QTest::newRow("data type, privacy archived") << "data_sale"
                                                     << "zeta" << any << "High (1, unreviewed)";
        QTest::newRow("only privacy archived: terms type unknown")
            << "arbitration"
            << "beta" << any << "not archived";
        QTest::newRow("only privacy archived: data type known") << "data_sale"
                                                                << "beta" << any << "Low (3)";
        QTest::newRow("nothing archived") << "liability"
                                          << "Omega" << any << "not archived";
        QTest::newRow("reviewed filter keeps reviewed flags only") << "liability"
                                                                   << "Alpha" << rev << "Low (1)";
        QTest::newRow("unreviewed filter keeps unreviewed flags only")
            << "liability"
            << "Alpha" << unrev << "Medium (2, unreviewed)";
        QTest::newRow("reviewed filter empties an unreviewed cell") << "arbitration"
                                                                    << "zeta" << rev << "not found";
    }
    void cells()
    {
        QFETCH(QString, type);
        QFETCH(QString, platform);
        QFETCH(int, review);
        QFETCH(QString, expected);
        MatrixFilter filter;
        filter.review = ReviewFilter(review);
        const ComparisonMatrix m = MatrixBuilder::build(sampleFacts(), filter);
        QCOMPARE(cellOf(m, type, platform), expected);
    }

    void cellCountsAndReview()
    {
        const ComparisonMatrix m = MatrixBuilder::build(sampleFacts());
        const MatrixCell &c = m.cell(m.rowOf(QStringLiteral("liability")), m.columnOf(1));
        QCOMPARE(c.state, CellState::Present);
        QCOMPARE(c.count, 3);
        QCOMPARE(c.unreviewed, 2);
        QVERIFY(!c.reviewed());
        QVERIFY(m.cell(m.rowOf(QStringLiteral("arbitration")), m.columnOf(1)).reviewed());
        QVERIFY(!m.cell(m.rowOf(QStringLiteral("data_sale")), m.columnOf(1)).reviewed());
        QCOMPARE(m.cells.size(), m.rows.size() * m.columns.size());
    }

    void filters_data()
    {
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("regulation");
        QTest::addColumn<QString>("group");
        QTest::addColumn<bool>("byRisk");
        QTest::addColumn<QStringList>("rows");
        QTest::addColumn<QStringList>("columns");
        const QStringList allRows{"arbitration", "liability", "data_sale"};
        QTest::newRow("no filter: rows in type order, columns by name")
            << ""
            << ""
            << "" << false << allRows << QStringList{"Alpha", "beta", "Omega", "zeta"};
        QTest::newRow("category") << "data"
                                  << ""
                                  << "" << false << QStringList{"data_sale"}
                                  << QStringList{"Alpha", "beta", "Omega", "zeta"};
        QTest::newRow("regulation") << ""
                                    << "faa"
                                    << "" << false << QStringList{"arbitration"}
                                    << QStringList{"Alpha", "beta", "Omega", "zeta"};
        QTest::newRow("platform group, any case")
            << ""
            << ""
            << "streaming" << false << allRows << QStringList{"Alpha", "beta"};
        // zeta: 2 High cells; Alpha: 1 High, 1 Medium; beta: 1 Low; Omega: none.
        QTest::newRow("by risk") << ""
                                 << ""
                                 << "" << true << allRows
                                 << QStringList{"zeta", "Alpha", "beta", "Omega"};
        QTest::newRow("by risk inside a category")
            << "disputes"
            << ""
            << "" << true << QStringList{"arbitration", "liability"}
            << QStringList{"Alpha", "zeta", "beta", "Omega"};
    }
    void filters()
    {
        QFETCH(QString, category);
        QFETCH(QString, regulation);
        QFETCH(QString, group);
        QFETCH(bool, byRisk);
        QFETCH(QStringList, rows);
        QFETCH(QStringList, columns);
        MatrixFilter f;
        f.category = category;
        f.regulation = regulation;
        f.platformGroup = group;
        f.sortByRisk = byRisk;
        const ComparisonMatrix m = MatrixBuilder::build(sampleFacts(), f);
        QCOMPARE(rowKeys(m), rows);
        QCOMPARE(columnNames(m), columns);
        // Cells follow their column when columns are reordered.
        QCOMPARE(cellOf(m, QStringLiteral("data_sale"), QStringLiteral("beta")),
                 (category == QLatin1String("disputes") || regulation == QLatin1String("faa"))
                     ? QStringLiteral("<absent>")
                     : QStringLiteral("Low (3)"));
    }

    void riskCounts()
    {
        const ComparisonMatrix m = MatrixBuilder::build(sampleFacts());
        const MatrixColumn &zeta = m.columns.at(m.columnOf(3));
        QCOMPARE(zeta.highCells, 2);
        QCOMPARE(zeta.mediumCells, 1);
        QCOMPARE(zeta.lowCells, 0);
    }

    void documentFamilies_data()
    {
        QTest::addColumn<QString>("termsType");
        QTest::addColumn<int>("family");
        const int t = int(DocumentFamily::Terms), p = int(DocumentFamily::Privacy);
        QTest::newRow("terms of service") << "Terms of Service" << t;
        QTest::newRow("privacy policy") << "Privacy Policy" << p;
        QTest::newRow("alias, any case") << "privacy notice" << p;
        QTest::newRow("trackers") << "Trackers Policy" << p;
        QTest::newRow("OTA document id suffix") << "Privacy Policy (ads)" << p;
        QTest::newRow("community rules") << "Community Guidelines" << t;
        QTest::newRow("outside the vocabulary, privacy word") << "Cookie Notice for Kids" << p;
        QTest::newRow("outside the vocabulary") << "House Rules" << t;
    }
    void documentFamilies()
    {
        QFETCH(QString, termsType);
        QFETCH(int, family);
        QCOMPARE(int(DocumentFamilies::ofTermsType(termsType)), family);
    }

    void changes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<qint64>("platform");
        QTest::addColumn<QString>("expected");
        QTest::newRow("appeared") << "data_sale" << qint64(1) << "appeared";
        QTest::newRow("disappeared") << "arbitration" << qint64(3) << "disappeared";
        QTest::newRow("raised") << "liability" << qint64(1) << "severity_raised";
        QTest::newRow("lowered") << "data_sale" << qint64(2) << "severity_lowered";
        QTest::newRow("touched, same severity") << "arbitration" << qint64(1) << "changed";
        QTest::newRow("count changed, same severity") << "liability" << qint64(3) << "changed";
        QTest::newRow("absent at both") << "arbitration" << qint64(4) << "";
        QTest::newRow("present at both, untouched") << "data_sale" << qint64(3) << "";
    }
    void changes()
    {
        QFETCH(QString, type);
        QFETCH(qint64, platform);
        QFETCH(QString, expected);
        MatrixFacts a = sampleFacts();
        a.facts = {
            {1, QStringLiteral("arbitration"), Severity::High, true, 1},
            {1, QStringLiteral("liability"), Severity::Medium, false, 1},
            {2, QStringLiteral("data_sale"), Severity::High, false, 1},
            {3, QStringLiteral("arbitration"), Severity::Medium, false, 1},
            {3, QStringLiteral("liability"), Severity::High, true, 1},
            {3, QStringLiteral("data_sale"), Severity::Low, true, 1},
        };
        MatrixFacts b = a;
        b.facts = {
            {1, QStringLiteral("arbitration"), Severity::High, true, 1},
            {1, QStringLiteral("liability"), Severity::High, false, 1},
            {1, QStringLiteral("data_sale"), Severity::Medium, false, 1},
            {2, QStringLiteral("data_sale"), Severity::Low, true, 1},
            {3, QStringLiteral("liability"), Severity::High, true, 2},
            {3, QStringLiteral("data_sale"), Severity::Low, true, 1},
        };
        const QList<CellChange> changes = MatrixChanges::between(
            MatrixBuilder::build(a),
            MatrixBuilder::build(b, {QString(), QString(), QString(), ReviewFilter::Any, true}),
            {{1, QStringLiteral("arbitration")}});
        QString found;
        for (const CellChange &c : changes)
            if (c.typeKey == type && c.platformId == platform)
                found = cellChangeKey(c.kind);
        QCOMPARE(found, expected);
    }

    void changesOfDroppedColumnsAndRows()
    {
        const MatrixFacts f = sampleFacts();
        MatrixFilter streaming;
        streaming.platformGroup = QStringLiteral("Streaming");
        streaming.category = QStringLiteral("disputes");
        // zeta (Payments) and the data row are filtered out of `after`:
        // their present cells disappeared, the others did not change.
        const QList<CellChange> changes =
            MatrixChanges::between(MatrixBuilder::build(f), MatrixBuilder::build(f, streaming));
        QStringList keys;
        for (const CellChange &c : changes) {
            QCOMPARE(c.kind, CellChangeKind::Disappeared);
            keys << QStringLiteral("%1/%2").arg(c.typeKey).arg(c.platformId);
        }
        keys.sort();
        QCOMPARE(keys, (QStringList{"arbitration/3", "data_sale/2", "data_sale/3", "liability/3"}));
    }

    void csvQuotingAndContext()
    {
        MatrixFacts f = sampleFacts();
        f.platforms[1].name = QStringLiteral("Alpha, \"the\" one");
        f.at = QStringLiteral("2024-01-01");
        const ComparisonMatrix m = MatrixBuilder::build(f);
        const QByteArray csv = CompareExport::matrixCsv(m);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const QList<QByteArray> lines = csv.mid(3).split('\n');
        QCOMPARE(lines.at(0), QByteArray("Category,Clause type key,Clause type,"
                                         "\"Alpha, \"\"the\"\" one\",beta,Omega,zeta\r"));
        QCOMPARE(lines.at(2), QByteArray("Disputes,liability,Limitation of liability,"
                                         "\"Medium (3, unreviewed)\",not archived,not archived,"
                                         "High (1)\r"));
        const QJsonObject json =
            CompareExport::matrixJson(m, QStringLiteral("2024-05-01T00:00:00Z"));
        QCOMPARE(json.value(QLatin1String("at")).toString(), QStringLiteral("2024-01-01"));
        QCOMPARE(json.value(QLatin1String("kind")).toString(),
                 QStringLiteral("clausewatch.matrix"));
        QCOMPARE(json.value(QLatin1String("cells")).toArray().size(), 3 * 4);
        const QJsonObject first = json.value(QLatin1String("cells")).toArray().at(0).toObject();
        QCOMPARE(first.value(QLatin1String("type")).toString(), QStringLiteral("arbitration"));
        QCOMPARE(first.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(first.value(QLatin1String("reviewed")).toBool(), true);
        QCOMPARE(CompareExport::suggestedFileName(QStringLiteral("Mandatory arbitration"), {},
                                                  QStringLiteral("csv")),
                 QStringLiteral("clausewatch-mandatory-arbitration-now.csv"));
    }
};

QTEST_GUILESS_MAIN(TestCompareMatrix)
#include "tst_compare_matrix.moc"
