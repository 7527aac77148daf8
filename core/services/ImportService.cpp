#include "services/ImportService.h"

#include "archive/Database.h"
#include "archive/DocumentRepository.h"
#include "archive/FtsIndex.h"
#include "archive/Rows.h"
#include "archive/Transaction.h"
#include "capture/CaptureModules.h"
#include "capture/TermsTypes.h"
#include "services/CaptureImporter.h"
#include "services/ClauseStage.h"
#include "services/PreparedCapture.h"
#include "util/BoundedQueue.h"
#include "util/ReorderQueue.h"
#include "util/Time.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QMimeDatabase>
#include <QRegularExpression>
#include <QScopeGuard>
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <thread>
#include <vector>

namespace cw {

namespace {

/// How long a page may take to load and settle when rendered.
constexpr int kRenderTimeoutMs = 30000;
/// How often an Open Terms Archive import commits its batch of captures.
constexpr qint64 kBatchMs = 500;

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::ImportService", s);
}

// "2024-03-01.md", "2024-03-01T10-00-00Z.html" → the time in the name.
QString timeFromFileName(const QString &name)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2})[-:](\\d{2})[-:](\\d{2}))?"));
    const auto m = re.match(name);
    if (!m.hasMatch())
        return {};
    QString iso = m.captured(1);
    iso += m.capturedLength(2)
               ? QStringLiteral("T%1:%2:%3Z").arg(m.captured(2), m.captured(3), m.captured(4))
               : QStringLiteral("T00:00:00Z");
    return fromIso(iso).isValid() ? iso : QString();
}

} // namespace

void ImportSummary::add(const CaptureResult &r, const QString &source)
{
    ++captures;
    documents.insert(r.documentId);
    platforms.insert(r.platformId);
    switch (r.outcome) {
    case CaptureOutcome::Version:
        ++versionsAdded;
        break;
    case CaptureOutcome::Technical:
        ++versionsAdded;
        ++technical;
        break;
    case CaptureOutcome::Verification:
        ++verifications;
        break;
    case CaptureOutcome::Suspect:
        ++suspect;
        suspectReasons << QStringLiteral("%1: %2").arg(source, r.suspectReason);
        break;
    }
    clauses += r.clauses;
    flagsAdded += r.flagsAdded;
    if (r.alertId)
        ++alerts;
}

QJsonObject ImportSummary::toJson() const
{
    return QJsonObject{
        {QStringLiteral("captures"), captures},
        {QStringLiteral("versions_added"), versionsAdded},
        {QStringLiteral("verifications"), verifications},
        {QStringLiteral("technical"), technical},
        {QStringLiteral("suspect"), suspect},
        {QStringLiteral("suspect_reasons"), QJsonArray::fromStringList(suspectReasons)},
        {QStringLiteral("clauses"), clauses},
        {QStringLiteral("flags_added"), flagsAdded},
        {QStringLiteral("alerts"), alerts},
        {QStringLiteral("documents"), int(documents.size())},
        {QStringLiteral("platforms"), int(platforms.size())}};
}

QString ImportSummary::toText() const
{
    return tr("%1 captures: %2 new versions, %3 verifications, %4 suspect (%5 documents, %6 "
              "platforms).")
        .arg(captures)
        .arg(versionsAdded)
        .arg(verifications)
        .arg(suspect)
        .arg(documents.size())
        .arg(platforms.size());
}

CaptureRequest ImportService::baseRequest(const ImportTarget &target) const
{
    CaptureRequest r;
    r.platform = target.platform.trimmed();
    r.platformCategory = target.category;
    r.termsType = target.termsType.trimmed();
    r.documentTitle =
        target.title.isEmpty() ? r.platform + QLatin1Char(' ') + r.termsType : target.title;
    r.selectCss = target.selectCss;
    r.removeCss = target.removeCss;
    return r;
}

Result<CaptureResult> ImportService::importFile(const QString &file, const ImportTarget &target,
                                                const QString &capturedAt)
{
    const QString op = tr("importing %1").arg(QDir::toNativeSeparators(file));
    const QFileInfo info(file);
    if (info.size() > kMaxFileBytes)
        return makeError(op, tr("the file is %1 MB, larger than the %2 MB limit")
                                 .arg(info.size() / (1024 * 1024))
                                 .arg(kMaxFileBytes / (1024 * 1024)));
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(op, tr("cannot read the file"), f.errorString());
    CaptureRequest r = baseRequest(target);
    r.raw = f.readAll();
    r.fileName = info.fileName();
    r.contentType =
        QMimeDatabase().mimeTypeForFileNameAndData(info.fileName(), r.raw.left(4096)).name();
    r.capturedAt = capturedAt;
    r.originKind = OriginKind::File;
    r.origin = info.absoluteFilePath();
    auto result = CaptureImporter(m_db, m_summarizer).import(r);
    if (!result)
        return makeError(op, result.error().message, result.error().cause);
    return result;
}

Result<ImportSummary> ImportService::importPath(const QString &path, const ImportTarget &target,
                                                const ImportProgress &progress,
                                                const std::atomic_bool *cancel)
{
    const QString op = tr("importing %1").arg(QDir::toNativeSeparators(path));
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(op, tr("no such file or folder"));
    ImportSummary summary;
    if (info.isFile()) {
        const QString at = target.capturedAt.isEmpty() ? nowIsoUtc() : target.capturedAt;
        auto r = importFile(path, target, at);
        if (!r)
            return r.error();
        summary.add(*r, info.fileName());
        if (progress)
            progress(1, 1, info.fileName());
        CW_TRY(FtsIndex::catchUp(m_db));
        return summary;
    }

    // A folder: its files are captures of one document, oldest first.
    struct Item
    {
        QString path;
        QString capturedAt;
    };
    QList<Item> items;
    const QFileInfoList files = QDir(path).entryInfoList(QDir::Files | QDir::Readable, QDir::Name);
    for (const QFileInfo &fi : files) {
        if (fi.fileName().startsWith(QLatin1Char('.')))
            continue;
        QString at = timeFromFileName(fi.fileName());
        if (at.isEmpty())
            at = toIsoUtc(fi.lastModified());
        items.append({fi.absoluteFilePath(), at});
    }
    if (items.isEmpty())
        return makeError(op, tr("the folder holds no files"));
    std::stable_sort(items.begin(), items.end(),
                     [](const Item &a, const Item &b) { return a.capturedAt < b.capturedAt; });
    int done = 0;
    for (const Item &item : items) {
        if (cancel && cancel->load())
            return makeError(op, tr("cancelled after %1 of %2 files").arg(done).arg(items.size()));
        auto r = importFile(item.path, target, item.capturedAt);
        if (!r)
            return r.error();
        summary.add(*r, QFileInfo(item.path).fileName());
        if (progress)
            progress(++done, int(items.size()), QFileInfo(item.path).fileName());
    }
    CW_TRY(FtsIndex::catchUp(m_db));
    return summary;
}

Result<ImportSummary> ImportService::importUrl(const QUrl &url, const ImportTarget &target,
                                               const std::atomic_bool *cancel)
{
    auto http = CaptureModules::httpFetcher();
    if (!http)
        return http.error();
    auto fetched = (*http)->fetch(url, {}, cancel);
    if (!fetched)
        return fetched.error();
    CaptureRequest r = baseRequest(target);
    r.sourceUrl = url.toString();
    r.raw = fetched->body;
    r.contentType = fetched->contentType;
    r.fileName = fetched->finalUrl.fileName();
    r.capturedAt = target.capturedAt.isEmpty() ? nowIsoUtc() : target.capturedAt;
    r.originKind = OriginKind::Url;
    r.origin = fetched->finalUrl.toString();
    // Rendered: the status and headers are the server's (from the fetch above);
    // the bytes kept are the DOM the page's scripts built, and the origin says so.
    if (target.renderer) {
        auto page = target.renderer->render(fetched->finalUrl, kRenderTimeoutMs);
        if (!page)
            return page.error();
        r.raw = page->html;
        r.contentType = QStringLiteral("text/html; charset=utf-8");
        r.origin = page->finalUrl.toString() + QStringLiteral(" (rendered with JavaScript)");
    }
    r.httpStatus = fetched->status;
    r.httpHeaders = fetched->headersJson();
    auto result = CaptureImporter(m_db, m_summarizer).import(r);
    if (!result)
        return result.error();
    // Re-checks render the page again (RecheckService).
    if (target.renderer)
        CW_TRY(DocumentRepository(m_db).setRenderJs(result->documentId, true));
    ImportSummary summary;
    summary.add(*result, url.toDisplayString());
    CW_TRY(FtsIndex::catchUp(m_db));
    return summary;
}

Result<ImportSummary> ImportService::importOta(const QString &repository,
                                               const OtaImportOptions &options,
                                               const ImportProgress &progress,
                                               const std::atomic_bool *cancel)
{
    const QString op = tr("importing Open Terms Archive repository %1")
                           .arg(QDir::toNativeSeparators(repository));
    auto opened = CaptureModules::openOtaHistory(repository);
    if (!opened)
        return opened.error();
    const std::unique_ptr<OtaHistory> source = std::move(*opened);

    OtaFilter filter;
    filter.services = options.services;
    for (const QString &t : options.termsTypes)
        filter.termsTypes << TermsTypes::builtin().canonicalName(t).value_or(t);
    if (!options.since.isEmpty()) {
        filter.since = fromIso(options.since);
        if (!filter.since.isValid())
            return makeError(op, tr("--since “%1” is not an ISO 8601 date").arg(options.since));
    }
    // Resume points: the last commit imported for each document path.
    auto cursors = m_db.prepare("SELECT source, last_commit FROM import_cursors");
    if (!cursors)
        return cursors.error();
    CW_TRY(forEachRow(
        *cursors, [&](const Statement &s) { filter.resumeAfter.insert(s.text(0), s.text(1)); }));
    // A resume commit that the repository no longer has: read that document
    // again from the start; unchanged texts then become verifications or are
    // skipped by commit id below.
    filter.strictResume = false;

    auto total = source->countCommits(filter);
    const int commitsTotal = total ? *total : 0;
    auto cursor = m_db.prepare(
        "INSERT INTO import_cursors(document_id, source, last_commit, last_time) VALUES (?,?,?,?) "
        "ON CONFLICT(document_id) DO UPDATE SET source = excluded.source, "
        "last_commit = excluded.last_commit, last_time = excluded.last_time");
    if (!cursor)
        return cursor.error();

    ImportSummary summary;
    std::optional<Error> failure;
    CaptureImporter importer(m_db, m_summarizer);
    OtaProgress walk;
    // Captures are committed in batches (every ~half second): each capture
    // is still all-or-nothing inside its own savepoint, but the archive's hot
    // pages are written to the WAL once per batch instead of once per
    // capture. A crash loses at most the open batch, whose resume points go
    // with it, so a re-run imports those captures again.
    // Checkpoints move the log's pages into the archive file. SQLite's default
    // (every 1,000 pages) would checkpoint at nearly every batch commit and
    // write the pages an import keeps touching (indexes, the newest B-tree
    // leaves) again and again; a bulk import lets the log grow to 64 MB first.
    CW_TRY(m_db.exec("PRAGMA wal_autocheckpoint = 16384"));
    const auto restoreCheckpoints = qScopeGuard([&] {
        (void)m_db.exec("PRAGMA wal_autocheckpoint = 1000");
    });
    std::optional<Transaction> batch;
    QElapsedTimer batchClock;
    // Flags follow their lineage to its newest clause once per batch, just
    // before it commits, instead of once per version (a long history's
    // documents carry hundreds of flags through every version).
    importer.setDeferFlagCarry(true);
    auto newestVersion = m_db.prepare("SELECT coalesce(max(id), 0) FROM versions");
    if (!newestVersion)
        return newestVersion.error();
    qint64 batchAfterVersion = 0;
    const auto startBatch = [&]() -> Status {
        auto row = newestVersion->step();
        if (!row)
            return row.error();
        batchAfterVersion = newestVersion->int64(0);
        newestVersion->reset();
        batch.emplace(m_db);
        batchClock.start();
        return {};
    };
    const auto commitBatch = [&]() -> Status {
        if (!batch)
            return {};
        if (auto carried = carryFlagsToNewestClauses(m_db, batchAfterVersion); !carried) {
            batch.reset(); // rolled back: the batch is not kept half carried
            return carried.error();
        }
        Status s = batch->commit();
        batch.reset();
        return s;
    };
    // Three stages: a reader walks the history and does each capture's pure
    // work (extract, hash, gate, segment, lineage — CapturePreparer, against
    // the text it expects the document to have by then); a classifier thread
    // adds the rule classifier's suggestions; this thread writes the captures
    // in order. Each stage works a few captures ahead of the next (the queues
    // bound how far, and the memory). Histories whose first versions need
    // much classifying keep both cores busy that way; long ones are bound by
    // the writes. What the reader assumed is checked again when a capture is
    // written.
    struct Prepared
    {
        PreparedCapture capture;
        QString path;
        QString commitId;
        std::uint64_t number = 0; ///< order in the history
    };
    BoundedQueue<Prepared> read(8);
    ReorderQueue<Prepared> queue(8);
    CapturePreparer preparer(/*deferSuggestions=*/true);
    Status status;
    const QString repositoryPath = QDir(repository).absolutePath();
    std::uint64_t numbered = 0;
    std::thread reader([&] {
        status = source->forEachCapture(
            filter,
            [&](const OtaCapture &c) {
                if (cancel && cancel->load())
                    return false;
                CaptureRequest r;
                r.platform = c.service;
                r.termsType = c.documentId.isEmpty()
                                  ? c.termsType
                                  : QStringLiteral("%1 (%2)").arg(c.termsType, c.documentId);
                r.documentTitle = c.service + QLatin1Char(' ') + r.termsType;
                r.raw = c.content;
                r.fileName = c.path;
                r.contentType = QStringLiteral("text/markdown; charset=utf-8");
                r.capturedAt = toIsoUtc(c.commitTime);
                r.originKind = OriginKind::Git;
                r.origin = repositoryPath + QLatin1Char(':') + c.path;
                r.commitId = c.commitId;
                r.technical = c.kind == OtaCommitKind::Technical;
                return read.push(
                    Prepared{preparer.prepare(std::move(r)), c.path, c.commitId, numbered++});
            },
            &walk);
        read.close();
    });
    // Two classifiers: the first version of a document can have hundreds of
    // clauses to classify, and while one classifier works through it the
    // other goes on with the next captures (the queue puts them back in
    // order for the writer). The last one to finish closes the queue.
    const int classifierCount = std::clamp(int(std::thread::hardware_concurrency()), 1, 2);
    std::atomic_int classifiersRunning{classifierCount};
    std::vector<std::thread> classifiers;
    for (int i = 0; i < classifierCount; ++i) {
        classifiers.emplace_back([&] {
            while (auto item = read.pop()) {
                CapturePreparer::addSuggestions(item->capture);
                const std::uint64_t number = item->number;
                if (!queue.push(number, std::move(*item)))
                    break;
            }
            read.close(); // stops the reader when the writer stopped first
            if (--classifiersRunning == 0)
                queue.close();
        });
    }
    const auto write = [&](const Prepared &item) -> bool {
        if (cancel && cancel->load())
            return false;
        const CaptureRequest &r = item.capture.request;
        if (!batch) {
            if (auto s = startBatch(); !s) {
                failure = s.error();
                return false;
            }
        }
        // One savepoint per capture, cursor included: the capture and its
        // resume point are kept together or not at all.
        Transaction tx(m_db);
        auto result = importer.import(item.capture);
        if (!result) {
            failure = makeError(
                op, tr("%1 at commit %2: %3")
                        .arg(item.path, item.commitId.left(12), result.error().toString()));
            return false;
        }
        cursor->bind(1, result->documentId)
            .bind(2, item.path)
            .bind(3, item.commitId)
            .bind(4, r.capturedAt);
        if (auto s = cursor->exec(); !s) {
            failure = s.error();
            return false;
        }
        if (auto s = tx.commit(); !s) {
            failure = s.error();
            return false;
        }
        if (batchClock.elapsed() >= kBatchMs) {
            if (auto s = commitBatch(); !s) {
                failure = s.error();
                return false;
            }
        }
        summary.add(*result, item.path + QLatin1Char('@') + item.commitId.left(12));
        if (progress)
            progress(walk.commitsVisited.load(), commitsTotal, item.path);
        return true;
    };
    // While the next capture is not ready, the writer indexes for search what
    // it has written so far (inside the open batch), instead of all of it at
    // the end while the other stages have nothing left to do.
    int indexedCaptures = 0;
    std::optional<Prepared> item;
    for (;;) {
        item = queue.tryPop();
        if (!item) {
            if (batch && summary.captures > indexedCaptures) {
                if (auto indexed = FtsIndex::catchUp(m_db); !indexed) {
                    failure = indexed.error();
                    break;
                }
                indexedCaptures = summary.captures;
            }
            item = queue.pop();
        }
        if (!item || !write(*item))
            break;
    }
    // Stops the other stages at their next capture when this side stopped first.
    queue.close();
    for (std::thread &t : classifiers)
        t.join();
    reader.join();
    // What was imported stays, even when the run stopped early (a failed
    // capture's savepoint is already rolled back).
    if (auto s = commitBatch(); !s && !failure)
        failure = s.error();
    // Index what was imported, even when the run stopped early.
    CW_TRY(FtsIndex::catchUp(m_db));
    if (failure)
        return *failure;
    if (!status)
        return status.error();
    if (cancel && cancel->load())
        return makeError(op, tr("cancelled after %1 captures").arg(summary.captures));
    return summary;
}

} // namespace cw
