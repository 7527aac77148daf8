#pragma once

#include "capture/PageRenderer.h"
#include "services/CaptureRequest.h"
#include "util/Result.h"

#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <atomic>
#include <functional>

namespace cw {

class ChangeSummarizer;
class Database;

/// Which document a file or URL import feeds, and how.
struct ImportTarget
{
    QString platform;
    QString termsType;
    QString title;      ///< optional; defaults to "<platform> <terms type>"
    QString category;   ///< optional platform category
    QString capturedAt; ///< optional ISO time; see ImportService for defaults
    QString selectCss;  ///< kept on the document for every re-capture
    QString removeCss;
    /// URLs only: the page is rendered with its scripts (QtWebEngine) and the
    /// DOM they built is captured instead of the bytes served. Not owned.
    const PageRenderer *renderer = nullptr;
};

struct OtaImportOptions
{
    QStringList services;   ///< only these services (empty: all)
    QStringList termsTypes; ///< only these terms types (empty: all)
    QString since;          ///< only commits at or after this ISO date/time
};

/// Counts over one import run (any number of captures).
struct ImportSummary
{
    int captures = 0;
    int versionsAdded = 0;
    int verifications = 0;
    int technical = 0;
    int suspect = 0;
    int clauses = 0;
    int flagsAdded = 0;
    int alerts = 0; ///< change alerts raised (one per real change)
    QSet<qint64> documents;
    QSet<qint64> platforms;
    QStringList suspectReasons; ///< "<source>: <reason>", one per suspect capture

    void add(const CaptureResult &r, const QString &source);
    QJsonObject toJson() const;
    QString toText() const;
};

/// Progress of a long import: done of total (total 0 when unknown) and the
/// item being worked on.
using ImportProgress = std::function<void(int done, int total, const QString &item)>;

/// Imports files, folders and URLs into the archive, one transaction per
/// capture. Threads: use from one thread with its own Database connection
/// (the GUI runs it on a worker with a connection of its own).
class ImportService
{
public:
    /// `summarizer` (not owned) writes the change alerts' summaries; nullptr: the default.
    explicit ImportService(const Database &db, const ChangeSummarizer *summarizer = nullptr)
        : m_db(db), m_summarizer(summarizer)
    {
    }

    /// Largest file read from disk; larger files are refused before reading.
    static constexpr qint64 kMaxFileBytes = 100LL * 1024 * 1024;

    /// A file is one capture (captured now unless target.capturedAt is set).
    /// A folder's files are captures of the same document, oldest first: the
    /// capture time is a leading YYYY-MM-DD in the file name, else its
    /// modification time.
    Result<ImportSummary> importPath(const QString &path, const ImportTarget &target,
                                     const ImportProgress &progress = {},
                                     const std::atomic_bool *cancel = nullptr);
    Result<ImportSummary> importUrl(const QUrl &url, const ImportTarget &target,
                                    const std::atomic_bool *cancel = nullptr);
    /// Walks an Open Terms Archive versions repository and imports every
    /// recorded version it has not imported before (resume points are kept per
    /// document in the archive). Services become platforms, terms types
    /// documents; "technical upgrade" commits never count as changes.
    Result<ImportSummary> importOta(const QString &repository, const OtaImportOptions &options,
                                    const ImportProgress &progress = {},
                                    const std::atomic_bool *cancel = nullptr);

private:
    Result<CaptureResult> importFile(const QString &file, const ImportTarget &target,
                                     const QString &capturedAt);
    CaptureRequest baseRequest(const ImportTarget &target) const;

    const Database &m_db;
    const ChangeSummarizer *m_summarizer;
};

} // namespace cw
