#include "services/CaptureImporter.h"

#include "alerts/ChangeAlerter.h"
#include "archive/ClauseRepository.h"
#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/SnapshotRepository.h"
#include "archive/Transaction.h"
#include "archive/VersionRepository.h"
#include "provenance/Sha256.h"
#include "services/ClauseStage.h"
#include "services/TextStage.h"
#include "util/Time.h"

#include <QCoreApplication>

namespace cw {

namespace {
QString tr(const char *s)
{
    return QCoreApplication::translate("cw::CaptureImporter", s);
}
} // namespace

Result<CaptureResult> CaptureImporter::import(const CaptureRequest &request)
{
    return import(PreparedCapture::unprepared(request));
}

Result<CaptureResult> CaptureImporter::import(const PreparedCapture &prepared)
{
    auto result = importChecked(prepared);
    if (!result)
        m_recent.clear();
    return result;
}

Result<CaptureResult> CaptureImporter::importChecked(const PreparedCapture &pre)
{
    const CaptureRequest &req = pre.request;
    const QString op = tr("importing %1 / %2").arg(req.platform, req.termsType);
    if (req.platform.trimmed().isEmpty())
        return makeError(op, tr("a platform name is required"));
    if (req.termsType.trimmed().isEmpty())
        return makeError(op, tr("a terms type is required"));

    // A re-capture extracts the way the document was set up (its stored CSS
    // selectors) unless the request says otherwise.
    CaptureRequest effective = req;
    if (req.selectCss.isEmpty() && req.removeCss.isEmpty()) {
        auto platform = PlatformRepository(m_db).findByName(req.platform.trimmed());
        if (platform && platform->has_value()) {
            auto doc = DocumentRepository(m_db).find((*platform)->id, req.termsType.trimmed());
            if (doc && doc->has_value()) {
                effective.selectCss = (*doc)->selectCss;
                effective.removeCss = (*doc)->removeCss;
            }
        }
    }
    // Pure work first, outside the transaction — unless it was done ahead
    // with the same selectors.
    const bool preparedText = pre.extracted && effective.selectCss == req.selectCss &&
                              effective.removeCss == req.removeCss;
    const Result<ExtractedDocument> text = preparedText ? pre.text : runTextStage(effective);

    Transaction tx(m_db);
    CaptureResult out;
    PlatformRepository platforms(m_db);
    DocumentRepository documents(m_db);
    SnapshotRepository snapshots(m_db);
    VersionRepository versions(m_db);

    auto platformId =
        platforms.ensure(req.platform.trimmed(), req.platformCategory, req.platformWebsite);
    if (!platformId)
        return platformId.error();
    out.platformId = *platformId;
    auto documentId =
        documents.ensure(out.platformId, req.termsType.trimmed(), req.documentTitle, req.sourceUrl);
    if (!documentId)
        return documentId.error();
    out.documentId = *documentId;
    if (!req.selectCss.isEmpty() || !req.removeCss.isEmpty())
        CW_TRY(documents.setSelectors(out.documentId, req.selectCss, req.removeCss));

    auto latest = versions.latest(out.documentId, /*withText=*/false);
    if (!latest)
        return latest.error();

    Snapshot snap;
    snap.documentId = out.documentId;
    snap.capturedAt = req.capturedAt.isEmpty() ? nowIsoUtc() : toIsoUtc(fromIso(req.capturedAt));
    snap.originKind = req.originKind;
    snap.origin = req.origin;
    snap.commitId = req.commitId;
    snap.httpStatus = req.httpStatus;
    snap.httpHeaders = req.httpHeaders;
    snap.contentType = req.contentType;
    snap.raw = req.raw;
    snap.rawSha256 = pre.extracted ? pre.rawSha256 : Sha256::hexOf(req.raw);
    snap.textSha256 =
        preparedText ? pre.textSha256 : (text ? Sha256::hexOfText(text->text) : QString());

    // The quality gate compares against the newest version's length; the
    // change alert compares against its text.
    std::optional<qsizetype> previousLength;
    Version previous;
    const QList<Clause> *previousClauses = nullptr;
    std::optional<QString> previousMasked;
    if (latest->has_value()) {
        const auto recent = m_recent.constFind(out.documentId);
        if (recent != m_recent.cend() && recent->version.id == (*latest)->id) {
            previous = recent->version;
            previousClauses = &recent->clauses;
            previousMasked = recent->maskedText;
        } else {
            auto prev = versions.get((*latest)->id, /*withText=*/true);
            if (!prev)
                return prev.error();
            if (prev->has_value())
                previous = **prev;
        }
        previousLength = previous.text.size();
    }
    // What was prepared ahead holds if it assumed the archive's actual
    // newest version (or, with nothing assumed, there is none).
    const bool assumptionHolds =
        preparedText && pre.assessed &&
        (pre.assumed ? latest->has_value() && pre.assumed->textSha256 == (*latest)->textSha256 &&
                           pre.assumed->textLength == previousLength
                     : !latest->has_value());
    const QualityVerdict quality =
        assumptionHolds ? pre.quality : assessQuality(req, text, previousLength);
    if (quality.suspect) {
        snap.suspect = true;
        snap.qualityReason = quality.reason;
        snap.outcome = CaptureOutcome::Suspect;
        auto id = snapshots.insert(snap);
        if (!id)
            return id.error();
        out.snapshotId = *id;
        out.outcome = CaptureOutcome::Suspect;
        out.suspectReason = quality.reason;
        CW_TRY(tx.commit());
        return out;
    }

    // Same text as the newest version: a verification, not a new version.
    if (latest->has_value() && (*latest)->textSha256 == snap.textSha256) {
        snap.outcome = CaptureOutcome::Verification;
        snap.versionId = (*latest)->id;
        auto id = snapshots.insert(snap);
        if (!id)
            return id.error();
        CW_TRY(versions.addVerification((*latest)->id, *id, snap.capturedAt));
        out.snapshotId = *id;
        out.outcome = CaptureOutcome::Verification;
        out.versionId = (*latest)->id;
        out.versionNumber = (*latest)->number;
        CW_TRY(tx.commit());
        return out;
    }

    snap.outcome =
        req.technical && latest->has_value() ? CaptureOutcome::Technical : CaptureOutcome::Version;
    auto snapId = snapshots.insert(snap);
    if (!snapId)
        return snapId.error();
    out.snapshotId = *snapId;

    Version v;
    v.documentId = out.documentId;
    v.text = text->text;
    v.textSha256 = snap.textSha256;
    v.firstSnapshotId = *snapId;
    v.firstSeen = snap.capturedAt;
    v.lastVerified = snap.capturedAt;
    v.declaredUpdated = text->declaredDate;
    auto versionId = versions.insert(v);
    if (!versionId)
        return versionId.error();
    CW_TRY(snapshots.setOutcome(*snapId, snap.outcome, *versionId));
    out.outcome = snap.outcome;
    out.versionId = *versionId;
    auto stored = versions.get(*versionId, false);
    if (!stored)
        return stored.error();
    out.versionNumber = (*stored)->number;

    auto platform = platforms.get(out.platformId);
    if (!platform)
        return platform.error();
    // Flags raised from here on belong to this version (for the alert).
    auto lastFlagLease = m_db.cached("SELECT coalesce(max(id), 0) FROM flags");
    if (!lastFlagLease)
        return lastFlagLease.error();
    Statement *lastFlag = lastFlagLease->get();
    auto lastFlagRow = lastFlag->step();
    if (!lastFlagRow)
        return lastFlagRow.error();
    const qint64 flagsBefore = lastFlag->int64(0);
    ClauseStageInput clauseInput{out.documentId,
                                 *versionId,
                                 latest->has_value() ? std::optional<qint64>((*latest)->id)
                                                     : std::nullopt,
                                 v.text,
                                 (*platform)->name,
                                 req.classify};
    clauseInput.previousClauses = previousClauses;
    clauseInput.carryFlags = !m_deferFlagCarry;
    if (preparedText && pre.clauses) {
        clauseInput.prepared = &*pre.clauses;
        clauseInput.preparedLineageHolds = assumptionHolds;
    }
    auto clauses = runClauseStage(m_db, clauseInput);
    if (!clauses)
        return clauses.error();
    out.clauses = clauses->clauses;
    out.flagsAdded = clauses->flagsAdded;
    out.flagsCarried = clauses->flagsCarried;
    out.flagsReturnedToReview = clauses->flagsReturnedToReview;

    // One alert per real change: not for the first capture of a document,
    // not for a technical re-extraction (verifications and suspect captures
    // returned above). Same transaction as the version.
    if (out.outcome == CaptureOutcome::Version && latest->has_value()) {
        ChangeAlertInput change;
        change.documentId = out.documentId;
        change.platform = (*platform)->name;
        change.termsType = req.termsType.trimmed();
        change.previous = previous;
        change.current = v;
        change.current.id = *versionId;
        change.current.number = out.versionNumber;
        change.flagsAddedAfter = flagsBefore;
        const auto facts = [](const QList<Clause> &list) {
            QList<FactClause> out;
            out.reserve(list.size());
            for (const Clause &c : list)
                out.append(
                    FactClause{c.lineageId, c.start, c.headingPath, c.text, c.lineageStatus});
            return out;
        };
        change.previousClauses = facts(clauses->previousClauses);
        change.currentClauses = facts(clauses->clauseList);
        change.previousMasked = previousMasked;
        if (preparedText)
            change.currentMasked = pre.maskedText;
        auto alert = ChangeAlerter(m_db, m_summarizer).record(change);
        if (!alert)
            return alert.error();
        out.alertId = *alert;
    }

    CW_TRY(tx.commit());
    Recent &recent = m_recent[out.documentId];
    recent.version = v;
    recent.version.id = *versionId;
    recent.version.number = out.versionNumber;
    recent.clauses = std::move(clauses->clauseList);
    recent.maskedText = preparedText ? pre.maskedText : std::nullopt;
    return out;
}

} // namespace cw
