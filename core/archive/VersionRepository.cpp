#include "archive/VersionRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"

namespace cw {

namespace {

#define CW_VERSION_COLUMNS                                                                         \
    "id, document_id, number, text_sha256, first_snapshot_id, first_seen, last_verified, "         \
    "declared_updated"

Version readVersion(const Statement &st)
{
    Version v;
    v.id = st.int64(0);
    v.documentId = st.int64(1);
    v.number = st.integer(2);
    v.textSha256 = st.text(3);
    v.firstSnapshotId = st.optInt64(4);
    v.firstSeen = st.text(5);
    v.lastVerified = st.text(6);
    v.declaredUpdated = st.text(7);
    v.text = st.text(8);
    return v;
}

} // namespace

Result<qint64> VersionRepository::insert(const Version &v)
{
    auto lease = m_db.cached(
        "INSERT INTO versions(document_id, number, text, text_sha256, first_snapshot_id, "
        "first_seen, last_verified, declared_updated) VALUES (?1, "
        "(SELECT coalesce(max(number), 0) + 1 FROM versions WHERE document_id = ?1), "
        "?2, ?3, ?4, ?5, ?6, ?7)");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, v.documentId)
        .bind(2, v.text)
        .bind(3, v.textSha256)
        .bind(4, v.firstSnapshotId)
        .bind(5, v.firstSeen)
        .bind(6, v.lastVerified.isEmpty() ? v.firstSeen : v.lastVerified)
        .bind(7, v.declaredUpdated.isEmpty() ? std::optional<QString>() : v.declaredUpdated);
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Result<std::optional<Version>> VersionRepository::get(qint64 id, bool withText) const
{
    auto lease =
        withText ? m_db.cached("SELECT " CW_VERSION_COLUMNS ", text FROM versions WHERE id = ?")
                 : m_db.cached("SELECT " CW_VERSION_COLUMNS ", NULL FROM versions WHERE id = ?");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, id);
    return firstRow<Version>(*st, readVersion);
}

Result<std::optional<Version>> VersionRepository::latest(qint64 documentId, bool withText) const
{
    auto lease = withText ? m_db.cached("SELECT " CW_VERSION_COLUMNS ", text FROM versions "
                                        "WHERE document_id = ? ORDER BY number DESC LIMIT 1")
                          : m_db.cached("SELECT " CW_VERSION_COLUMNS ", NULL FROM versions "
                                        "WHERE document_id = ? ORDER BY number DESC LIMIT 1");
    if (!lease)
        return lease.error();
    Statement *st = lease->get();
    st->bind(1, documentId);
    return firstRow<Version>(*st, readVersion);
}

Result<std::optional<Version>> VersionRepository::findByHash(qint64 documentId,
                                                             const QString &textSha256) const
{
    auto st =
        m_db.prepare("SELECT " CW_VERSION_COLUMNS ", NULL FROM versions "
                     "WHERE document_id = ? AND text_sha256 = ? ORDER BY number DESC LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, documentId).bind(2, textSha256);
    return firstRow<Version>(*st, readVersion);
}

Result<QList<Version>> VersionRepository::forDocument(qint64 documentId) const
{
    auto st = m_db.prepare("SELECT " CW_VERSION_COLUMNS ", NULL FROM versions "
                           "WHERE document_id = ? ORDER BY number");
    if (!st)
        return st.error();
    st->bind(1, documentId);
    return collectRows<Version>(*st, readVersion);
}

Status VersionRepository::addVerification(qint64 versionId, qint64 snapshotId,
                                          const QString &verifiedAt)
{
    auto insLease = m_db.cached(
        "INSERT INTO verifications(version_id, snapshot_id, verified_at) VALUES (?, ?, ?)");
    if (!insLease)
        return insLease.error();
    Statement *ins = insLease->get();
    ins->bind(1, versionId).bind(2, snapshotId).bind(3, verifiedAt);
    CW_TRY(ins->exec());
    auto upLease =
        m_db.cached("UPDATE versions SET last_verified = max(last_verified, ?) WHERE id = ?");
    if (!upLease)
        return upLease.error();
    Statement *up = upLease->get();
    up->bind(1, verifiedAt).bind(2, versionId);
    return up->exec();
}

Status VersionRepository::forEach(const std::function<void(const Version &)> &visit) const
{
    auto st = m_db.prepare("SELECT " CW_VERSION_COLUMNS ", text FROM versions ORDER BY id");
    if (!st)
        return st.error();
    return forEachRow(*st, [&](const Statement &s) { visit(readVersion(s)); });
}

} // namespace cw
