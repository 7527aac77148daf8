#pragma once

// Archives with known histories for the comparison and alert tests: clause
// types, regulations and flags are written directly (as the taxonomy loader
// and the classifier would), versions go through the real import pipeline.

#include "archive/Database.h"
#include "model/Flag.h"
#include "services/CaptureImporter.h"
#include "util/Result.h"

#include <QPair>
#include <QString>
#include <QStringList>

namespace cw::test {

[[noreturn]] inline void fixtureFailure(const QString &what, const Error &e)
{
    qFatal("%s: %s", qPrintable(what), qPrintable(e.toString()));
}

inline void addRegulation(const Database &db, const QString &key, const QString &shortName)
{
    auto st = db.prepare("INSERT OR IGNORE INTO regulations(key, short_name, name, jurisdiction)"
                         " VALUES (?, ?, ?, 'EU')");
    if (!st)
        fixtureFailure(QStringLiteral("regulation"), st.error());
    st->bind(1, key).bind(2, shortName).bind(3, shortName);
    if (auto s = st->exec(); !s)
        fixtureFailure(QStringLiteral("regulation"), s.error());
}

/// A clause type row as the taxonomy loader writes it (rowid order = taxonomy order).
inline void addClauseType(const Database &db, const QString &key, const QString &name,
                          const QString &category, const QString &severity,
                          const QStringList &regulations = {})
{
    auto st = db.prepare("INSERT INTO clause_types(key, name, category, default_severity,"
                         " description, why_it_matters, consumer_impact, updated_at)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, '2024-01-01T00:00:00Z')");
    if (!st)
        fixtureFailure(QStringLiteral("clause type"), st.error());
    st->bind(1, key)
        .bind(2, name)
        .bind(3, category)
        .bind(4, severity)
        .bind(5, QString(name + QStringLiteral(": what it does.")))
        .bind(6, QString(name + QStringLiteral(": why it matters.")))
        .bind(7, QString(name + QStringLiteral(": what it means for users.")));
    if (auto s = st->exec(); !s)
        fixtureFailure(QStringLiteral("clause type ") + key, s.error());
    for (const QString &r : regulations) {
        addRegulation(db, r, r.toUpper());
        auto link = db.prepare("INSERT INTO clause_type_regulations(type_key, regulation_key)"
                               " VALUES (?, ?)");
        link->bind(1, key).bind(2, r);
        if (auto s = link->exec(); !s)
            fixtureFailure(QStringLiteral("type regulation"), s.error());
    }
}

/// A canonical policy: a title, a "Last updated" line (when `declared` is not
/// empty), then one numbered section per (heading, paragraph).
inline QByteArray policyText(const QString &title, const QString &declared,
                             const QList<QPair<QString, QString>> &sections)
{
    QString s = QStringLiteral("# ") + title + QStringLiteral("\n\n");
    if (!declared.isEmpty())
        s += QStringLiteral("Last updated: ") + declared + QStringLiteral("\n\n");
    int n = 0;
    for (const auto &[heading, paragraph] : sections)
        s += QStringLiteral("## %1. %2\n\n%3\n\n").arg(++n).arg(heading, paragraph);
    return s.trimmed().toUtf8() + '\n';
}

/// Imports one capture of a Markdown text through the real pipeline.
inline CaptureResult importText(const Database &db, const QString &platform,
                                const QString &platformCategory, const QString &termsType,
                                const QByteArray &text, const QString &capturedAt,
                                bool technical = false)
{
    CaptureRequest r;
    r.platform = platform;
    r.platformCategory = platformCategory;
    r.termsType = termsType;
    r.documentTitle = platform + QLatin1Char(' ') + termsType;
    r.raw = text;
    r.fileName = QStringLiteral("policy.md");
    r.contentType = QStringLiteral("text/markdown; charset=utf-8");
    r.capturedAt = capturedAt;
    r.origin = QStringLiteral("fixture");
    r.technical = technical;
    r.classify = false; // the flags of these histories are written by the fixture
    auto result = CaptureImporter(db).import(r);
    if (!result)
        fixtureFailure(QStringLiteral("import ") + platform, result.error());
    return *result;
}

/// Flags the lineage of the clause of `versionId` whose text contains
/// `needle` (as the classifier or an analyst would): the flag's clause is the
/// lineage's newest clause. Returns the flag id.
inline qint64 flagClause(const Database &db, qint64 versionId, const QString &needle,
                         const QString &typeKey, Severity severity,
                         ReviewStatus status = ReviewStatus::Suggested,
                         bool changedSinceReview = false, const QString &summary = {})
{
    auto find =
        db.prepare("SELECT lineage_id FROM clauses WHERE version_id = ? AND instr(text, ?) > 0"
                   " ORDER BY ordinal LIMIT 1");
    find->bind(1, versionId).bind(2, needle);
    auto row = find->step();
    if (!row || !*row)
        qFatal("no clause with “%s” in version %lld", qPrintable(needle), versionId);
    const qint64 lineage = find->int64(0);
    auto ins = db.prepare(
        "INSERT INTO flags(lineage_id, clause_id, type_key, severity, origin, status,"
        " changed_since_review, summary, created_at, updated_at)"
        " VALUES (?1, (SELECT max(id) FROM clauses WHERE lineage_id = ?1), ?2, ?3, 'rule', ?4, ?5,"
        " ?6, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')");
    ins->bind(1, lineage)
        .bind(2, typeKey)
        .bind(3, severityKey(severity))
        .bind(4, reviewStatusKey(status))
        .bind(5, changedSinceReview ? 1 : 0)
        .bind(6, summary.isEmpty() ? QString(QStringLiteral("Summary of ") + typeKey) : summary);
    if (auto s = ins->exec(); !s)
        fixtureFailure(QStringLiteral("flag ") + typeKey, s.error());
    return db.lastInsertId();
}

/// Ids of the history buildCompareHistory() writes.
struct CompareHistory
{
    qint64 alpha = 0, beta = 0, gamma = 0, delta = 0;                         ///< platform ids
    qint64 alphaTerms = 0, alphaPrivacy = 0, betaTerms = 0, gammaPrivacy = 0; ///< documents
    qint64 alphaTermsV1 = 0, alphaTermsV2 = 0, alphaTermsV3 = 0;              ///< version ids
    qint64 betaTermsV1 = 0, betaTermsV2 = 0;
    qint64 arbitrationAlpha = 0, liabilityAlpha = 0, aiAlpha = 0; ///< flag ids
    qint64 arbitrationBeta = 0, liabilityBeta = 0, classActionBeta = 0, saleGamma = 0;
};

/// Four platforms with known histories (dates are capture times, UTC):
/// - Alpha (Streaming): Terms v1 2023-01-10 with arbitration (High, suggested)
///   and a USD 500 liability cap (Medium, confirmed); v2 2023-06-15 cap cut to
///   USD 100 (reworded) and an AI-training ban added (Low, suggested); v3
///   2024-03-01 the disputes section removed. Privacy v1 2023-01-10 (no flag).
/// - Beta (Payments): Terms v1 2023-03-01 with arbitration (High, confirmed), a
///   liability cap (High, suggested) and a class-action waiver the analyst
///   rejected; v2 2024-02-01 a silent change (same "Last updated").
/// - Gamma (Streaming): Privacy v1 2023-05-01 selling data (High, suggested).
/// - Delta (Cloud storage): a platform with no document.
/// Clause types: arbitration, class_action_waiver, limitation_of_liability
/// (disputes), ai_training_prohibited (content_ip), data_sale (data).
inline CompareHistory buildCompareHistory(const Database &db)
{
    addClauseType(db, QStringLiteral("arbitration"), QStringLiteral("Mandatory arbitration"),
                  QStringLiteral("disputes"), QStringLiteral("high"), {QStringLiteral("faa")});
    addClauseType(db, QStringLiteral("class_action_waiver"), QStringLiteral("Class-action waiver"),
                  QStringLiteral("disputes"), QStringLiteral("high"), {QStringLiteral("faa")});
    addClauseType(db, QStringLiteral("limitation_of_liability"),
                  QStringLiteral("Limitation of liability"), QStringLiteral("disputes"),
                  QStringLiteral("high"), {QStringLiteral("uctd")});
    addClauseType(db, QStringLiteral("ai_training_prohibited"),
                  QStringLiteral("Ban on AI training"), QStringLiteral("content_ip"),
                  QStringLiteral("medium"));
    addClauseType(db, QStringLiteral("data_sale"), QStringLiteral("Sale of personal data"),
                  QStringLiteral("data"), QStringLiteral("high"), {QStringLiteral("ccpa")});

    const QString acceptance = QStringLiteral(
        "By creating an account or using the service you agree to be bound by these terms.");
    const QString arbitration = QStringLiteral(
        "Any dispute between you and us will be resolved by binding individual arbitration "
        "administered under the consumer rules of the arbitration association.");
    const QString cap500 = QStringLiteral(
        "Our total liability to you for any claim is limited to the greater of USD 500 or the "
        "fees you paid us in the twelve months before the claim.");
    const QString cap100 = QStringLiteral(
        "Our total liability to you for any claim is limited to the greater of USD 100 or the "
        "fees you paid us in the twelve months before the claim.");
    const QString aiBan = QStringLiteral(
        "You may not use any content of the service to train, fine-tune or evaluate machine "
        "learning or artificial intelligence models.");
    const QString contact = QStringLiteral(
        "Questions about these terms can be sent to our legal team at the address on our site.");

    CompareHistory h;
    const QString terms = QStringLiteral("Terms of Service");
    const QString privacy = QStringLiteral("Privacy Policy");
    auto a1 =
        importText(db, QStringLiteral("Alpha"), QStringLiteral("Streaming"), terms,
                   policyText(QStringLiteral("Alpha Terms"), QStringLiteral("January 9, 2023"),
                              {{QStringLiteral("Acceptance"), acceptance},
                               {QStringLiteral("Disputes"), arbitration},
                               {QStringLiteral("Liability"), cap500},
                               {QStringLiteral("Contact"), contact}}),
                   QStringLiteral("2023-01-10T09:00:00Z"));
    h.alpha = a1.platformId;
    h.alphaTerms = a1.documentId;
    h.alphaTermsV1 = *a1.versionId;
    auto ap =
        importText(db, QStringLiteral("Alpha"), QStringLiteral("Streaming"), privacy,
                   policyText(QStringLiteral("Alpha Privacy"), QStringLiteral("January 9, 2023"),
                              {{QStringLiteral("Data we collect"),
                                QStringLiteral("We collect the information you give us and "
                                               "data about how you use the service.")},
                               {QStringLiteral("Contact"), contact}}),
                   QStringLiteral("2023-01-10T09:05:00Z"));
    h.alphaPrivacy = ap.documentId;
    auto b1 =
        importText(db, QStringLiteral("Beta"), QStringLiteral("Payments"), terms,
                   policyText(QStringLiteral("Beta Terms"), QStringLiteral("February 27, 2023"),
                              {{QStringLiteral("Acceptance"), acceptance},
                               {QStringLiteral("Arbitration"), arbitration},
                               {QStringLiteral("Class actions"),
                                QStringLiteral("You may bring claims only on your own behalf "
                                               "and not as part of any class action.")},
                               {QStringLiteral("Liability"), cap500},
                               {QStringLiteral("Fees"),
                                QStringLiteral("Instant transfers cost 1.5 percent of the "
                                               "amount, at most USD 15 per transfer.")}}),
                   QStringLiteral("2023-03-01T10:00:00Z"));
    h.beta = b1.platformId;
    h.betaTerms = b1.documentId;
    h.betaTermsV1 = *b1.versionId;
    auto g1 =
        importText(db, QStringLiteral("Gamma"), QStringLiteral("Streaming"), privacy,
                   policyText(QStringLiteral("Gamma Privacy"), QStringLiteral("April 30, 2023"),
                              {{QStringLiteral("Sharing"),
                                QStringLiteral("We sell your personal information to "
                                               "advertising partners and data brokers.")},
                               {QStringLiteral("Contact"), contact}}),
                   QStringLiteral("2023-05-01T08:00:00Z"));
    h.gamma = g1.platformId;
    h.gammaPrivacy = g1.documentId;
    auto a2 = importText(db, QStringLiteral("Alpha"), QStringLiteral("Streaming"), terms,
                         policyText(QStringLiteral("Alpha Terms"), QStringLiteral("June 14, 2023"),
                                    {{QStringLiteral("Acceptance"), acceptance},
                                     {QStringLiteral("Disputes"), arbitration},
                                     {QStringLiteral("Liability"), cap100},
                                     {QStringLiteral("AI training"), aiBan},
                                     {QStringLiteral("Contact"), contact}}),
                         QStringLiteral("2023-06-15T09:00:00Z"));
    h.alphaTermsV2 = *a2.versionId;
    auto b2 =
        importText(db, QStringLiteral("Beta"), QStringLiteral("Payments"), terms,
                   policyText(QStringLiteral("Beta Terms"), QStringLiteral("February 27, 2023"),
                              {{QStringLiteral("Acceptance"), acceptance},
                               {QStringLiteral("Arbitration"), arbitration},
                               {QStringLiteral("Class actions"),
                                QStringLiteral("You may bring claims only on your own behalf "
                                               "and not as part of any class action.")},
                               {QStringLiteral("Liability"), cap500},
                               {QStringLiteral("Fees"),
                                QStringLiteral("Instant transfers cost 1.75 percent of the "
                                               "amount, at most USD 25 per transfer.")}}),
                   QStringLiteral("2024-02-01T10:00:00Z"));
    h.betaTermsV2 = *b2.versionId;
    auto a3 =
        importText(db, QStringLiteral("Alpha"), QStringLiteral("Streaming"), terms,
                   policyText(QStringLiteral("Alpha Terms"), QStringLiteral("February 28, 2024"),
                              {{QStringLiteral("Acceptance"), acceptance},
                               {QStringLiteral("Liability"), cap100},
                               {QStringLiteral("AI training"), aiBan},
                               {QStringLiteral("Contact"), contact}}),
                   QStringLiteral("2024-03-01T09:00:00Z"));
    h.alphaTermsV3 = *a3.versionId;

    auto delta = db.prepare("INSERT INTO platforms(name, category, created_at)"
                            " VALUES ('Delta', 'Cloud storage', '2024-01-01T00:00:00Z')");
    if (auto s = delta->exec(); !s)
        fixtureFailure(QStringLiteral("Delta"), s.error());
    h.delta = db.lastInsertId();

    h.arbitrationAlpha =
        flagClause(db, h.alphaTermsV1, QStringLiteral("binding individual arbitration"),
                   QStringLiteral("arbitration"), Severity::High);
    h.liabilityAlpha = flagClause(db, h.alphaTermsV1, QStringLiteral("total liability"),
                                  QStringLiteral("limitation_of_liability"), Severity::Medium,
                                  ReviewStatus::Confirmed);
    h.aiAlpha = flagClause(db, h.alphaTermsV2, QStringLiteral("machine learning"),
                           QStringLiteral("ai_training_prohibited"), Severity::Low);
    h.arbitrationBeta =
        flagClause(db, h.betaTermsV1, QStringLiteral("binding individual arbitration"),
                   QStringLiteral("arbitration"), Severity::High, ReviewStatus::Confirmed);
    h.liabilityBeta = flagClause(db, h.betaTermsV1, QStringLiteral("total liability"),
                                 QStringLiteral("limitation_of_liability"), Severity::High);
    h.classActionBeta =
        flagClause(db, h.betaTermsV1, QStringLiteral("class action"),
                   QStringLiteral("class_action_waiver"), Severity::High, ReviewStatus::Rejected);
    h.saleGamma = flagClause(db, *g1.versionId, QStringLiteral("sell your personal"),
                             QStringLiteral("data_sale"), Severity::High);
    return h;
}

} // namespace cw::test
