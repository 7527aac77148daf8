#pragma once

// Clause types, regulations and flags for memo tests, inserted straight into
// an archive (the taxonomy and classifier land separately). All texts were
// written for these tests.

#include "archive/ClauseRepository.h"
#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/FlagRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/SnapshotRepository.h"
#include "archive/VersionRepository.h"
#include "provenance/Sha256.h"

#include <QRegularExpression>
#include <QTest>

namespace cw::test {

struct FixtureType
{
    const char *key;
    const char *name;
    const char *category;
    const char *severity;
    const char *pattern; ///< case-insensitive; the first match is the flag's evidence
    const char *summary;
    const char *why;
    const char *impact;
    const char *regulations; ///< comma-separated keys
};

inline const QList<FixtureType> &fixtureTypes()
{
    static const QList<FixtureType> types{
        {"arbitration", "Mandatory arbitration", "disputes", "high", "arbitration",
         "Disputes must go to a private arbitrator instead of a court.",
         "Arbitration removes the dispute from public courts and limits appeal and discovery.",
         "You may not be able to sue in court; the process is private and hard to appeal.",
         "faa,uctd"},
        {"class_action_waiver", "Class-action waiver", "disputes", "high", "class action",
         "You give up the right to join a class action against the platform.",
         "Small individual claims are rarely worth bringing alone; a waiver can end them in practice.",
         "Claims that are only worth pursuing together may never be brought.", "faa,uctd"},
        {"limitation_of_liability", "Limitation of liability", "disputes", "medium",
         "liab(le|ility)",
         "The platform caps or excludes what it owes you if something goes wrong.",
         "Caps shift the cost of the platform's failures onto its users.",
         "Compensation for losses may be limited to a small sum or nothing.", "uctd,ftc5"},
        {"unilateral_change", "Unilateral change of terms", "changes", "medium",
         "(change|modify|update|amend) (these|the) terms",
         "The platform may change the terms on its own initiative.",
         "Terms you accepted can be replaced without a new agreement.",
         "What you agreed to today may not be what binds you next year.", "uctd,ftc5"},
        {"auto_renewal", "Automatic renewal", "money", "medium", "renew",
         "The subscription renews and is charged automatically until cancelled.",
         "Automatic renewals lead to charges users did not expect.",
         "You keep paying unless you cancel in time.", "rosca"},
        {"data_sale_sharing", "Sale or sharing of personal data", "data", "high",
         "(sell|share) (your )?(personal )?(information|data)",
         "Personal data may be sold or shared with third parties.",
         "Sharing spreads personal data beyond the service the user chose.",
         "Advertisers and partners may receive information about you.", "gdpr,ccpa"},
        {"data_retention", "Retention of personal data", "data", "low", "retain",
         "The policy says how long personal data is kept.",
         "Long retention increases exposure in a breach.",
         "Your data may be kept after you stop using the service.", "gdpr"},
        {"ai_training_on_user_content", "AI training on user content", "content", "high",
         "(train|training)",
         "Your content or activity may be used to train machine-learning models.",
         "Training uses personal content for purposes beyond the service itself.",
         "What you post or watch may shape models you have no say over.", "gdpr,euaiact"},
        {"account_sharing", "Account-sharing limits", "account", "low", "household",
         "Sharing an account is limited to one household.",
         "Sharing limits can lead to extra charges or suspension.",
         "Sharing with family elsewhere may cost extra.", ""},
    };
    return types;
}

inline void exec(const Database &db, const char *sql, const QStringList &values)
{
    auto st = db.prepare(sql);
    QVERIFY2(st.ok(), qPrintable(st.ok() ? QString() : st.error().toString()));
    for (int i = 0; i < values.size(); ++i)
        st->bind(i + 1, values[i]);
    auto s = st->exec();
    QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().toString()));
}

/// Regulations and clause types (with their regulation links).
inline void seedClauseTypes(const Database &db)
{
    const QList<QStringList> regulations{
        {"faa", "FAA", "Federal Arbitration Act", "US", "9 U.S.C. §§ 1–16"},
        {"uctd", "UCTD", "Unfair Contract Terms Directive", "EU", "Directive 93/13/EEC"},
        {"ftc5", "FTC Act §5", "Federal Trade Commission Act, section 5", "US", "15 U.S.C. § 45"},
        {"rosca", "ROSCA", "Restore Online Shoppers' Confidence Act", "US", "15 U.S.C. §§ 8401–8405"},
        {"gdpr", "GDPR", "General Data Protection Regulation", "EU", "Regulation (EU) 2016/679"},
        {"ccpa", "CCPA/CPRA", "California Consumer Privacy Act", "US-CA", "Cal. Civ. Code § 1798.100"},
        {"euaiact", "EU AI Act", "Artificial Intelligence Act", "EU", "Regulation (EU) 2024/1689"},
    };
    for (const QStringList &r : regulations)
        exec(db, "INSERT OR IGNORE INTO regulations(key, short_name, name, jurisdiction, citation) "
                 "VALUES (?,?,?,?,?)", r);
    for (const FixtureType &t : fixtureTypes()) {
        exec(db, "INSERT OR IGNORE INTO clause_types(key, name, category, default_severity, "
                 "description, why_it_matters, consumer_impact, summary_template, updated_at) "
                 "VALUES (?,?,?,?,?,?,?,?, '2025-01-01T00:00:00Z')",
             {t.key, t.name, t.category, t.severity, t.summary, t.why, t.impact, t.summary});
        for (const QString &reg : QString::fromLatin1(t.regulations).split(QLatin1Char(','), Qt::SkipEmptyParts))
            exec(db, "INSERT OR IGNORE INTO clause_type_regulations(type_key, regulation_key) VALUES (?,?)",
                 {t.key, reg});
    }
}

/// Flags every clause of every document's newest version that matches a
/// fixture type's pattern (one flag per clause and type); every third flag is
/// confirmed by an analyst. Returns the number of flags.
inline int seedFlags(const Database &db, int maxPerType = 1000)
{
    seedClauseTypes(db);
    auto st = db.prepare(
        "SELECT c.id, c.lineage_id, c.text FROM clauses c JOIN versions v ON v.id = c.version_id "
        "WHERE v.number = (SELECT max(number) FROM versions WHERE document_id = v.document_id) "
        "ORDER BY c.id");
    if (!st)
        return -1;
    struct Row { qint64 id, lineage; QString text; };
    QList<Row> rows;
    while (st->step().valueOr(false))
        rows.append({st->int64(0), st->int64(1), st->text(2)});
    FlagRepository flags(db);
    int n = 0;
    for (const FixtureType &t : fixtureTypes()) {
        const QRegularExpression re(QString::fromLatin1(t.pattern), QRegularExpression::CaseInsensitiveOption);
        int perType = 0;
        for (const Row &r : rows) {
            const auto m = re.match(r.text);
            if (!m.hasMatch() || perType >= maxPerType)
                continue;
            Flag f;
            f.lineageId = r.lineage;
            f.clauseId = r.id;
            f.typeKey = QString::fromLatin1(t.key);
            f.severity = severityFromKey(QString::fromLatin1(t.severity)).value_or(Severity::Medium);
            f.ruleId = f.typeKey + QStringLiteral(".keyword");
            f.confidence = 0.8;
            f.evidence = {{int(m.capturedStart()), int(m.capturedEnd())}};
            f.status = n % 3 == 0 ? ReviewStatus::Confirmed : ReviewStatus::Suggested;
            if (f.status == ReviewStatus::Confirmed)
                f.notes = QStringLiteral("Checked against the full section.");
            if (flags.insert(f).ok()) {
                ++n;
                ++perType;
            }
        }
    }
    return n;
}

/// A platform with one document and one version whose single clause holds
/// `text`, flagged with `typeKey`. Returns the flag id.
inline qint64 addFlaggedClause(const Database &db, const QString &platform, const QString &text,
                               const QString &typeKey, Severity severity,
                               const QString &capturedAt = QStringLiteral("2024-05-06T07:08:09Z"))
{
    seedClauseTypes(db);
    const qint64 p = PlatformRepository(db).ensure(platform, QStringLiteral("Testing")).value();
    const qint64 d = DocumentRepository(db)
                         .ensure(p, QStringLiteral("Terms of Service"), platform + QStringLiteral(" Terms"),
                                 QStringLiteral("https://%1.example/terms").arg(platform.toLower()))
                         .value();
    Snapshot s;
    s.documentId = d;
    s.capturedAt = capturedAt;
    s.originKind = OriginKind::Url;
    s.origin = QStringLiteral("https://%1.example/terms").arg(platform.toLower());
    s.raw = text.toUtf8();
    s.rawSha256 = Sha256::hexOf(s.raw);
    s.textSha256 = Sha256::hexOfText(text);
    const qint64 sid = SnapshotRepository(db).insert(s).value();
    Version v;
    v.documentId = d;
    v.text = text;
    v.textSha256 = s.textSha256;
    v.firstSnapshotId = sid;
    v.firstSeen = capturedAt;
    const qint64 vid = VersionRepository(db).insert(v).value();
    (void)SnapshotRepository(db).setOutcome(sid, CaptureOutcome::Version, vid);
    ClauseRepository clauses(db);
    QList<Clause> list(1);
    list[0].versionId = vid;
    list[0].end = int(text.size());
    list[0].headingPath = {QStringLiteral("1. General")};
    list[0].text = text;
    list[0].textHash = Sha256::hexOfText(text);
    list[0].lineageId = clauses.newLineage(d).value();
    (void)clauses.insertAll(list);
    Flag f;
    f.lineageId = list[0].lineageId;
    f.clauseId = list[0].id;
    f.typeKey = typeKey;
    f.severity = severity;
    f.summary = QStringLiteral("Summary of “%1”.").arg(text.left(40));
    return FlagRepository(db).insert(f).valueOr(0);
}

} // namespace cw::test
