#pragma once

#include <QString>

namespace cw {

/// What a redline export says about the two versions it compares: enough for
/// a reader to find and verify them in the archive.
struct RedlineHeader
{
    struct Side
    {
        QString label;           ///< "Version 4" (or a file name)
        QString capturedAt;      ///< UTC ISO 8601 of the capture that produced it
        QString declaredUpdated; ///< the document's own "last updated" date, may be empty
        QString textSha256;      ///< hex SHA-256 of the version text
        QString rawSha256;       ///< hex SHA-256 of the captured bytes, may be empty
        QString source;          ///< URL or file the capture came from, may be empty
    };

    QString title;       ///< e.g. "Redline: Streamly Terms of Use"
    QString platform;    ///< may be empty (files)
    QString document;    ///< document title
    QString termsType;   ///< "Terms of Service", …
    QString recordId;    ///< CW-D-…, may be empty
    QString generatedAt; ///< UTC ISO 8601
    Side oldSide;
    Side newSide;
};

} // namespace cw
