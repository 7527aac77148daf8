#pragma once

#include "model/Flag.h"
#include "util/Result.h"

#include <QList>

#include <optional>

namespace cw {

class Database;

/// Which flags to list. Unset fields do not filter.
struct FlagQuery
{
    std::optional<qint64> platformId;
    std::optional<qint64> documentId;
    std::optional<Severity> severity;
    std::optional<ReviewStatus> status;
    QString typeKey;
    /// Only flags whose clause is in the newest version of its document.
    bool currentOnly = true;
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

private:
    const Database &m_db;
};

} // namespace cw
