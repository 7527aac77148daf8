// The built-in taxonomy (resources/taxonomy/*.json) and the loader's checks.

#include "classify/SummaryTemplate.h"
#include "classify/Taxonomy.h"

#include <QObject>
#include <QSet>
#include <QTest>

using namespace cw;

namespace {

// The fixed keys of the project's taxonomy (TAXONOMY-KEYS), by category.
const QList<std::pair<QString, QStringList>> &expectedKeys()
{
    static const QList<std::pair<QString, QStringList>> keys{
        {QStringLiteral("disputes"),
         {QStringLiteral("arbitration"), QStringLiteral("class_action_waiver"),
          QStringLiteral("jury_trial_waiver"), QStringLiteral("jurisdiction"),
          QStringLiteral("choice_of_law"), QStringLiteral("limitation_of_liability"),
          QStringLiteral("warranty_disclaimer"), QStringLiteral("indemnification"),
          QStringLiteral("claim_time_limit")}},
        {QStringLiteral("changes_termination"),
         {QStringLiteral("unilateral_change"), QStringLiteral("change_notice"),
          QStringLiteral("unilateral_termination"), QStringLiteral("contract_by_using")}},
        {QStringLiteral("content_ip"),
         {QStringLiteral("content_license"), QStringLiteral("content_removal"),
          QStringLiteral("copyright_procedure"), QStringLiteral("ai_training_prohibited"),
          QStringLiteral("ai_training_on_user_content"), QStringLiteral("scraping_ban"),
          QStringLiteral("feedback_license")}},
        {QStringLiteral("money"),
         {QStringLiteral("non_refundable_fees"), QStringLiteral("auto_renewal"),
          QStringLiteral("price_change"), QStringLiteral("alternate_payment_charge"),
          QStringLiteral("cancellation_terms")}},
        {QStringLiteral("account"),
         {QStringLiteral("account_sharing"), QStringLiteral("minimum_age")}},
        {QStringLiteral("data"),
         {QStringLiteral("data_sale_sharing"), QStringLiteral("data_retention"),
          QStringLiteral("tracking_cookies"), QStringLiteral("law_enforcement_access"),
          QStringLiteral("merger_transfer"), QStringLiteral("biometric_data"),
          QStringLiteral("international_transfer"), QStringLiteral("data_rights"),
          QStringLiteral("automated_decisions"), QStringLiteral("communications_monitoring"),
          QStringLiteral("location_data")}},
    };
    return keys;
}

QByteArray regulationsJson()
{
    return R"({"version": 1, "regulations": [
        {"key": "gdpr", "short": "GDPR", "name": "General Data Protection Regulation",
         "jurisdiction": "EU", "citation": "Regulation (EU) 2016/679", "url": ""}]})";
}

QByteArray typesJson(const QByteArray &typeFields)
{
    return R"({"version": 1, "categories": [{"key": "data", "name": "Personal data"}],
        "types": [{"key": "t1", "name": "T one", "category": "data", )" +
           typeFields + "}]}";
}

} // namespace

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinHasTheFixedKeys()
    {
        auto t = Taxonomy::loadBuiltin();
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
        QCOMPARE(t->types().size(), 38);
        QCOMPARE(t->categories().size(), 6);
        for (const auto &[category, keys] : expectedKeys()) {
            QVERIFY2(t->category(category), qPrintable(category));
            QStringList inCategory;
            for (const ClauseType &ct : t->typesInCategory(category))
                inCategory.append(ct.key);
            QCOMPARE(inCategory, keys);
        }
    }

    void builtinEntriesAreComplete()
    {
        auto t = Taxonomy::loadBuiltin();
        QVERIFY(t.ok());
        for (const ClauseType &ct : t->types()) {
            QVERIFY2(!ct.name.isEmpty() && !ct.description.isEmpty(), qPrintable(ct.key));
            QVERIFY2(!ct.whyItMatters.isEmpty() && !ct.consumerImpact.isEmpty(),
                     qPrintable(ct.key));
            QVERIFY2(ct.summaryTemplate.contains(QLatin1String("{platform}")), qPrintable(ct.key));
            QVERIFY2(SummaryTemplate::validate(ct.summaryTemplate).ok(), qPrintable(ct.key));
            QVERIFY2(!ct.regulations.isEmpty(), qPrintable(ct.key));
            QCOMPARE(t->regulationsFor(ct.key).size(), ct.regulations.size());
        }
    }

    void builtinSeverities_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<Severity>("severity");
        QTest::newRow("arbitration waives court access") << "arbitration" << Severity::High;
        QTest::newRow("liability limits recovery") << "limitation_of_liability" << Severity::High;
        QTest::newRow("sale of data") << "data_sale_sharing" << Severity::High;
        QTest::newRow("jurisdiction partly protected") << "jurisdiction" << Severity::Medium;
        QTest::newRow("notice of changes is protective") << "change_notice" << Severity::Low;
        QTest::newRow("data rights are protective") << "data_rights" << Severity::Low;
    }
    void builtinSeverities()
    {
        QFETCH(QString, key);
        QFETCH(Severity, severity);
        auto t = Taxonomy::loadBuiltin();
        QVERIFY(t.ok());
        QVERIFY(t->type(key));
        QCOMPARE(t->type(key)->defaultSeverity, severity);
    }

    void builtinRegulations()
    {
        auto t = Taxonomy::loadBuiltin();
        QVERIFY(t.ok());
        QVERIFY(t->regulations().size() >= 18);
        const QStringList required{
            QStringLiteral("cfaa"),      QStringLiteral("dmca"),      QStringLiteral("dsa"),
            QStringLiteral("gdpr"),      QStringLiteral("ccpa_cpra"), QStringLiteral("coppa"),
            QStringLiteral("ftc_act_5"), QStringLiteral("rosca"),     QStringLiteral("faa"),
            QStringLiteral("uctd"),      QStringLiteral("crd"),       QStringLiteral("eu_ai_act"),
            QStringLiteral("p2b"),       QStringLiteral("rome_i"),    QStringLiteral("brussels_ia"),
            QStringLiteral("bipa"),      QStringLiteral("ecpa"),      QStringLiteral("eprivacy"),
            QStringLiteral("uk_gdpr"),   QStringLiteral("uk_cra")};
        for (const QString &key : required) {
            const Regulation *r = t->regulation(key);
            QVERIFY2(r, qPrintable(key));
            QVERIFY2(!r->jurisdiction.isEmpty() && !r->citation.isEmpty(), qPrintable(key));
            QVERIFY2(r->url.startsWith(QLatin1String("https://")), qPrintable(key));
        }
        QCOMPARE(t->regulation(QStringLiteral("gdpr"))->citation,
                 QStringLiteral("Regulation (EU) 2016/679"));
        QCOMPARE(t->regulation(QStringLiteral("bipa"))->jurisdiction,
                 QStringLiteral("US (Illinois)"));
    }

    void lookupOfUnknownKeys()
    {
        auto t = Taxonomy::loadBuiltin();
        QVERIFY(t.ok());
        QVERIFY(!t->type(QStringLiteral("no_such_type")));
        QVERIFY(!t->regulation(QStringLiteral("no_such_law")));
        QVERIFY(t->regulationsFor(QStringLiteral("no_such_type")).isEmpty());
        QVERIFY(t->typesInCategory(QStringLiteral("nothing")).isEmpty());
    }

    void rejectsBadData_data()
    {
        QTest::addColumn<QByteArray>("typeFields");
        QTest::addColumn<QString>("messagePart");
        const QByteArray good = R"("default_severity": "high", "description": "d",
            "summary_template": "{platform} does it.", "regulations": ["gdpr"])";
        QTest::newRow("valid") << good << QString();
        QTest::newRow("unknown regulation")
            << QByteArray(R"("default_severity": "high", "description": "d",
                "summary_template": "{platform} does it.", "regulations": ["nope"])")
            << "unknown regulation";
        QTest::newRow("bad severity")
            << QByteArray(R"("default_severity": "severe", "description": "d",
                "summary_template": "{platform} does it.")")
            << "default_severity";
        QTest::newRow("slot outside optional part")
            << QByteArray(R"("default_severity": "low", "description": "d",
                "summary_template": "{platform} keeps it for {retention_period}.")")
            << "outside an optional";
        QTest::newRow("no summary")
            << QByteArray(R"("default_severity": "low", "description": "d")") << "summary_template";
    }
    void rejectsBadData()
    {
        QFETCH(QByteArray, typeFields);
        QFETCH(QString, messagePart);
        auto t = Taxonomy::fromJson(typesJson(typeFields), regulationsJson());
        if (messagePart.isEmpty()) {
            QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().toString()));
            QCOMPARE(t->types().size(), 1);
            QCOMPARE(t->regulationsFor(QStringLiteral("t1")).first().shortName,
                     QStringLiteral("GDPR"));
        } else {
            QVERIFY(!t.ok());
            QVERIFY2(t.error().toString().contains(messagePart), qPrintable(t.error().toString()));
        }
    }

    void rejectsDuplicateKeysAndBadJson()
    {
        const QByteArray dup = R"({"version": 1, "categories": [{"key": "data", "name": "D"}],
            "types": [{"key": "a", "name": "A", "category": "data", "default_severity": "low",
                       "description": "d", "summary_template": "{platform}."},
                      {"key": "a", "name": "A", "category": "data", "default_severity": "low",
                       "description": "d", "summary_template": "{platform}."}]})";
        auto t = Taxonomy::fromJson(dup, regulationsJson());
        QVERIFY(!t.ok());
        QVERIFY(t.error().message.contains(QLatin1String("duplicate")));

        auto broken = Taxonomy::fromJson("{not json", regulationsJson());
        QVERIFY(!broken.ok());
        auto wrongVersion = Taxonomy::fromJson(R"({"version": 2})", regulationsJson());
        QVERIFY(!wrongVersion.ok());
        auto missing = Taxonomy::loadFromFiles(QStringLiteral("/nonexistent/types.json"),
                                               QStringLiteral("/nonexistent/regs.json"));
        QVERIFY(!missing.ok());
        QVERIFY(missing.error().operation.contains(QLatin1String("/nonexistent")));
    }
};

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
