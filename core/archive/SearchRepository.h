#pragma once

#include "model/Flag.h"
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
    QString documentTitle;
    int versionNumber = 0;
    qint64 platformId = 0;
    /// The clause's flag (the most severe one matching the filters; rejected
    /// ones last), when it has one: flagId is 0 otherwise.
    qint64 flagId = 0;
    QString typeKey;
    QString typeName;
    std::optional<Severity> severity;
    std::optional<ReviewStatus> status;

    QString recordId() const
    {
        return flagId ? cw::recordId(RecordKind::Provision, flagId) : QString();
    }
};

struct SearchQuery
{
    QString text;              ///< FTS5 query syntax, or plain words
    std::optional<qint64> platformId;
    bool currentOnly = true;   ///< only clauses of each document's newest version
    int limit = 50;
    // The flag filters of the flags table. When any is set, only clauses with
    // a flag that matches them all are found.
    std::optional<Severity> severity;
    std::optional<ReviewStatus> status;
    QString typeKey;
    QString category;
    QString regulationKey;
    bool changedOnly = false;
    bool flaggedOnly = false; ///< only clauses with a (matching) flag
    /// How many matches are ranked at most: the newest ones (by clause id)
    /// that pass every filter. Rare terms are ranked exactly; a term found
    /// in hundreds of thousands of clauses is ranked among its newest
    /// matches, which keeps a search fast on a large archive (SearchPage
    /// says when that happened). With flag filters, a quarter of it: flagged
    /// matches are rarer, so finding each costs more index reads.
    int candidateCap = 1000;

    /// The cap in force for this query (never below `limit`).
    int effectiveCap() const
    {
        const int cap = filtersFlags() ? candidateCap / 4 : candidateCap;
        return cap > limit ? cap : limit;
    }

    bool filtersFlags() const
    {
        return flaggedOnly || severity || status || !typeKey.isEmpty() || !category.isEmpty() ||
               !regulationKey.isEmpty() || changedOnly;
    }
};

/// The best hits and how many matches were ranked.
struct SearchPage
{
    QList<SearchHit> hits;
    int ranked = 0;      ///< matches that passed the filters and were ranked
    bool capped = false; ///< more matched than SearchQuery::candidateCap
};

/// Full-text search over clause text (FTS5).
class SearchRepository
{
public:
    explicit SearchRepository(const Database &db) : m_db(db) {}

    /// A malformed query yields an Error whose message is meant for people
    /// ("the search could not be understood near …"), never raw SQL text.
    Result<QList<SearchHit>> search(const SearchQuery &q) const;
    Result<SearchPage> searchPage(const SearchQuery &q) const;

private:
    const Database &m_db;
};

} // namespace cw
