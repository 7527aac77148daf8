#pragma once

#include "model/Snapshot.h"
#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Database;

/// One capture of a document on its timeline, with what it led to.
struct TimelineEntry
{
    qint64 snapshotId = 0;
    QString capturedAt; ///< UTC ISO
    CaptureOutcome outcome = CaptureOutcome::Version;
    bool suspect = false;
    QString qualityReason;
    QString originKind;
    std::optional<qint64> versionId; ///< the version produced or verified
    int versionNumber = 0;           ///< 0 when the capture led to no version
    QString declaredUpdated;         ///< the version's own "last updated", may be empty
    QString lastVerified;            ///< of that version
    /// For a capture that made a new version (number > 1): how its clauses
    /// relate to the previous version's.
    int clausesAdded = 0;
    int clausesModified = 0;
    int clausesMoved = 0;
    int clausesRemoved = 0;
    int flagsReturned = 0; ///< flags of this version changed since their last review

    bool isChange() const { return outcome == CaptureOutcome::Version && versionNumber > 1; }
};

/// The capture history of one document, for the versions timeline.
class TimelineRepository
{
public:
    explicit TimelineRepository(const Database &db) : m_db(db) {}

    /// Every capture of the document, oldest first.
    Result<QList<TimelineEntry>> forDocument(qint64 documentId) const;

private:
    const Database &m_db;
};

} // namespace cw
