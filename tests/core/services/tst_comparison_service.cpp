// ComparisonService on an archive with a known history (CompareFixture): the
// matrix now and on past dates, the changes between two dates, the clause-type
// page and its timeline, and a point-in-time check on the demo archive.

#include "CompareFixture.h"
#include "TestSupport.h"
#include "archive/FlagRepository.h"
#include "compare/CompareExport.h"
#include "compare/MatrixBuilder.h"
#include "services/ComparisonService.h"
#include "services/DemoArchive.h"

#include <QJsonArray>
#include <QObject>
#include <QTest>

using namespace cw;

namespace {

QString cell(const ComparisonMatrix &m, const QString &type, qint64 platform)
{
    const int r = m.rowOf(type);
    const int c = m.columnOf(platform);
    if (r < 0 || c < 0)
        return QStringLiteral("<absent>");
    return CompareExport::cellText(m.cell(r, c));
}

std::optional<QDate> date(const char *iso)
{
    if (!*iso)
        return std::nullopt;
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

} // namespace

class TestComparisonService : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    test::CompareHistory h;

    QString nameOf(qint64 id) const
    {
        return id == h.alpha   ? QStringLiteral("Alpha")
               : id == h.beta  ? QStringLiteral("Beta")
               : id == h.gamma ? QStringLiteral("Gamma")
                               : QStringLiteral("Delta");
    }

    qint64 platformOf(const QString &name) const
    {
        if (name == QLatin1String("Alpha"))
            return h.alpha;
        if (name == QLatin1String("Beta"))
            return h.beta;
        if (name == QLatin1String("Gamma"))
            return h.gamma;
        return h.delta;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        h = test::buildCompareHistory(*m_db);
    }

    void rowsAndColumns()
    {
        auto m = ComparisonService(*m_db).matrix();
        QVERIFY2(m.ok(), qPrintable(m.ok() ? QString() : m.error().toString()));
        QStringList rows;
        for (const MatrixType &t : m->rows)
            rows << t.key + QLatin1Char('/') + t.categoryName;
        QCOMPARE(rows, (QStringList{"arbitration/Disputes and liability",
                                    "class_action_waiver/Disputes and liability",
                                    "limitation_of_liability/Disputes and liability",
                                    "ai_training_prohibited/Content and intellectual property",
                                    "data_sale/Personal data"}));
        QCOMPARE(m->rows.at(0).regulations, QStringList{QStringLiteral("faa")});
        QCOMPARE(m->columns.size(), 4);
        QCOMPARE(m->columns.at(0).platform.name, QStringLiteral("Alpha"));
        QCOMPARE(m->columns.at(0).platform.group, QStringLiteral("Streaming"));
    }

    void cells_data()
    {
        QTest::addColumn<QString>("at");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("expected");
        // Now (after 2024-03-01).
        QTest::newRow("now: dropped clause") << ""
                                             << "arbitration"
                                             << "Alpha"
                                             << "not found";
        QTest::newRow("now: reviewed") << ""
                                       << "limitation_of_liability"
                                       << "Alpha"
                                       << "Medium (1)";
        QTest::newRow("now: added later") << ""
                                          << "ai_training_prohibited"
                                          << "Alpha"
                                          << "Low (1, unreviewed)";
        QTest::newRow("now: confirmed") << ""
                                        << "arbitration"
                                        << "Beta"
                                        << "High (1)";
        QTest::newRow("now: rejected flags never count") << ""
                                                         << "class_action_waiver"
                                                         << "Beta"
                                                         << "not found";
        QTest::newRow("now: data type, privacy only platform") << ""
                                                               << "data_sale"
                                                               << "Gamma"
                                                               << "High (1, unreviewed)";
        QTest::newRow("now: terms type, privacy only platform") << ""
                                                                << "arbitration"
                                                                << "Gamma"
                                                                << "not archived";
        QTest::newRow("now: data type, no privacy policy") << ""
                                                           << "data_sale"
                                                           << "Beta"
                                                           << "not archived";
        QTest::newRow("now: data type, privacy policy without it") << ""
                                                                   << "data_sale"
                                                                   << "Alpha"
                                                                   << "not found";
        QTest::newRow("now: no documents") << ""
                                           << "arbitration"
                                           << "Delta"
                                           << "not archived";
        // 2023-02-01: only Alpha v1 exists.
        QTest::newRow("early: arbitration present") << "2023-02-01"
                                                    << "arbitration"
                                                    << "Alpha"
                                                    << "High (1, unreviewed)";
        QTest::newRow("early: not yet added") << "2023-02-01"
                                              << "ai_training_prohibited"
                                              << "Alpha"
                                              << "not found";
        QTest::newRow("early: Beta not archived yet") << "2023-02-01"
                                                      << "arbitration"
                                                      << "Beta"
                                                      << "not archived";
        // The day a version was first seen counts (end of day, UTC).
        QTest::newRow("first-seen day includes the version") << "2023-06-15"
                                                             << "ai_training_prohibited"
                                                             << "Alpha"
                                                             << "Low (1, unreviewed)";
        QTest::newRow("day before excludes it") << "2023-06-14"
                                                << "ai_training_prohibited"
                                                << "Alpha"
                                                << "not found";
        QTest::newRow("before any capture") << "2022-12-31"
                                            << "limitation_of_liability"
                                            << "Alpha"
                                            << "not archived";
        QTest::newRow("last day before the drop") << "2024-02-29"
                                                  << "arbitration"
                                                  << "Alpha"
                                                  << "High (1, unreviewed)";
        QTest::newRow("drop day") << "2024-03-01"
                                  << "arbitration"
                                  << "Alpha"
                                  << "not found";
    }
    void cells()
    {
        QFETCH(QString, at);
        QFETCH(QString, type);
        QFETCH(QString, platform);
        QFETCH(QString, expected);
        auto m = ComparisonService(*m_db).matrix({}, date(at.toLatin1().constData()));
        QVERIFY(m.ok());
        QCOMPARE(m->at, at);
        QCOMPARE(cell(*m, type, platformOf(platform)), expected);
    }

    void nowAgreesWithTheFlagList()
    {
        // The point-in-time query and the "flags of current versions" list
        // must agree on today's archive.
        auto m = ComparisonService(*m_db).matrix();
        QVERIFY(m.ok());
        FlagQuery q;
        auto flags = FlagRepository(*m_db).query(q);
        QVERIFY(flags.ok());
        int fromFlags = 0;
        for (const FlagRow &r : *flags)
            fromFlags += r.flag.status == ReviewStatus::Rejected ? 0 : 1;
        int fromMatrix = 0;
        for (const MatrixCell &c : m->cells)
            fromMatrix += c.count;
        QCOMPARE(fromMatrix, fromFlags);
        QCOMPARE(fromMatrix, 5);
    }

    void filtersAndRisk()
    {
        MatrixFilter f;
        f.platformGroup = QStringLiteral("Streaming");
        f.sortByRisk = true;
        f.review = ReviewFilter::Unreviewed;
        auto m = ComparisonService(*m_db).matrix(f);
        QVERIFY(m.ok());
        QCOMPARE(m->columns.size(), 2);
        QCOMPARE(m->columns.at(0).platform.name, QStringLiteral("Gamma")); // one High cell
        QCOMPARE(cell(*m, QStringLiteral("limitation_of_liability"), h.alpha),
                 QStringLiteral("not found")); // its only flag is reviewed
        f = {};
        f.regulation = QStringLiteral("ccpa");
        m = ComparisonService(*m_db).matrix(f);
        QCOMPARE(m->rows.size(), 1);
        QCOMPARE(m->rows.first().key, QStringLiteral("data_sale"));
    }

    void changesBetweenDates()
    {
        auto c = ComparisonService(*m_db).changesBetween(QDate(2023, 2, 1), QDate(2024, 6, 1));
        QVERIFY(c.ok());
        QStringList got;
        for (const CellChange &ch : c->changes)
            got << QStringLiteral("%1/%2/%3")
                       .arg(ch.typeKey, nameOf(ch.platformId), cellChangeKey(ch.kind));
        got.sort();
        QCOMPARE(got,
                 (QStringList{"ai_training_prohibited/Alpha/appeared",
                              "arbitration/Alpha/disappeared", "arbitration/Beta/appeared",
                              "data_sale/Gamma/appeared", "limitation_of_liability/Alpha/changed",
                              "limitation_of_liability/Beta/appeared"}));
        // Reversed dates are put in order.
        auto r = ComparisonService(*m_db).changesBetween(QDate(2024, 6, 1), QDate(2023, 2, 1));
        QCOMPARE(r->changes.size(), c->changes.size());
        QCOMPARE(r->before.at, QStringLiteral("2023-02-01"));
        // Nothing happened in between these two dates.
        auto quiet = ComparisonService(*m_db).changesBetween(QDate(2024, 3, 2), QDate(2025, 1, 1));
        QVERIFY(quiet->changes.isEmpty());
    }

    void clauseTypePage()
    {
        auto now =
            ComparisonService(*m_db).clauseTypePage(QStringLiteral("limitation_of_liability"));
        QVERIFY(now.ok());
        QCOMPARE(now->type.type.name, QStringLiteral("Limitation of liability"));
        QCOMPARE(now->type.whyItMatters,
                 QStringLiteral("Limitation of liability: why it matters."));
        QCOMPARE(now->platforms.size(), 4);
        // Present first (High before Medium), then not found, then not archived.
        QCOMPARE(now->platforms.at(0).platform.name, QStringLiteral("Beta"));
        QCOMPARE(now->platforms.at(1).platform.name, QStringLiteral("Alpha"));
        QCOMPARE(now->platforms.at(2).state, CellState::NotArchived);
        const TypeClause &alphaNow = now->platforms.at(1).clauses.first();
        QVERIFY(alphaNow.text.contains(QStringLiteral("USD 100")));
        QCOMPARE(alphaNow.versionId, h.alphaTermsV3);
        QCOMPARE(alphaNow.recordId, recordId(RecordKind::Provision, h.liabilityAlpha));
        QVERIFY(alphaNow.reviewed());
        QCOMPARE(alphaNow.headingPath.last(), QStringLiteral("2. Liability"));

        // As it stood before the cap was cut: the original wording of then.
        auto then = ComparisonService(*m_db).clauseTypePage(
            QStringLiteral("limitation_of_liability"), QDate(2023, 3, 1));
        QVERIFY(then.ok());
        const TypePlatformEntry *alpha = nullptr;
        for (const TypePlatformEntry &e : then->platforms)
            if (e.platform.id == h.alpha)
                alpha = &e;
        QVERIFY(alpha);
        QVERIFY(alpha->clauses.first().text.contains(QStringLiteral("USD 500")));
        QCOMPARE(alpha->clauses.first().versionId, h.alphaTermsV1);

        // The adoption timeline is the whole history.
        QStringList events;
        for (const AdoptionEvent &e : now->timeline)
            events << QStringLiteral("%1 %2 %3 v%4")
                          .arg(e.date.left(10), e.platform, adoptionEventKey(e.kind))
                          .arg(e.versionNumber);
        QCOMPARE(events,
                 (QStringList{"2023-01-10 Alpha first_capture v1",
                              "2023-03-01 Beta first_capture v1", "2023-06-15 Alpha changed v2"}));
        auto arb = ComparisonService(*m_db).adoptionTimeline(QStringLiteral("arbitration"));
        QCOMPARE(arb->size(), 3);
        QCOMPARE(arb->last().kind, AdoptionEventKind::Dropped);
        QCOMPARE(arb->last().date, QStringLiteral("2024-03-01T09:00:00Z"));
        auto ai =
            ComparisonService(*m_db).adoptionTimeline(QStringLiteral("ai_training_prohibited"));
        QCOMPARE(ai->size(), 1);
        QCOMPARE(ai->first().kind, AdoptionEventKind::Introduced);
    }

    void commandLineSummaryAndCellClauses()
    {
        auto page = ComparisonService(*m_db).clauseTypePage(QStringLiteral("arbitration"),
                                                            QDate(2023, 12, 31));
        const QJsonArray a = CompareExport::typeSummaryJson(*page);
        QCOMPARE(a.size(), 2);
        QStringList platforms;
        for (const auto &v : a)
            platforms << v.toObject().value(QLatin1String("platform")).toString();
        platforms.sort();
        QCOMPARE(platforms, (QStringList{"Alpha", "Beta"}));
        QJsonObject beta;
        for (const auto &v : a)
            if (v.toObject().value(QLatin1String("platform")).toString() == QLatin1String("Beta"))
                beta = v.toObject();
        QCOMPARE(beta.value(QLatin1String("severity")).toString(), QStringLiteral("high"));
        QCOMPARE(beta.value(QLatin1String("reviewed")).toBool(), true);
        QCOMPARE(beta.value(QLatin1String("count")).toInt(), 1);
        QCOMPARE(beta.value(QLatin1String("record_ids")).toArray().at(0).toString(),
                 recordId(RecordKind::Provision, h.arbitrationBeta));

        auto clauses = ComparisonService(*m_db).cellClauses(h.alpha, QStringLiteral("arbitration"),
                                                            QDate(2023, 12, 31));
        QCOMPARE(clauses->size(), 1);
        QCOMPARE(clauses->first().versionId, h.alphaTermsV2);
        QVERIFY(ComparisonService(*m_db)
                    .cellClauses(h.alpha, QStringLiteral("arbitration"))
                    ->isEmpty());
    }

    void demoPointInTime()
    {
        // The demo's real history: Bazaro added its AI-training ban in the
        // version first seen on 2023-01-12, flagged by the rule classifier as
        // the demo was built.
        test::TempArchive archive;
        auto db = archive.open();
        QVERIFY(DemoArchive::build(*db).ok());
        ComparisonService service(*db);
        auto platform = [&](const ComparisonMatrix &m) {
            for (const MatrixColumn &c : m.columns)
                if (c.platform.name == QLatin1String("Bazaro"))
                    return c.platform.id;
            return qint64(0);
        };
        auto before = service.matrix({}, QDate(2023, 1, 11));
        auto after = service.matrix({}, QDate(2023, 1, 12));
        QCOMPARE(cell(*before, QStringLiteral("ai_training_prohibited"), platform(*before)),
                 QStringLiteral("not found"));
        QCOMPARE(cell(*after, QStringLiteral("ai_training_prohibited"), platform(*after)),
                 QStringLiteral("Low (1, unreviewed)"));
        auto timeline = service.adoptionTimeline(QStringLiteral("ai_training_prohibited"));
        // Other platforms had the clause from their first capture; Bazaro introduced it.
        const auto bazaro = std::find_if(timeline->begin(), timeline->end(), [](const AdoptionEvent &e) {
            return e.platform == QLatin1String("Bazaro");
        });
        QVERIFY(bazaro != timeline->end());
        QCOMPARE(bazaro->kind, AdoptionEventKind::Introduced);
        QCOMPARE(bazaro->date, QStringLiteral("2023-01-12T16:45:00Z"));
    }
};

QTEST_GUILESS_MAIN(TestComparisonService)
#include "tst_comparison_service.moc"
