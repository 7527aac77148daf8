#include "archive/MemoRepository.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "util/Json.h"
#include "util/Time.h"

namespace cw {

namespace {
MemoRecord readMemo(const Statement &s)
{
    return MemoRecord{s.int64(0), s.text(1), s.text(2), jsonObjectFromText(s.text(3)),
                      s.text(4),  s.text(5), s.text(6), s.text(7),
                      s.text(8)};
}
} // namespace

Result<qint64> MemoRepository::insert(const MemoRecord &m)
{
    auto st = m_db.prepare("INSERT INTO memos(created_at, title, scope, fingerprint, content, "
                           "pdf_sha256, signature, public_key) VALUES (?,?,?,?,?,?,?,?)");
    if (!st)
        return st.error();
    auto orNull = [](const QString &s) { return s.isEmpty() ? std::optional<QString>() : s; };
    st->bind(1, m.createdAt.isEmpty() ? nowIsoUtc() : m.createdAt)
        .bind(2, m.title)
        .bind(3, toJsonText(m.scope))
        .bind(4, m.fingerprint)
        .bind(5, m.content)
        .bind(6, orNull(m.pdfSha256))
        .bind(7, orNull(m.signature))
        .bind(8, orNull(m.publicKey));
    CW_TRY(st->exec());
    return m_db.lastInsertId();
}

Status MemoRepository::setPdfSha256(qint64 id, const QString &sha256)
{
    auto st = m_db.prepare("UPDATE memos SET pdf_sha256 = ? WHERE id = ?");
    if (!st)
        return st.error();
    st->bind(1, sha256).bind(2, id);
    return st->exec();
}

Result<std::optional<MemoRecord>> MemoRepository::findByFingerprint(const QString &fingerprint) const
{
    auto st = m_db.prepare("SELECT id, created_at, title, scope, fingerprint, content, pdf_sha256, "
                           "signature, public_key FROM memos WHERE fingerprint = ? "
                           "ORDER BY id DESC LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, fingerprint);
    return firstRow<MemoRecord>(*st, readMemo);
}

Result<std::optional<MemoRecord>> MemoRepository::findByPdfSha256(const QString &sha256) const
{
    auto st = m_db.prepare("SELECT id, created_at, title, scope, fingerprint, content, pdf_sha256, "
                           "signature, public_key FROM memos WHERE pdf_sha256 = ? "
                           "ORDER BY id DESC LIMIT 1");
    if (!st)
        return st.error();
    st->bind(1, sha256);
    return firstRow<MemoRecord>(*st, readMemo);
}

Result<QList<MemoRecord>> MemoRepository::list() const
{
    auto st = m_db.prepare("SELECT id, created_at, title, scope, fingerprint, content, pdf_sha256, "
                           "signature, public_key FROM memos ORDER BY id DESC");
    if (!st)
        return st.error();
    return collectRows<MemoRecord>(*st, readMemo);
}

} // namespace cw
