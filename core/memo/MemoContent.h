#pragma once

#include "memo/MemoSpec.h"
#include "model/Flag.h"
#include "model/Severity.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <utility>

namespace cw {

/// A regulation a clause type touches, as printed in a memo.
struct MemoRegulation
{
    QString key;
    QString shortName;    ///< "GDPR"
    QString name;         ///< "General Data Protection Regulation"
    QString jurisdiction; ///< "EU"
    QString citation;     ///< "Regulation (EU) 2016/679, Art. 22"
};

/// One snapshot a memo cites: the capture its quoted wording comes from.
struct MemoEvidence
{
    qint64 snapshotId = 0;
    QString platform;
    QString documentTitle;
    QString documentRecordId; ///< CW-D-000038
    int versionNumber = 0;
    QString capturedAt;  ///< UTC ISO 8601
    QString origin;      ///< how it was captured: "url", "file", "git"
    QString sourceUrl;   ///< the page's address (empty when unknown)
    QString waybackUrl;  ///< https://web.archive.org/web/<YYYYMMDDhhmmss>/<url>; empty without a URL
    QString rawSha256;   ///< over the exact captured bytes
    QString textSha256;  ///< over the extracted text
    QString lastVerified; ///< newest capture that found the same text
};

/// A flagged clause as a memo reports it.
struct MemoFinding
{
    qint64 flagId = 0;
    QString recordId; ///< CW-P-000123
    QString platform;
    QString documentTitle;
    QString termsType;
    QString documentRecordId;
    int versionNumber = 0;
    QStringList headingPath;
    QString typeKey;
    QString typeName;
    QString category;
    Severity severity = Severity::Medium;
    ReviewStatus status = ReviewStatus::Suggested;
    bool changedSinceReview = false;
    bool analystFlag = false; ///< raised by an analyst rather than a rule
    QString quote;            ///< the clause's wording (as of the cited version)
    QList<std::pair<int, int>> evidence; ///< [start, end) into quote: the matched words
    QString previousQuote;    ///< Diff scope: the wording in the older version, when it differs
    QString plainSummary;
    QString whyItMatters;
    QString consumerImpact;
    QList<MemoRegulation> regulations;
    QString notes;
    qint64 snapshotId = 0; ///< the cited capture (see MemoContent::evidence)
    QString citation;      ///< the "how to cite" line
};

/// A document in scope: which version the memo speaks about.
struct MemoScopeDocument
{
    QString platform;
    QString title;
    QString termsType;
    QString recordId;
    int versionNumber = 0;
    int versionCount = 0;
    QString versionFirstSeen;
    QString lastVerified;
    QString textSha256;
    QString sourceUrl;
};

/// What changed in one document between two versions, in plain language.
struct MemoChange
{
    QString platform;
    QString documentTitle;
    QString documentRecordId;
    int fromVersion = 0;
    int toVersion = 0;
    QString fromDate; ///< first seen (UTC ISO)
    QString toDate;
    QString summary;      ///< one or two sentences
    QStringList points;   ///< the individual changes
    QStringList flagsTouched; ///< record ids of flagged clauses the change touched
    bool silent = false;  ///< the document's own "last updated" date did not move
    QString source;       ///< what produced the summary ("clause lineage", "diff engine", …)
};

/// One cell of the cross-platform benchmark: how one platform handles one
/// clause type (no severity when the platform has no such flag).
struct MemoBenchmarkEntry
{
    QString typeKey;
    QString typeName;
    QString platform;
    std::optional<Severity> severity;
    ReviewStatus status = ReviewStatus::Suggested;
    QString recordId;
    QString documentTitle;
    QString summary;
    bool inScope = false; ///< the platform (or flag) this memo is about
};

/// The overall risk statement of the executive summary.
struct MemoRiskStatement
{
    std::optional<Severity> level; ///< none when there are no findings
    bool provisional = false;      ///< rests on findings nobody has reviewed yet
    QString statement;             ///< one paragraph for people
    int high = 0, medium = 0, low = 0;
    int confirmed = 0, suggested = 0, rejected = 0, changedSinceReview = 0;
};

/// Everything a memo says, gathered from the archive by MemoCollector: the
/// single input of MemoBuilder (HTML), of the canonical serialisation and so
/// of the memo's fingerprint. A plain value, cheap to copy.
struct MemoContent
{
    MemoSpec spec;
    QString title;        ///< "Compliance memo: Streamly"
    QString subject;
    QString date;         ///< ISO day
    QString generatedAt;  ///< UTC ISO 8601
    QString archiveName;  ///< the archive file's name (not its path: memos travel)
    QString scopeDescription; ///< one sentence: what the memo covers
    QStringList platforms;
    QStringList clauseTypes; ///< names of the clause types in scope
    QList<MemoScopeDocument> documents;
    QList<MemoFinding> findings;
    MemoRiskStatement risk;
    QString changesSince;    ///< the date the changes section starts from (may be empty)
    QString changesSinceReason; ///< why that date ("previous memo …", "option", …)
    QList<MemoChange> changes;
    QList<MemoBenchmarkEntry> benchmark;
    QStringList recommendations;
    QStringList limitations;
    QList<MemoEvidence> evidence;

    /// The cited SHA-256 hashes (raw and text of every cited snapshot), sorted.
    QStringList citedHashes() const;
    const MemoEvidence *evidenceFor(qint64 snapshotId) const;
};

} // namespace cw
