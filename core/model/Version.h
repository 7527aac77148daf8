#pragma once

#include <QString>

#include <optional>

namespace cw {

/// A distinct extracted text of a document.
struct Version
{
    qint64 id = 0;
    qint64 documentId = 0;
    int number = 0; ///< 1-based within the document
    QString text;
    QString textSha256;
    std::optional<qint64> firstSnapshotId;
    QString firstSeen;
    QString lastVerified;
    QString declaredUpdated; ///< the document's own "last updated" (ISO date), may be empty
};

} // namespace cw
