#pragma once

// A review fixture until the classifier lands: a small clause-type taxonomy
// with regulations (written for these tests) and keyword-raised flags on the
// newest version of every document already in the archive (the demo archive
// in practice). Used by the workstation tests, the bench and the screenshot
// helper (cw_review_fixture).

#include "TestSupport.h"
#include "archive/Database.h"
#include "services/DemoArchive.h"
#include "archive/Transaction.h"
#include "util/Json.h"
#include "util/Time.h"

#include <QRegularExpression>
#include <QString>

namespace cw::test {

struct FixtureType
{
    const char *key;
    const char *name;
    const char *category;
    const char *severity;
    const char *pattern; ///< case-insensitive; its matches become evidence
    const char *why;
    const char *impact;
    const char *summary;
    const char *regulations; ///< space-separated keys
};

inline const QList<FixtureType> &fixtureTypes()
{
    static const QList<FixtureType> types{
        {"arbitration", "Mandatory arbitration", "Disputes", "high",
         R"(\b(binding|individual)?\s*arbitration\b)",
         "Disputes go to a private arbitrator instead of a court, usually without appeal.",
         "You may not be able to sue in court; outcomes are rarely public.",
         "Disputes must be settled by individual arbitration, not in court.", "faa uctd"},
        {"class_action_waiver", "Class-action waiver", "Disputes", "high",
         R"(\bclass[- ]actions?\b|\bclass or representative\b)",
         "Users cannot join together to bring a claim.",
         "Small claims become uneconomic to pursue alone.",
         "You give up the right to take part in a class action.", "faa uctd"},
        {"limitation_of_liability", "Limitation of liability", "Disputes", "medium",
         R"(\bnot be liable\b|\baggregate liability\b|\bliability (is|will be) limited\b|\bexceed\b)",
         "The platform caps or excludes what it owes you when things go wrong.",
         "Losses above the cap are yours to bear.",
         "The platform limits how much it can owe you.", "uctd"},
        {"unilateral_change", "Unilateral change of terms", "Changes and termination", "medium",
         R"(\b(change|modify|update|amend)\b[^.]{0,40}\bterms\b)",
         "The platform may change the contract without your agreement.",
         "What you agreed to can change after you agreed to it.",
         "The platform can change these terms on its own.", "uctd ftc5"},
        {"unilateral_termination", "Unilateral suspension or termination",
         "Changes and termination", "medium",
         R"(\b(suspend|terminate|close)\b[^.]{0,30}\b(account|access|membership)\b)",
         "The platform keeps discretion to end the relationship.",
         "You can lose access to purchases and data.",
         "The platform can suspend or close your account.", "uctd dsa"},
        {"auto_renewal", "Automatic renewal", "Money", "medium",
         R"(\brenews? automatically\b|\bautomatically renews?\b|\bauto-?renew)",
         "Subscriptions continue and are charged until cancelled.",
         "Charges continue if you forget to cancel.",
         "Your subscription renews and is charged automatically.", "rosca crd"},
        {"data_retention", "Data retention", "Data", "medium",
         R"(\b(retain|retention|keep|store)\b[^.]{0,60}\b(months|years|after)\b)",
         "How long personal data is kept after you stop using the service.",
         "Longer retention means longer exposure to breaches and reuse.",
         "Your data is kept for a period after you leave.", "gdpr ccpa"},
        {"data_sale_sharing", "Sale or sharing of personal data", "Data", "high",
         R"(\bsell\b|\bsale of\b|\badvertising partners\b|\bshare\b[^.]{0,40}\bpersonal (data|information)\b)",
         "Personal data may be passed to third parties.",
         "Your data may be used by companies you never dealt with.",
         "Your personal data may be shared with or sold to third parties.", "ccpa gdpr"},
        {"ai_training_prohibited", "Prohibition on AI training", "Content and IP", "low",
         R"(\bartificial intelligence\b|\bmachine learning\b|\btrain\b[^.]{0,40}\bmodels?\b)",
         "Use of the service's content to train AI models is forbidden or regulated.",
         "Tools you build on the content may breach the terms.",
         "Using the service's content to train AI models is restricted.", "aiact"},
        {"minimum_age", "Minimum age", "Account", "low",
         R"(\b\d{2} years (old|of age)\b|\bunder (the age of )?\d{2}\b)",
         "Who may hold an account.", "Children need a parent's involvement.",
         "You must meet a minimum age to use the service.", "coppa gdpr"},
    };
    return types;
}

struct FixtureRegulation
{
    const char *key;
    const char *shortName;
    const char *name;
    const char *jurisdiction;
};

inline const QList<FixtureRegulation> &fixtureRegulations()
{
    static const QList<FixtureRegulation> regs{
        {"faa", "FAA", "Federal Arbitration Act", "United States"},
        {"uctd", "UCTD", "Unfair Contract Terms Directive 93/13/EEC", "European Union"},
        {"ftc5", "FTC Act §5", "Federal Trade Commission Act, Section 5", "United States"},
        {"dsa", "DSA", "Digital Services Act", "European Union"},
        {"rosca", "ROSCA", "Restore Online Shoppers' Confidence Act", "United States"},
        {"crd", "CRD", "Consumer Rights Directive 2011/83/EU", "European Union"},
        {"gdpr", "GDPR", "General Data Protection Regulation", "European Union"},
        {"ccpa", "CCPA/CPRA", "California Consumer Privacy Act", "United States (California)"},
        {"coppa", "COPPA", "Children's Online Privacy Protection Act", "United States"},
        {"aiact", "EU AI Act", "Artificial Intelligence Act", "European Union"},
    };
    return regs;
}

/// Writes the fixture taxonomy (clause types, regulations and their links).
inline bool seedTaxonomy(const Database &db)
{
    const QString now = QStringLiteral("2024-01-01T00:00:00Z");
    for (const FixtureRegulation &r : fixtureRegulations()) {
        auto st = db.prepare("INSERT OR IGNORE INTO regulations(key, short_name, name, jurisdiction) "
                             "VALUES (?, ?, ?, ?)");
        if (!st)
            return false;
        st->bind(1, r.key).bind(2, r.shortName).bind(3, r.name).bind(4, r.jurisdiction);
        if (!st->exec())
            return false;
    }
    for (const FixtureType &t : fixtureTypes()) {
        auto st = db.prepare(
            "INSERT OR IGNORE INTO clause_types(key, name, category, default_severity, description, "
            "why_it_matters, consumer_impact, summary_template, updated_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        if (!st)
            return false;
        st->bind(1, t.key).bind(2, t.name).bind(3, t.category).bind(4, t.severity)
            .bind(5, t.why).bind(6, t.why).bind(7, t.impact).bind(8, t.summary).bind(9, now);
        if (!st->exec())
            return false;
        for (const QString &reg : QString::fromLatin1(t.regulations).split(QLatin1Char(' '))) {
            auto link = db.prepare("INSERT OR IGNORE INTO clause_type_regulations(type_key, "
                                   "regulation_key) VALUES (?, ?)");
            if (!link)
                return false;
            link->bind(1, t.key).bind(2, reg);
            if (!link->exec())
                return false;
        }
    }
    return true;
}

/// Seeds the taxonomy and raises keyword flags on every clause of every
/// document's newest version. Flags on clauses whose wording is new in a later
/// version are marked "changed since review". Returns the number of flags, or
/// -1 on failure.
inline int seedReviewFixture(const Database &db)
{
    Transaction tx(db);
    if (!seedTaxonomy(db))
        return -1;
    QList<std::pair<QString, QRegularExpression>> rules;
    for (const FixtureType &t : fixtureTypes())
        rules.append({QString::fromLatin1(t.key),
                      QRegularExpression(QString::fromUtf8(t.pattern),
                                         QRegularExpression::CaseInsensitiveOption)});
    auto clauses = db.prepare(
        "SELECT c.id, c.lineage_id, c.text, c.lineage_status = 'new' AND v.number > 1 "
        "FROM clauses c JOIN versions v ON v.id = c.version_id "
        "WHERE v.number = (SELECT max(number) FROM versions WHERE document_id = v.document_id) "
        "ORDER BY c.id");
    if (!clauses)
        return -1;
    int count = 0;
    while (true) {
        auto row = clauses->step();
        if (!row)
            return -1;
        if (!*row)
            break;
        const qint64 clauseId = clauses->int64(0);
        const qint64 lineageId = clauses->int64(1);
        const QString text = clauses->text(2);
        const bool changed = clauses->int64(3) != 0;
        for (qsizetype i = 0; i < rules.size(); ++i) {
            QList<Span> evidence;
            auto it = rules.at(i).second.globalMatch(text);
            while (it.hasNext() && evidence.size() < 3) {
                const auto m = it.next();
                evidence.append({int(m.capturedStart()), int(m.capturedEnd())});
            }
            if (evidence.isEmpty())
                continue;
            const FixtureType &t = fixtureTypes().at(i);
            auto ins = db.prepare(
                "INSERT INTO flags(lineage_id, clause_id, type_key, severity, origin, rule_id, "
                "confidence, evidence, reasons, changed_since_review, summary, created_at, "
                "updated_at) VALUES (?, ?, ?, ?, 'rule', ?, 0.8, ?, '[]', ?, ?, ?, ?)");
            if (!ins)
                return -1;
            const QString now = QStringLiteral("2026-02-10T09:00:00Z");
            ins->bind(1, lineageId).bind(2, clauseId).bind(3, t.key).bind(4, t.severity)
                .bind(5, QStringLiteral("fixture.%1").arg(QString::fromLatin1(t.key)))
                .bind(6, spansToJson(evidence)).bind(7, changed ? 1 : 0).bind(8, t.summary)
                .bind(9, now).bind(10, now);
            if (!ins->exec())
                return -1;
            ++count;
        }
    }
    if (!tx.commit())
        return -1;
    return count;
}

/// The demo archive with the review fixture's flags, built once per test
/// process; each test works on its own copy.
class ReviewFixtureArchive
{
public:
    /// The path of the built fixture (built on first use).
    static QString masterPath()
    {
        static TempArchive master;
        static const bool built = [] {
            auto db = master.open();
            if (!DemoArchive::build(*db).ok())
                return false;
            return seedReviewFixture(*db) > 0;
        }();
        if (!built)
            qFatal("cannot build the review fixture archive");
        return master.path();
    }

    /// A fresh copy of the fixture in its own temporary folder.
    ReviewFixtureArchive()
    {
        if (!QFile::copy(masterPath(), m_archive.path()))
            qFatal("cannot copy the review fixture archive");
    }

    QString path() const { return m_archive.path(); }
    QString dir() const { return m_archive.dir(); }
    std::unique_ptr<Database> open() const { return m_archive.open(); }

private:
    TempArchive m_archive;
};

} // namespace cw::test
