#pragma once

#include "model/Snapshot.h"
#include "util/Result.h"

#include <QList>

#include <functional>
#include <optional>

namespace cw {

class Database;

class SnapshotRepository
{
public:
    explicit SnapshotRepository(const Database &db) : m_db(db) {}

    /// Stores a snapshot as given (the caller has hashed it); returns its id.
    Result<qint64> insert(const Snapshot &s);
    Status setOutcome(qint64 snapshotId, CaptureOutcome outcome, std::optional<qint64> versionId);
    Result<std::optional<Snapshot>> get(qint64 id, bool withRaw = true) const;
    /// A document's snapshots, oldest first, without raw bytes.
    Result<QList<Snapshot>> forDocument(qint64 documentId) const;
    /// Streams every snapshot with its raw bytes, one at a time (for verify).
    Status forEach(const std::function<void(const Snapshot &)> &visit) const;
    /// Whether a git commit was already captured for the document.
    Result<bool> hasCommit(qint64 documentId, const QString &commitId) const;

private:
    const Database &m_db;
};

} // namespace cw
