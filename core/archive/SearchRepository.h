#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

#include <optional>

namespace cw {

class Database;

struct SearchHit
{
    qint64 clauseId = 0;
    qint64 versionId = 0;
    qint64 documentId = 0;
    QString platformName;
    QString termsType;
    QStringList headingPath;
    QString snippet;   ///< with the matches between \x02 and \x03 (markers for any renderer)
    double rank = 0;   ///< bm25, lower is better
};

struct SearchQuery
{
    QString text;              ///< FTS5 query syntax, or plain words
    std::optional<qint64> platformId;
    bool currentOnly = true;   ///< only clauses of each document's newest version
    int limit = 50;
};

/// Full-text search over clause text (FTS5).
class SearchRepository
{
public:
    explicit SearchRepository(const Database &db) : m_db(db) {}

    /// A malformed query yields an Error whose message is meant for people
    /// ("the search could not be understood near …"), never raw SQL text.
    Result<QList<SearchHit>> search(const SearchQuery &q) const;

private:
    const Database &m_db;
};

} // namespace cw
