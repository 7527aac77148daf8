#pragma once

// A stand-in for the rule classifier on the demo archive, for views and
// screenshots that need realistic flags before the classifier feeds the
// import pipeline: clause types with their taxonomy names, and flags on the
// demo clauses that contain a few telling phrases, raised on the lineage at
// the first version where the phrase appears (so the history is real).
// Not an evaluation of anything.

#include "CompareFixture.h"
#include "archive/Rows.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace cw::test {

struct DemoRule
{
    const char *key;
    const char *name;
    const char *category;
    const char *severity;
    QList<QStringList> phrases; ///< any entry matches when all its phrases occur (lower case)
    const char *summary;        ///< "%1" is the platform
};

inline const QList<DemoRule> &demoRules()
{
    static const QList<DemoRule> rules{
        {"arbitration",
         "Mandatory arbitration",
         "disputes",
         "high",
         {{"binding arbitration"}, {"binding individual arbitration"}, {"arbitration agreement"}},
         "%1 requires disputes to be settled by binding arbitration instead of in court."},
        {"class_action_waiver",
         "Class-action waiver",
         "disputes",
         "high",
         {{"class action"}, {"class-action"}},
         "You must bring any claim against %1 on your own, not in a class action."},
        {"jury_trial_waiver",
         "Jury-trial waiver",
         "disputes",
         "high",
         {{"jury trial"}, {"trial by jury"}},
         "You give up the right to a jury trial in disputes with %1."},
        {"limitation_of_liability",
         "Limitation of liability",
         "disputes",
         "high",
         {{"total liability"}, {"aggregate liability"}, {"liability to you"}},
         "%1 caps what it owes you if something goes wrong."},
        {"unilateral_change",
         "Unilateral change of terms",
         "changes_termination",
         "medium",
         {{"change these terms"}, {"update these terms"}, {"changes to these terms"}},
         "%1 may change these terms on its own."},
        {"unilateral_termination",
         "Unilateral suspension or termination",
         "changes_termination",
         "medium",
         {{"suspend or terminate"}, {"suspend or close"}, {"terminate your account"}},
         "%1 may suspend or close your account at its discretion."},
        {"content_license",
         "Broad licence to user content",
         "content_ip",
         "medium",
         {{"worldwide", "licence"}, {"worldwide", "license"}},
         "You give %1 a worldwide licence to what you post."},
        {"ai_training_prohibited",
         "Ban on AI training with the service's content",
         "content_ip",
         "medium",
         {{"use any content", "to train"}, {"machine learning", "must not"}},
         "%1 forbids using its content to train AI models."},
        {"ai_training_user_content",
         "Platform trains AI on user content",
         "content_ip",
         "high",
         {{"we may use", "train"}, {"used to train"}},
         "%1 may use what you put into the service to train its AI models."},
        {"auto_renewal",
         "Automatic renewal",
         "money",
         "medium",
         {{"automatic renewal"}, {"renews automatically"}, {"automatically renew"}},
         "%1 subscriptions renew automatically until you cancel."},
        {"non_refundable_fees",
         "Non-refundable fees",
         "money",
         "medium",
         {{"non-refundable"}, {"no refunds"}},
         "Fees paid to %1 are mostly not refunded."},
        {"minimum_age",
         "Minimum age",
         "account",
         "low",
         {{"years old"}},
         "%1 sets a minimum age for accounts."},
        {"data_sale",
         "Sale or sharing of personal data",
         "data",
         "high",
         {{"advertising partners"}},
         "%1 shares personal data with advertising partners."},
        {"biometric_data",
         "Biometric data",
         "data",
         "high",
         {{"biometric"}},
         "%1 processes biometric data."},
        {"international_transfers",
         "International transfers",
         "data",
         "medium",
         {{"standard contractual clauses"}, {"data privacy framework"}},
         "%1 transfers your data to other countries."},
    };
    return rules;
}

/// Adds the rules' clause types and flags to an archive holding the demo.
/// Flags of Paylark and Streamly are confirmed (as if reviewed); the others
/// stay suggested. Returns the number of flags written.
inline int flagDemo(const Database &db)
{
    for (const DemoRule &r : demoRules())
        addClauseType(db, QString::fromLatin1(r.key), QString::fromLatin1(r.name),
                      QString::fromLatin1(r.category), QString::fromLatin1(r.severity));
    // Every clause, in document and version order.
    auto st = db.prepare("SELECT v.document_id, p.name, c.lineage_id, lower(c.text)"
                         " FROM clauses c JOIN versions v ON v.id = c.version_id"
                         " JOIN documents d ON d.id = v.document_id"
                         " JOIN platforms p ON p.id = d.platform_id"
                         " ORDER BY v.document_id, v.number, c.ordinal");
    if (!st)
        fixtureFailure(QStringLiteral("demo flags"), st.error());
    QSet<QString> flagged;      // "lineage/type"
    QHash<QString, int> perDoc; // "document/type" → lineages flagged
    int written = 0;
    auto ins = db.prepare(
        "INSERT INTO flags(lineage_id, clause_id, type_key, severity, origin, status, summary,"
        " created_at, updated_at) VALUES (?1, (SELECT max(id) FROM clauses WHERE lineage_id = ?1),"
        " ?2, ?3, 'rule', ?4, ?5, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')");
    struct Hit
    {
        qint64 lineage;
        const DemoRule *rule;
        QString platform;
    };
    QList<Hit> hits;
    auto status = forEachRow(*st, [&](const Statement &s) {
        const qint64 doc = s.int64(0);
        const qint64 lineage = s.int64(2);
        const QString text = s.text(3);
        for (const DemoRule &r : demoRules()) {
            const QString key = QString::fromLatin1(r.key);
            const bool match =
                std::any_of(r.phrases.cbegin(), r.phrases.cend(), [&](const QStringList &all) {
                    return std::all_of(all.cbegin(), all.cend(),
                                       [&](const QString &p) { return text.contains(p); });
                });
            const QString lk = QString::number(lineage) + QLatin1Char('/') + key;
            const QString dk = QString::number(doc) + QLatin1Char('/') + key;
            if (!match || flagged.contains(lk) || perDoc.value(dk) >= 2)
                continue;
            flagged.insert(lk);
            ++perDoc[dk];
            hits.append({lineage, &r, s.text(1)});
        }
    });
    if (!status)
        fixtureFailure(QStringLiteral("demo flags"), status.error());
    for (const Hit &h : hits) {
        const bool reviewed =
            h.platform == QLatin1String("Paylark") || h.platform == QLatin1String("Streamly");
        ins->bind(1, h.lineage)
            .bind(2, QString::fromLatin1(h.rule->key))
            .bind(3, QString::fromLatin1(h.rule->severity))
            .bind(4, reviewed ? "confirmed" : "suggested")
            .bind(5, QString::fromLatin1(h.rule->summary).arg(h.platform));
        if (auto s = ins->exec(); !s)
            fixtureFailure(QStringLiteral("demo flag"), s.error());
        ins->reset();
        ++written;
    }
    return written;
}

} // namespace cw::test
