#pragma once

#include "model/Flag.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

/// How flag lists are ordered. Every order ends with the flag id, so pages
/// fetched with limit/offset never skip or repeat a row.
enum class FlagSort { Severity, Record, Status, Type, Category, Platform, Document, FirstSeen, Changed };

/// Which flags to list. Unset fields do not filter.
struct FlagQuery
{
    std::optional<qint64> platformId;
    std::optional<qint64> documentId;
    std::optional<Severity> severity;
    std::optional<ReviewStatus> status;
    QString typeKey;
    QString category;      ///< clause type category, e.g. "disputes"
    QString regulationKey; ///< flags whose clause type touches this regulation
    bool changedOnly = false; ///< only flags whose clause changed since the last review
    /// Only flags whose clause is in the newest version of its document.
    bool currentOnly = true;
    FlagSort sort = FlagSort::Severity; ///< High first when ascending
    bool descending = false;
    int limit = -1;
    int offset = 0;
};

/// A flag with the context lists and tables show beside it.
struct FlagRow
{
    Flag flag;
    QString platformName;
    qint64 documentId = 0;
    QString termsType;
    int versionNumber = 0;
    QStringList headingPath;
    QString clauseText;
    QString typeName;
    QString category;
    QString documentTitle;
    qint64 versionId = 0;
    QString firstSeen; ///< when the clause's lineage was first captured (UTC ISO)
};

class FlagRepository
{
public:
    explicit FlagRepository(const Database &db) : m_db(db) {}

    Result<qint64> insert(const Flag &f);
    /// Writes every mutable field of `f` (by id) and stamps updated_at.
    Status update(const Flag &f);
    Result<std::optional<Flag>> get(qint64 id) const;
    Result<std::optional<Flag>> findByLineage(qint64 lineageId, const QString &typeKey) const;
    /// Every flag of a clause lineage (any status).
    Result<QList<Flag>> forLineage(qint64 lineageId) const;
    Result<QList<FlagRow>> query(const FlagQuery &q) const;
    Result<int> count(const FlagQuery &q) const;
    /// One flag with its list context (whatever version its clause is in).
    Result<std::optional<FlagRow>> row(qint64 flagId) const;
    /// The 0-based position of a flag in `q`'s order (limit/offset ignored);
    /// nullopt when the flag does not match `q`.
    Result<std::optional<int>> positionOf(const FlagQuery &q, qint64 flagId) const;

private:
    const Database &m_db;
};

} // namespace cw
