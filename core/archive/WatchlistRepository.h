#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace cw {

class Database;
class Statement;

enum class WatchKind { Platform, Document, ClauseType };

/// "platform", "document", "type".
QString watchKindKey(WatchKind k);

/// One watched thing: a platform, a document or a clause type.
struct WatchItem
{
    qint64 id = 0;
    WatchKind kind = WatchKind::Platform;
    std::optional<qint64> platformId; ///< set for Platform and Document (the document's platform)
    std::optional<qint64> documentId; ///< set for Document
    QString typeKey;                  ///< set for ClauseType
    QString createdAt;
    QString label; ///< "Streamly", "Streamly — Terms of Service", "Mandatory arbitration"
};

/// The watchlist (table `watchlist`, schema 2). Watching the same thing twice
/// keeps one row.
class WatchlistRepository
{
public:
    explicit WatchlistRepository(const Database &db) : m_db(db) {}

    Result<qint64> watchPlatform(qint64 platformId);
    Result<qint64> watchDocument(qint64 documentId);
    Result<qint64> watchType(const QString &typeKey);
    Status remove(qint64 id);
    /// Every item, platforms first, then documents, then clause types.
    Result<QList<WatchItem>> list() const;
    /// The documents a re-check of the watchlist captures again: every
    /// document of a watched platform, each watched document, and every
    /// document whose current version has a (non-rejected) clause of a
    /// watched type. Ascending ids, no duplicates.
    Result<QList<qint64>> watchedDocuments() const;

private:
    Result<qint64> insertUnique(const char *findSql, const char *insertSql,
                                const std::function<void(Statement &)> &bind);

    const Database &m_db;
};

} // namespace cw
