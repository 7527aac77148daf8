#pragma once

#include "diff/ChangeSummary.h"
#include "diff/ClauseChange.h"
#include "diff/DiffOptions.h"
#include "diff/RedlineHeader.h"
#include "diff/VersionDiff.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <atomic>
#include <functional>

namespace cw {

class Database;

/// One side of a comparison: an archived version, or a file.
struct ComparedVersion
{
    qint64 id = 0;           ///< versions.id; 0 for a file
    int number = 0;          ///< 1-based within its document; 0 for a file
    QString label;           ///< "Version 4" or the file name
    QString capturedAt;      ///< first seen (UTC ISO 8601); empty for a file
    QString lastVerified;    ///< empty for a file
    QString declaredUpdated; ///< the document's own "last updated" date, may be empty
    QString textSha256;      ///< hex SHA-256 of the compared text (UTF-8)
    QString rawSha256;       ///< hex SHA-256 of the captured bytes (first capture / the file)
    QString source;          ///< the capture's URL, path or repository; the file path
};

/// Two versions of a document compared: the word-level diff, the clause
/// change list with the flags it touches, and the plain-language summary.
/// A plain value, safe to hand across threads (the memo and alert services
/// and the diff view all start from one).
struct VersionComparison
{
    qint64 documentId = 0; ///< 0 for files
    QString platform;      ///< empty for files
    QString documentTitle;
    QString termsType;
    QString documentRecordId; ///< CW-D-…; empty for files
    ComparedVersion oldVersion;
    ComparedVersion newVersion;
    DiffOptions options;
    VersionDiff diff; ///< holds both texts (diff.oldText, diff.newText)
    ClauseChangeList clauses;
    ChangeSummary summary;

    /// The header of an exported redline (platform, document, both sides'
    /// capture times and hashes).
    RedlineHeader redlineHeader() const;

    /// The `diff --json` document: the engine's keys (DiffJson) plus
    /// `clauses`, `summary`, and `versions` (and `document` for archive
    /// versions); see core/diff/DIFF-JSON.md. Compact UTF-8, written directly.
    QByteArray toJsonBytes() const;
    /// Same, with the engine's part given: `diffJson` must be
    /// DiffJson::toJsonBytes(diff), e.g. written while the clause changes were
    /// being worked out (see DiffReadyHook).
    QByteArray toJsonBytes(QByteArray diffJson) const;
};

/// Compares two versions of one document from the archive (old first; any two
/// versions, not only consecutive ones, in either order). Clauses pair by
/// their stored lineage; flags are read with their taxonomy names.
///
/// Errors: an id that names no version; versions of different documents; a
/// database error; cancellation (when `cancel` becomes true, the call returns
/// soon with an Error whose cause is "cancelled").
///
/// Threads: runs on the calling thread with `db` (one connection per thread,
/// see Database); the GUI calls it from a worker with its own connection.
Result<VersionComparison> compareVersions(const Database &db, qint64 oldVersionId,
                                          qint64 newVersionId, const DiffOptions &options = {},
                                          const std::atomic_bool *cancel = nullptr);

/// Called by compareTexts on its own thread once the diff is complete and
/// before the clause changes are worked out from it (the longer, serial part
/// on large texts), so that a caller can start work on the diff meanwhile on
/// another thread. The reference is valid only during the call: such work
/// takes a copy (cheap: the diff's lists and texts are implicitly shared).
using DiffReadyHook = std::function<void(const VersionDiff &)>;

/// Compares two canonical texts without an archive: the clauses come from
/// segmenting both texts (in parallel with the diff on large inputs) and
/// matching them with ClauseLineage. The sides' labels, hashes and sources are
/// left for the caller to fill in. Cancellation: as above (diff.cancelled set,
/// nothing else filled; `diffReady` is not called).
VersionComparison compareTexts(const QString &oldText, const QString &newText,
                               const DiffOptions &options = {},
                               const std::atomic_bool *cancel = nullptr,
                               const DiffReadyHook &diffReady = {});

} // namespace cw
