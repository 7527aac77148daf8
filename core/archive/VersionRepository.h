#pragma once

#include "model/Version.h"
#include "util/Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace cw {

class Database;

class VersionRepository
{
public:
    explicit VersionRepository(const Database &db) : m_db(db) {}

    /// Appends a version; its number is one more than the document's newest.
    Result<qint64> insert(const Version &v);
    Result<std::optional<Version>> get(qint64 id, bool withText = true) const;
    Result<std::optional<Version>> latest(qint64 documentId, bool withText = true) const;
    /// The document's version whose text has this hash, if any.
    Result<std::optional<Version>> findByHash(qint64 documentId, const QString &textSha256) const;
    /// A document's versions, oldest first, without text.
    Result<QList<Version>> forDocument(qint64 documentId) const;
    /// Records that a later capture found this version's text again.
    Status addVerification(qint64 versionId, qint64 snapshotId, const QString &verifiedAt);
    /// Streams every version with its text (for verify), one at a time.
    Status forEach(const std::function<void(const Version &)> &visit) const;

private:
    const Database &m_db;
};

} // namespace cw
