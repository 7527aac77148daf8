#include "archive/SnapshotRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"

namespace cw {

namespace {

// Column order shared by every SELECT below; `raw` is last so that listings
// can select NULL in its place and skip the bytes.
#define CW_SNAPSHOT_COLUMNS                                                                        \
    "id, document_id, captured_at, origin_kind, origin, commit_id, http_status, http_headers, "    \
    "content_type, raw_sha256, text_sha256, quality, quality_reason, outcome, version_id"

Snapshot readSnapshot(const Statement &st)
{
    Snapshot s;
    s.id = st.int64(0);
    s.documentId = st.int64(1);
    s.capturedAt = st.text(2);
    s.originKind = originKindFromKey(st.text(3));
    s.origin = st.text(4);
    s.commitId = st.text(5);
    s.httpStatus = st.optInt64(6);
    s.httpHeaders = st.text(7);
    s.contentType = st.text(8);
    s.rawSha256 = st.text(9);
    s.textSha256 = st.text(10);
    s.suspect = st.text(11) == QLatin1String("suspect");
    s.qualityReason = st.text(12);
    s.outcome = captureOutcomeFromKey(st.text(13));
    s.versionId = st.optInt64(14);
    s.raw = st.blob(15);
    return s;
}

} // namespace

Result<qint64> SnapshotRepository::insert(const Snapshot &s)
{
    auto lease = m_db.cached(
        "INSERT INTO snapshots(document_id, captured_at, origin_kind, origin, commit_id, "
        "http_status, http_headers, content_type, raw, raw_sha256, text_sha256, quality, "
        "quality_reason, outcome, version_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, s.documentId)
        .bind(2, s.capturedAt)
        .bind(3, originKindKey(s.originKind))
        .bind(4, s.origin)
        .bind(5, s.commitId.isEmpty() ? std::optional<QString>() : s.commitId)
        .bind(6, s.httpStatus)
        .bind(7, s.httpHeaders.isEmpty() ? std::optional<QString>() : s.httpHeaders)
        .bind(8, s.contentType)
        .bindBlob(9, s.raw)
        .bind(10, s.rawSha256)
        .bind(11, s.textSha256.isEmpty() ? std::optional<QString>() : s.textSha256)
        .bind(12, s.suspect ? "suspect" : "ok")
        .bind(13, s.qualityReason)
        .bind(14, captureOutcomeKey(s.outcome))
        .bind(15, s.versionId);
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Status SnapshotRepository::setOutcome(qint64 snapshotId, CaptureOutcome outcome,
                                      std::optional<qint64> versionId)
{
    auto lease = m_db.cached("UPDATE snapshots SET outcome = ?, version_id = ? WHERE id = ?");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, captureOutcomeKey(outcome)).bind(2, versionId).bind(3, snapshotId);
    return st->exec();
}

Result<std::optional<Snapshot>> SnapshotRepository::get(qint64 id, bool withRaw) const
{
    auto st =
        withRaw ? m_db.prepare("SELECT " CW_SNAPSHOT_COLUMNS ", raw FROM snapshots WHERE id = ?")
                : m_db.prepare("SELECT " CW_SNAPSHOT_COLUMNS ", NULL FROM snapshots WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, id);
    return firstRow<Snapshot>(*st, readSnapshot);
}

Result<QList<Snapshot>> SnapshotRepository::forDocument(qint64 documentId) const
{
    auto st = m_db.prepare("SELECT " CW_SNAPSHOT_COLUMNS ", NULL FROM snapshots "
                           "WHERE document_id = ? ORDER BY captured_at, id");
    if (!st)
        return st.error();
    st->bind(1, documentId);
    return collectRows<Snapshot>(*st, readSnapshot);
}

Status SnapshotRepository::forEach(const std::function<void(const Snapshot &)> &visit) const
{
    auto st = m_db.prepare("SELECT " CW_SNAPSHOT_COLUMNS ", raw FROM snapshots ORDER BY id");
    if (!st)
        return st.error();
    return forEachRow(*st, [&](const Statement &s) { visit(readSnapshot(s)); });
}

Result<bool> SnapshotRepository::hasCommit(qint64 documentId, const QString &commitId) const
{
    auto st = m_db.prepare(
        "SELECT EXISTS(SELECT 1 FROM snapshots WHERE document_id = ? AND commit_id = ?)");
    if (!st)
        return st.error();
    st->bind(1, documentId).bind(2, commitId);
    auto row = st->step();
    if (!row)
        return row.error();
    return *row && st->int64(0) != 0;
}

} // namespace cw
