#pragma once

#include "model/Snapshot.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace cw {

/// One capture to import: the raw bytes and everything known about where and
/// when they came from. Platform and document are found by name and terms type,
/// and created when new.
struct CaptureRequest
{
    QString platform;
    QString platformCategory;
    QString platformWebsite;
    QString termsType;
    QString documentTitle;
    QString sourceUrl;

    QByteArray raw;
    QString contentType; ///< e.g. "text/html; charset=utf-8"; may be empty
    QString fileName;    ///< helps detect the format; may be empty

    QString capturedAt;  ///< UTC ISO 8601; now when empty
    OriginKind originKind = OriginKind::File;
    QString origin;
    QString commitId;
    std::optional<qint64> httpStatus;
    QString httpHeaders; ///< JSON object text
    QString selectCss;   ///< stored on the document for every re-capture
    QString removeCss;

    /// A technical re-extraction (e.g. an Open Terms Archive "technical
    /// upgrade" commit): a changed text still makes a version, but it is never
    /// raised as a change of the terms.
    bool technical = false;
    /// Run the rule classifier on new and reworded clauses (the default).
    /// Off, clauses are stored and existing flags still follow their lineage,
    /// but nothing new is suggested — for histories whose flags come from
    /// elsewhere (an analyst's own review, another tool).
    bool classify = true;
};

/// What importing one capture did.
struct CaptureResult
{
    qint64 platformId = 0;
    qint64 documentId = 0;
    qint64 snapshotId = 0;
    CaptureOutcome outcome = CaptureOutcome::Version;
    std::optional<qint64> versionId;
    int versionNumber = 0;
    QString suspectReason; ///< set when outcome is Suspect
    int clauses = 0;
    int flagsAdded = 0;
    int flagsCarried = 0; ///< 0 when a bulk import carries flags per batch instead
    int flagsReturnedToReview = 0;
    std::optional<qint64> alertId; ///< the change alert this capture raised, if any
};

} // namespace cw
