#pragma once

#include "services/ImportService.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <atomic>
#include <optional>

namespace cw {

class ChangeSummarizer;
class Database;

/// What re-capturing one document found.
enum class RecheckOutcome {
    Changed,   ///< a new version: an alert was raised
    Unchanged, ///< the same text (a verification) or no new commit in the repository
    Technical, ///< a new version from a technical re-extraction only: no alert
    Suspect,   ///< the capture failed the quality gate (stored, no version)
    Failed,    ///< the source could not be read (network, missing file, …)
    Skipped,   ///< the document has no source Clausewatch can capture again
};

/// "changed", "unchanged", "technical", "suspect", "failed", "skipped".
QString recheckOutcomeKey(RecheckOutcome o);

struct RecheckItem
{
    qint64 documentId = 0;
    QString platform;
    QString termsType;
    QString source; ///< URL, file path or repository path
    RecheckOutcome outcome = RecheckOutcome::Unchanged;
    QString message;      ///< the reason for Failed, Suspect and Skipped
    QList<qint64> alerts; ///< alerts raised for this document by the check
};

struct RecheckSummary
{
    QList<RecheckItem> items; ///< one per document checked, in the order checked
    bool cancelled = false;   ///< stopped early; the documents not reached are not listed
    int count(RecheckOutcome o) const;
    QList<qint64> alerts() const;
    QJsonObject toJson() const;
    QString toText() const;
};

struct RecheckOptions
{
    /// Run `git pull --ff-only` in an Open Terms Archive repository before
    /// reading it (needs the network; off by default).
    bool pullGitRepositories = false;
    /// Renders the pages of documents imported with rendering (not owned;
    /// callable from the calling thread: the command line's renderer lives
    /// there, the GUI's hands the work to its own thread). Without it those
    /// documents are skipped with a note rather than captured as empty shells.
    const PageRenderer *renderer = nullptr;
};

/// "Check now": captures documents again from where they came from, through
/// the normal import pipeline (so each real change raises exactly one alert):
/// - a document whose newest capture came from an Open Terms Archive
///   repository is re-read from that repository (new commits only; resume
///   points are kept per document), after an optional `git pull`;
/// - one whose newest capture came from a file that still exists re-reads it;
/// - otherwise its http(s) source URL is fetched, with the document's stored
///   select/remove CSS.
/// A document that fails does not stop the others.
///
/// Threads: the caller's thread, with its own connection (the GUI runs it on a
/// worker); `progress` is called on that thread.
class RecheckService
{
public:
    explicit RecheckService(const Database &db, const ChangeSummarizer *summarizer = nullptr)
        : m_db(db), m_summarizer(summarizer)
    {
    }

    Result<RecheckSummary> check(const QList<qint64> &documentIds,
                                 const RecheckOptions &options = {},
                                 const ImportProgress &progress = {},
                                 const std::atomic_bool *cancel = nullptr);
    /// The watchlist's documents (WatchlistRepository::watchedDocuments).
    Result<RecheckSummary> checkWatched(const RecheckOptions &options = {},
                                        const ImportProgress &progress = {},
                                        const std::atomic_bool *cancel = nullptr);
    /// Every document of the archive.
    Result<RecheckSummary> checkAll(const RecheckOptions &options = {},
                                    const ImportProgress &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

private:
    const Database &m_db;
    const ChangeSummarizer *m_summarizer;
};

} // namespace cw
