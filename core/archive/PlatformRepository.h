#pragma once

#include "model/Platform.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

/// Platform rows with their review counts, for lists.
struct PlatformSummary
{
    Platform platform;
    int documents = 0;
    int high = 0;
    int medium = 0;
    int low = 0;
    int unreviewed = 0; ///< flags still "suggested" or changed since review
};

class PlatformRepository
{
public:
    explicit PlatformRepository(const Database &db) : m_db(db) {}

    /// Finds a platform by name (case-insensitive) or creates it.
    Result<qint64> ensure(const QString &name, const QString &category = {},
                          const QString &website = {});
    Result<std::optional<Platform>> findByName(const QString &name) const;
    Result<std::optional<Platform>> get(qint64 id) const;
    Result<QList<Platform>> all() const;
    /// Counts flags of the newest version of each document (rejected excluded).
    Result<QList<PlatformSummary>> summaries() const;

private:
    const Database &m_db;
};

} // namespace cw
