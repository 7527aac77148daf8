// The rule classifier on clauses we wrote (fictional platform "Lumora"): every
// clause type is found, denials are not flagged, evidence spans are exact,
// severity moves with stated reasons, summaries carry the specifics. The
// engine's own mechanics are tested on small rule files written here.

#include "classify/RuleClassifier.h"

#include <QObject>
#include <QTest>
#include <thread>

using namespace cw;

namespace {

const ClassifyContext kLumora{QStringLiteral("Lumora")};

const Suggestion *find(const QList<Suggestion> &list, const QString &key)
{
    for (const Suggestion &s : list) {
        if (s.typeKey == key)
            return &s;
    }
    return nullptr;
}

QString keys(const QList<Suggestion> &list)
{
    QStringList out;
    for (const Suggestion &s : list)
        out.append(s.typeKey);
    return out.join(QLatin1String(", "));
}

QStringList evidenceTexts(const QString &clause, const Suggestion &s)
{
    QStringList out;
    for (const auto &[b, e] : s.evidence)
        out.append(clause.mid(b, e - b));
    return out;
}

} // namespace

class TestRuleClassifier : public QObject
{
    Q_OBJECT

    std::optional<RuleClassifier> m_classifier;

    const RuleClassifier &classifier() const { return *m_classifier; }

    RuleClassifier engine(const QByteArray &json)
    {
        auto rules = RuleSet::fromJson(json, classifier().taxonomy());
        if (!rules.ok())
            qFatal("%s", qPrintable(rules.error().toString()));
        return RuleClassifier(classifier().taxonomy(), *rules);
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto c = RuleClassifier::loadBuiltin();
        QVERIFY2(c.ok(), qPrintable(c.ok() ? QString() : c.error().toString()));
        m_classifier.emplace(std::move(*c));
    }

    // ------------------------------------------------------------ every type
    void findsEveryType_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("clause");
        auto row = [](const char *type, const char *clause) {
            QTest::newRow(type) << QString::fromLatin1(type) << QString::fromUtf8(clause);
        };
        row("arbitration", "Any dispute between you and Lumora shall be resolved exclusively "
                           "through binding arbitration administered by JAMS.");
        row("class_action_waiver", "You may bring claims only on an individual basis and you waive "
                                   "any right to participate in a class action.");
        row("jury_trial_waiver", "You and Lumora each waive the right to a trial by jury.");
        row("jurisdiction", "Each party submits to the exclusive jurisdiction of the courts "
                            "sitting in Dublin, Ireland.");
        row("choice_of_law", "The laws of the State of New York govern these terms, whatever the "
                             "conflict-of-laws rules say.");
        row("limitation_of_liability",
            "In no event shall Lumora be liable for any indirect or consequential damages, and our "
            "total liability shall not exceed one hundred dollars ($100).");
        row("warranty_disclaimer",
            "Lumora offers the app \"as is\" and \"as available\" and gives no warranty about it.");
        row("indemnification", "You agree to indemnify and hold harmless Lumora from any claim "
                               "arising out of your use of the service.");
        row("claim_time_limit", "A claim against Lumora has to be brought within one (1) year of "
                                "the events behind it; later claims are permanently barred.");
        row("unilateral_change", "We may modify these terms at any time at our sole discretion.");
        row("change_notice", "We will notify you by email at least thirty (30) days before any "
                             "change to these terms takes effect.");
        row("unilateral_termination", "We may suspend or close your Lumora account whenever we "
                                      "choose, for any reason or none.");
        row("contract_by_using",
            "By accessing or using the service, you agree to be bound by these terms.");
        row("content_license",
            "You grant us a worldwide, non-exclusive, royalty-free, transferable and sublicensable "
            "licence to use, copy, modify and publish your content.");
        row("content_removal", "We may remove any content you post at any time without notice.");
        row("copyright_procedure", "If you believe your copyright has been infringed, please send "
                                   "a notice to our designated copyright agent.");
        row("ai_training_prohibited", "You may not use the service or any content on it to train "
                                      "artificial intelligence or machine learning models.");
        row("ai_training_on_user_content",
            "We may use the content you upload to train and improve our machine learning models.");
        row("scraping_ban",
            "Do not access Lumora with bots, crawlers, scrapers or similar automated tools.");
        row("feedback_license", "If you submit feedback or suggestions, we may use them without "
                                "any obligation or compensation to you.");
        row("non_refundable_fees", "All payments are non-refundable.");
        row("auto_renewal", "Your subscription will automatically renew at the end of each billing "
                            "period until you cancel.");
        row("price_change", "We may change the subscription fees at any time by giving you thirty "
                            "(30) days' notice.");
        row("alternate_payment_charge", "If your primary card cannot be charged, we may charge any "
                                        "other payment method on file.");
        row("cancellation_terms", "You can cancel your subscription at any time in your account "
                                  "settings, at least 24 hours before the renewal date.");
        row("account_sharing",
            "You must not share your password or let anyone else use your account.");
        row("minimum_age", "Lumora accounts are only for people aged 16 or older.");
        row("data_sale_sharing", "We may share your personal information with advertising partners "
                                 "and other third parties.");
        row("data_retention", "We retain your personal data for as long as your account is active "
                              "and for 90 days after it is closed.");
        row("tracking_cookies",
            "We use cookies and similar technologies to track your activity across websites.");
        row("law_enforcement_access", "We may disclose your information to law enforcement "
                                      "agencies in response to a subpoena or court order.");
        row("merger_transfer", "If we are involved in a merger or acquisition, your personal "
                               "information may be transferred to the acquiring company.");
        row("biometric_data",
            "We collect biometric data such as face geometry from the photos you upload.");
        row("international_transfer", "Your data may be transferred to and stored in countries "
                                      "outside the European Economic Area.");
        row("data_rights", "You have the right to access, correct or delete your personal data.");
        row("automated_decisions",
            "We use automated decision-making, including profiling, to assess your eligibility.");
        row("communications_monitoring",
            "We may monitor and review your messages and communications for abuse.");
        row("location_data", "We collect your precise location data from your device.");
    }
    void findsEveryType()
    {
        QFETCH(QString, type);
        QFETCH(QString, clause);
        const QList<Suggestion> found = classifier().classify(clause, kLumora);
        const Suggestion *s = find(found, type);
        QVERIFY2(s, qPrintable(u"got: " + keys(found)));
        QVERIFY(s->confidence > 0 && s->confidence <= 1);
        QVERIFY(s->ruleId.startsWith(type + u'.'));
        QVERIFY(!s->evidence.isEmpty());
        int last = -1;
        for (const auto &[b, e] : s->evidence) {
            QVERIFY(b > last && b < e && e <= clause.size()); // sorted, disjoint, inside
            last = e;
        }
        QVERIFY(s->reasons.size() >= 2);
        QVERIFY(s->reasons.first().startsWith(QLatin1String("Default severity")));
        QVERIFY2(s->summary.contains(QLatin1String("Lumora")), qPrintable(s->summary));
    }

    void everyTypeHasARow()
    {
        // Guards the table above: adding a type to the taxonomy needs a clause here.
        int rows = 0;
        const auto &types = classifier().taxonomy().types();
        const QList<QString> covered = {"arbitration",
                                        "class_action_waiver",
                                        "jury_trial_waiver",
                                        "jurisdiction",
                                        "choice_of_law",
                                        "limitation_of_liability",
                                        "warranty_disclaimer",
                                        "indemnification",
                                        "claim_time_limit",
                                        "unilateral_change",
                                        "change_notice",
                                        "unilateral_termination",
                                        "contract_by_using",
                                        "content_license",
                                        "content_removal",
                                        "copyright_procedure",
                                        "ai_training_prohibited",
                                        "ai_training_on_user_content",
                                        "scraping_ban",
                                        "feedback_license",
                                        "non_refundable_fees",
                                        "auto_renewal",
                                        "price_change",
                                        "alternate_payment_charge",
                                        "cancellation_terms",
                                        "account_sharing",
                                        "minimum_age",
                                        "data_sale_sharing",
                                        "data_retention",
                                        "tracking_cookies",
                                        "law_enforcement_access",
                                        "merger_transfer",
                                        "biometric_data",
                                        "international_transfer",
                                        "data_rights",
                                        "automated_decisions",
                                        "communications_monitoring",
                                        "location_data"};
        for (const ClauseType &t : types) {
            QVERIFY2(covered.contains(t.key), qPrintable(t.key));
            ++rows;
        }
        QCOMPARE(rows, covered.size());
    }

    // ------------------------------------------------------------ denials
    void doesNotFlagDenials_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("clause");
        QTest::newRow("we do not sell") << "data_sale_sharing"
                                        << "We do not sell your personal information to anyone.";
        QTest::newRow("we will never share")
            << "data_sale_sharing"
            << "We will never share your personal data with advertisers.";
        QTest::newRow("no training on your content")
            << "ai_training_on_user_content"
            << "We do not use your content to train our artificial intelligence models.";
        QTest::newRow("no biometrics") << "biometric_data"
                                       << "We do not collect biometric data.";
        QTest::newRow("no cookies") << "tracking_cookies"
                                    << "Our app does not use cookies.";
        QTest::newRow("no location") << "location_data"
                                     << "We never collect your location.";
        QTest::newRow("messages are not read")
            << "communications_monitoring"
            << "We do not read or monitor your private messages.";
        QTest::newRow("no automatic renewal") << "auto_renewal"
                                              << "Your subscription will not renew automatically.";
        QTest::newRow("arbitration does not apply")
            << "arbitration"
            << "The agreement to arbitrate does not apply to consumers in the European Union.";
        QTest::newRow("user closes own account")
            << "unilateral_termination"
            << "You may close your account at any time from the settings page.";
        QTest::newRow("user deletes own posts") << "content_removal"
                                                << "You can delete your posts at any time.";
        QTest::newRow("user changes own settings")
            << "unilateral_change"
            << "You can change your profile settings whenever you like.";
        QTest::newRow("liability kept for injury")
            << "limitation_of_liability"
            << "We do not exclude any liability for injury that we cause.";
        QTest::newRow("home courts")
            << "jurisdiction"
            << "You may bring proceedings in the courts of the country where you live.";
        QTest::newRow("platform indemnifies user") << "indemnification"
                                                   << "We will defend and indemnify you against "
                                                      "claims that the service infringes a patent.";
        QTest::newRow("prices fixed") << "price_change"
                                      << "Prices will not change during your subscription.";
        QTest::newRow("heading only") << "limitation_of_liability"
                                      << "Limitation of Liability";
        QTest::newRow("numbered heading") << "arbitration"
                                          << "14. Binding Arbitration";
        QTest::newRow("markdown heading") << "unilateral_termination"
                                          << "## Suspension and Termination of Accounts";
        QTest::newRow("plain sentence") << "unilateral_change"
                                        << "Photos are compressed to save storage space.";
    }
    void doesNotFlagDenials()
    {
        QFETCH(QString, type);
        QFETCH(QString, clause);
        const QList<Suggestion> found = classifier().classify(clause, kLumora);
        QVERIFY2(!find(found, type), qPrintable(u"got: " + keys(found)));
    }

    void denialWithExceptionsIsKept()
    {
        const QString clause = QStringLiteral(
            "We do not sell your personal information, except to the buyer of our business.");
        const QList<Suggestion> found = classifier().classify(clause, kLumora);
        const Suggestion *s = find(found, "data_sale_sharing");
        QVERIFY(s);
        QVERIFY(s->reasons.join(u'\n').contains(QLatin1String("denies this but makes exceptions")));
    }

    // ------------------------------------------------------------ evidence
    void evidenceIsExact_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QStringList>("evidence");
        QTest::newRow("arbitration")
            << "arbitration"
            << "Any dispute shall be resolved exclusively through binding arbitration in Boston."
            << QStringList{"shall be resolved exclusively through binding arbitration"};
        QTest::newRow("proximity keeps both ends")
            << "contract_by_using"
            << "By using the app, you agree to these terms."
            << QStringList{"By using", "agree to these terms"};
        QTest::newRow("typographic quotes and dashes keep offsets")
            << "unilateral_termination"
            << QString::fromUtf8("Under Lumora\u2019s rules, Lumora \u2014 at its sole discretion "
                                 "\u2014 may terminate your account.")
            << QStringList{QString::fromUtf8(
                   "Lumora \u2014 at its sole discretion \u2014 may terminate your account")};
        QTest::newRow("text after a surrogate pair")
            << "non_refundable_fees"
            << QString::fromUtf8("\U0001F4B3 All purchases are final and non-refundable.")
            << QStringList{"non-refundable"};
        QTest::newRow("several pieces merged in order")
            << "limitation_of_liability"
            << "Our total liability shall not exceed fifty euros, and we are not liable for lost "
               "profits."
            << QStringList{"total liability shall not exceed", "are not liable", "lost profits"};
    }
    void evidenceIsExact()
    {
        QFETCH(QString, type);
        QFETCH(QString, clause);
        QFETCH(QStringList, evidence);
        const QList<Suggestion> found = classifier().classify(clause, kLumora);
        const Suggestion *s = find(found, type);
        QVERIFY(s);
        const QStringList got = evidenceTexts(clause, *s);
        for (const QString &e : evidence)
            QVERIFY2(got.contains(e), qPrintable(u"evidence: " + got.join(QLatin1String(" | "))));
    }

    // ------------------------------------------------------------ severity
    void severityMovesWithReasons_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<Severity>("severity");
        QTest::addColumn<QStringList>("reasons");
        QTest::newRow("default") << "unilateral_change"
                                 << "We may update these terms." << Severity::Medium
                                 << QStringList{
                                        "Default severity of Unilateral change of terms: medium."};
        QTest::newRow("sole discretion raises")
            << "unilateral_change"
            << "We may update these terms at our sole discretion." << Severity::High
            << QStringList{"Raised: the platform keeps sole discretion", "Severity set to high."};
        QTest::newRow("advance notice lowers")
            << "unilateral_change"
            << "We may update these terms after giving you thirty (30) days' notice."
            << Severity::Low << QStringList{"Lowered: advance notice is promised"};
        QTest::newRow("a raise and a lowering cancel out")
            << "unilateral_termination"
            << "We may suspend your account without notice if you breach these terms."
            << Severity::Medium
            << QStringList{"Raised: no notice is promised",
                           "Lowered: limited to the user's breach"};
        QTest::newRow("two raises move one step")
            << "content_removal"
            << "We may remove your content at any time, for any reason and without notice."
            << Severity::High
            << QStringList{"Raised: it can happen at any time", "Raised: no reason is needed"};
        QTest::newRow("opt-out window lowers arbitration")
            << "arbitration"
            << "Disputes shall be resolved by binding arbitration; you may opt out within 30 days "
               "of sign-up."
            << Severity::Medium << QStringList{"Lowered: users can opt out of arbitration"};
        QTest::newRow("irrevocable licence raises")
            << "content_license"
            << "You grant us a perpetual, irrevocable, worldwide licence to use your content."
            << Severity::High << QStringList{"Raised: the licence cannot be withdrawn"};
        QTest::newRow("fullest extent raises the disclaimer")
            << "warranty_disclaimer"
            << "To the fullest extent permitted by law, the service is provided as is."
            << Severity::High << QStringList{"Raised: it reaches as far as the law allows"};
        QTest::newRow("already high stays high, reason still given")
            << "limitation_of_liability"
            << "As far as the law lets us, and to the maximum extent allowed, we shall not be "
               "liable for any damage."
            << Severity::High << QStringList{"Raised: it reaches as far as the law allows"};
        QTest::newRow("consumer protections lower jurisdiction")
            << "jurisdiction"
            << "The courts of Dublin, Ireland have exclusive jurisdiction, but consumers keep the "
               "protection of mandatory consumer law."
            << Severity::Low << QStringList{"Lowered: consumers keep mandatory local protections"};
        QTest::newRow("opt-out lowers data sharing")
            << "data_sale_sharing"
            << "We share your personal information with advertising partners unless you opt out."
            << Severity::Medium << QStringList{"Lowered: users can opt out"};
        QTest::newRow("negated cue does not raise")
            << "unilateral_termination"
            << "We will not close your account without notice; we may suspend your account with 14 "
               "days' notice."
            << Severity::Low << QStringList{"Lowered: advance notice is promised"};
    }
    void severityMovesWithReasons()
    {
        QFETCH(QString, type);
        QFETCH(QString, clause);
        QFETCH(Severity, severity);
        QFETCH(QStringList, reasons);
        const QList<Suggestion> found = classifier().classify(clause, kLumora);
        const Suggestion *s = find(found, type);
        QVERIFY2(s, qPrintable(clause));
        const QString all = s->reasons.join(u'\n');
        QCOMPARE(severityKey(s->severity), severityKey(severity));
        for (const QString &r : reasons)
            QVERIFY2(all.contains(r), qPrintable(all));
        if (QByteArray(QTest::currentDataTag()).startsWith("negated"))
            QVERIFY2(!all.contains(QLatin1String("Raised")), qPrintable(all));
    }

    // ------------------------------------------------------------ summaries
    void summariesCarrySpecifics_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("platform");
        QTest::addColumn<QString>("clause");
        QTest::addColumn<QString>("summary");
        QTest::newRow("arbitration body and opt-out")
            << "arbitration"
            << "Lumora"
            << "Any dispute shall be resolved by binding arbitration administered by the American "
               "Arbitration Association; you may opt out within 30 days of sign-up."
            << "Lumora requires disputes to be settled by binding arbitration instead of in court, "
               "under the rules of the American Arbitration Association; you can opt out within 30 "
               "days.";
        QTest::newRow("venue") << "jurisdiction"
                               << "Lumora"
                               << "Each party submits to the exclusive jurisdiction of the courts "
                                  "sitting in Dublin, Ireland."
                               << "Disputes with Lumora must be brought in courts it chose: "
                                  "Dublin, Ireland, which may be far from where you live.";
        QTest::newRow("governing law")
            << "choice_of_law"
            << "Lumora"
            << "The laws of the State of New York govern these terms."
            << "Lumora's terms are governed by a law it chose: the laws of the State of New York, "
               "which may not be the law where you live.";
        QTest::newRow("liability cap in words")
            << "limitation_of_liability"
            << "Lumora"
            << "Our total liability shall not exceed one hundred dollars ($100)."
            << "Lumora limits or excludes its responsibility for losses you suffer; its total "
               "liability is capped at one hundred dollars ($100).";
        QTest::newRow("liability cap as the greater of")
            << "limitation_of_liability"
            << "Lumora"
            << "Our total liability is limited to the greater of $50 or the fees you paid us."
            << "Lumora limits or excludes its responsibility for losses you suffer; its total "
               "liability is capped at the greater of $50 or the fees.";
        QTest::newRow("notice period")
            << "unilateral_change"
            << "Lumora"
            << "We may modify these terms by giving you thirty (30) days' notice."
            << "Lumora can change its terms or service on its own decision, with 30 days notice.";
        QTest::newRow("no notice period: optional part dropped")
            << "unilateral_change"
            << "Lumora"
            << "We may modify these terms."
            << "Lumora can change its terms or service on its own decision.";
        QTest::newRow("age") << "minimum_age"
                             << "Lumora"
                             << "Lumora accounts are only for people aged 16 or older."
                             << "Lumora sets a minimum age for its users of 16.";
        QTest::newRow("claim period") << "claim_time_limit"
                                      << "Lumora"
                                      << "Any claim must be brought within one (1) year after it "
                                         "arose, or it is permanently barred."
                                      << "You must bring any claim against Lumora within a "
                                         "shortened period of 1 year, or lose it.";
        QTest::newRow("retention period")
            << "data_retention"
            << "Lumora"
            << "We keep your data for 90 days after you close your account."
            << "Lumora keeps your data for as long as it decides it needs to, for example 90 days, "
               "possibly after you close your account.";
        QTest::newRow("cancellation deadline")
            << "cancellation_terms"
            << "Lumora"
            << "You must cancel at least 24 hours before the end of the billing period."
            << "Lumora sets the rules for cancelling; cancel at least 24 hours before the period "
               "ends.";
        QTest::newRow("transfer mechanism")
            << "international_transfer"
            << "Lumora"
            << "We transfer your data to countries outside the European Economic Area under "
               "standard contractual clauses."
            << "Lumora may transfer your data to other countries, relying on standard contractual "
               "clauses.";
        QTest::newRow("no platform name")
            << "content_removal"
            << ""
            << "We may remove any content you post without notice."
            << "The platform can remove or block your content on its own judgement.";
    }
    void summariesCarrySpecifics()
    {
        QFETCH(QString, type);
        QFETCH(QString, platform);
        QFETCH(QString, clause);
        QFETCH(QString, summary);
        const QList<Suggestion> found = classifier().classify(clause, ClassifyContext{platform});
        const Suggestion *s = find(found, type);
        QVERIFY2(s, qPrintable(clause));
        QCOMPARE(s->summary, summary);
    }

    void slotsAreReported()
    {
        const QString clause = QStringLiteral("Nobody under 13 may open an account.");
        const QList<Suggestion> found = classifier().classify(clause, kLumora);
        const Suggestion *s = find(found, "minimum_age");
        QVERIFY(s);
        QCOMPARE(s->slots.value(QStringLiteral("age")).toString(), QStringLiteral("13"));
    }

    // ------------------------------------------------------------ general contract
    void emptyAndOrdering()
    {
        QVERIFY(classifier().classify(QString(), kLumora).isEmpty());
        QVERIFY(classifier().classify(QStringLiteral("   "), kLumora).isEmpty());
        // One clause, several types: high before medium.
        const QList<Suggestion> found = classifier().classify(
            QStringLiteral("We may change the subscription fees and modify these terms at any "
                           "time, and all fees are non-refundable."),
            kLumora);
        QVERIFY(found.size() >= 2);
        for (qsizetype i = 1; i < found.size(); ++i)
            QVERIFY(found.at(i - 1).severity >= found.at(i).severity);
    }

    void sameResultOnManyThreads()
    {
        const QStringList clauses{
            QStringLiteral("Lumora may close an account at any moment and for any reason."),
            QStringLiteral("Irish law governs these terms and any dispute about them."),
            QStringLiteral("We share your personal information with advertising partners.")};
        QList<QStringList> expected;
        for (const QString &c : clauses) {
            QStringList k;
            for (const Suggestion &s : classifier().classify(c, kLumora))
                k.append(s.typeKey + u'/' + s.summary);
            expected.append(k);
        }
        std::atomic<int> mismatches{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t) {
            threads.emplace_back([&] {
                for (int round = 0; round < 50; ++round) {
                    for (qsizetype i = 0; i < clauses.size(); ++i) {
                        QStringList k;
                        for (const Suggestion &s : classifier().classify(clauses.at(i), kLumora))
                            k.append(s.typeKey + u'/' + s.summary);
                        if (k != expected.at(i))
                            ++mismatches;
                    }
                }
            });
        }
        for (std::thread &t : threads)
            t.join();
        QCOMPARE(mismatches.load(), 0);
    }

    // ------------------------------------------------------------ engine mechanics
    void engineWeightsThresholdAndCore()
    {
        const RuleClassifier c = engine(R"({"version": 1, "types": [
            {"type": "auto_renewal", "keywords": ["renew", "monthly"], "threshold": 0.6,
             "patterns": [
               {"id": "renews", "regex": "\\brenews\\b", "weight": 0.4, "core": true},
               {"id": "monthly", "regex": "\\bmonthly\\b", "weight": 0.4}]}]})");
        QVERIFY(c.classify(QStringLiteral("It renews."), kLumora).isEmpty());      // 0.4 < 0.6
        QVERIFY(c.classify(QStringLiteral("Billed monthly."), kLumora).isEmpty()); // no core
        const QList<Suggestion> both = c.classify(QStringLiteral("It renews monthly."), kLumora);
        QCOMPARE(both.size(), 1);
        QCOMPARE(both.first().confidence, 0.8);
        QCOMPARE(both.first().ruleId, QStringLiteral("auto_renewal.renews"));
    }

    void engineNearWindowOrderAndNegation()
    {
        const RuleClassifier c = engine(R"({"version": 1,
            "negation": {"cue_words": ["not", "never"], "window": 3},
            "types": [{"type": "data_sale_sharing", "keywords": ["sell"],
             "patterns": [{"id": "sell_data", "near": {"a": "\\bsell\\b", "b": "\\bdata\\b",
                           "within": 3, "ordered": true}, "weight": 0.7}]}]})");
        QCOMPARE(c.classify(QStringLiteral("We sell your personal data."), kLumora).size(), 1);
        QVERIFY(c.classify(QStringLiteral("We sell it, as the law allows us, with all your data."),
                           kLumora)
                    .isEmpty());
        QVERIFY(c.classify(QStringLiteral("Data we collect we sell."), kLumora).isEmpty()); // order
        QVERIFY(c.classify(QStringLiteral("We will not sell your data."), kLumora).isEmpty());
        // The cue must be within the window, in the same sentence.
        QCOMPARE(c.classify(QStringLiteral("Not now. We sell your data."), kLumora).size(), 1);
        QCOMPARE(
            c.classify(QStringLiteral("We never said we would, but we sell data."), kLumora).size(),
            1);
    }

    void engineVetoAndNegativeWeights()
    {
        const RuleClassifier c = engine(R"({"version": 1, "types": [
            {"type": "jurisdiction", "keywords": ["court"],
             "patterns": [
               {"id": "courts", "regex": "exclusive jurisdiction of the courts", "weight": 0.6},
               {"id": "home", "regex": "where you live", "weight": -0.3},
               {"id": "not_us", "regex": "does not apply", "veto": true}]}]})");
        QCOMPARE(
            c.classify(QStringLiteral("You accept the exclusive jurisdiction of the courts of X."),
                       kLumora)
                .size(),
            1);
        QVERIFY(
            c.classify(QStringLiteral(
                           "You accept the exclusive jurisdiction of the courts where you live."),
                       kLumora)
                .isEmpty());
        QVERIFY(
            c.classify(QStringLiteral("The exclusive jurisdiction of the courts does not apply."),
                       kLumora)
                .isEmpty());
    }

    void engineModifiersClampToOneStep()
    {
        const RuleClassifier c = engine(R"({"version": 1,
            "severity_modifiers": [
              {"id": "a", "regex": "\\balpha\\b", "delta": 1, "reason": "alpha raises"},
              {"id": "b", "regex": "\\bbeta\\b", "delta": 1, "reason": "beta raises", "types": ["data_rights"]}],
            "types": [{"type": "data_retention", "keywords": ["keep"],
                       "patterns": [{"id": "keep", "regex": "\\bkeep\\b", "weight": 1}]}]})");
        const QList<Suggestion> s =
            c.classify(QStringLiteral("We keep it, alpha and beta."), kLumora);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.first().severity, Severity::High); // medium + 1; beta is for data_rights only
        const QString reasons = s.first().reasons.join(u'\n');
        QVERIFY(reasons.contains(QLatin1String("alpha raises")));
        QVERIFY(!reasons.contains(QLatin1String("beta raises")));
    }
};

QTEST_GUILESS_MAIN(TestRuleClassifier)
#include "tst_ruleclassifier.moc"
