#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Database;

/// A memo the archive wrote: its canonical content, fingerprint and the hash
/// of the exact PDF file, so a reader's copy can be checked byte for byte.
struct MemoRecord
{
    qint64 id = 0;
    QString createdAt;
    QString title;
    QJsonObject scope;
    QString fingerprint;
    QString content;
    QString pdfSha256;
    QString signature;
    QString publicKey;
};

class MemoRepository
{
public:
    explicit MemoRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const MemoRecord &m);
    Status setPdfSha256(qint64 id, const QString &sha256);
    /// The newest memo with this fingerprint.
    Result<std::optional<MemoRecord>> findByFingerprint(const QString &fingerprint) const;
    /// The memo whose recorded PDF file has this SHA-256 (verify-memo's byte check).
    Result<std::optional<MemoRecord>> findByPdfSha256(const QString &sha256) const;
    Result<QList<MemoRecord>> list() const;

private:
    const Database &m_db;
};

} // namespace cw
