#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace cw {

/// Where a capture's bytes came from.
enum class OriginKind { File, Url, Git };

inline QString originKindKey(OriginKind k)
{
    switch (k) {
    case OriginKind::Url: return QStringLiteral("url");
    case OriginKind::Git: return QStringLiteral("git");
    case OriginKind::File: break;
    }
    return QStringLiteral("file");
}

inline OriginKind originKindFromKey(const QString &k)
{
    if (k == QLatin1String("url"))
        return OriginKind::Url;
    if (k == QLatin1String("git"))
        return OriginKind::Git;
    return OriginKind::File;
}

/// What a capture led to: a new version, a verification of an existing one, a
/// technical re-extraction (recorded, never raised as a change), or nothing
/// because the quality gate found it suspect.
enum class CaptureOutcome { Version, Verification, Technical, Suspect };

inline QString captureOutcomeKey(CaptureOutcome o)
{
    switch (o) {
    case CaptureOutcome::Verification: return QStringLiteral("verification");
    case CaptureOutcome::Technical: return QStringLiteral("technical");
    case CaptureOutcome::Suspect: return QStringLiteral("suspect");
    case CaptureOutcome::Version: break;
    }
    return QStringLiteral("version");
}

inline CaptureOutcome captureOutcomeFromKey(const QString &k)
{
    if (k == QLatin1String("verification"))
        return CaptureOutcome::Verification;
    if (k == QLatin1String("technical"))
        return CaptureOutcome::Technical;
    if (k == QLatin1String("suspect"))
        return CaptureOutcome::Suspect;
    return CaptureOutcome::Version;
}

/// One capture event: the exact bytes as fetched or read, and their context.
struct Snapshot
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString capturedAt; ///< UTC ISO 8601
    OriginKind originKind = OriginKind::File;
    QString origin;     ///< file path, URL, or repository path
    QString commitId;   ///< for git origins
    std::optional<qint64> httpStatus;
    QString httpHeaders; ///< JSON object text, empty when not HTTP
    QString contentType;
    QByteArray raw;
    QString rawSha256;
    QString textSha256; ///< empty when no text was extracted
    bool suspect = false;
    QString qualityReason;
    CaptureOutcome outcome = CaptureOutcome::Version;
    std::optional<qint64> versionId;
};

} // namespace cw
