#pragma once

#include "memo/MemoContent.h"
#include "util/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

class Database;

/// A clause with everything a memo prints about where it comes from.
struct MemoClauseContext
{
    qint64 clauseId = 0;
    qint64 lineageId = 0;
    int ordinal = 0;
    QString number;
    QStringList headingPath;
    QString text;
    QString textHash;
    qint64 versionId = 0;
    int versionNumber = 0;
    QString versionFirstSeen;
    QString versionLastVerified;
    QString versionTextSha256;
    QString declaredUpdated;
    qint64 documentId = 0;
    QString documentTitle;
    QString termsType;
    QString documentUrl;
    QString platform;
    /// The capture that first produced the version's text.
    qint64 snapshotId = 0;
    QString capturedAt;
    QString originKind;
    QString origin;
    QString rawSha256;
    QString snapshotTextSha256;
};

/// A clause type with its texts and regulations, as the taxonomy stores it.
struct MemoClauseType
{
    QString key;
    QString name;
    QString category;
    Severity defaultSeverity = Severity::Medium;
    QString description;
    QString whyItMatters;
    QString consumerImpact;
    QString summaryTemplate;
    QList<MemoRegulation> regulations;
};

/// The read-only queries the memo needs beyond the repositories: a clause's
/// full provenance in one row, clause types with their regulations (the
/// taxonomy tables of schema 1, which have no repository yet), and the
/// clauses of a version keyed by lineage. Program SQL only; values bound.
class MemoArchiveReader
{
public:
    explicit MemoArchiveReader(const Database &db) : m_db(db) {}

    Result<std::optional<MemoClauseContext>> clause(qint64 clauseId) const;
    /// The clause of `lineageId` in version `versionId`, if it reaches it.
    Result<std::optional<MemoClauseContext>> clauseInVersion(qint64 lineageId,
                                                             qint64 versionId) const;
    /// Cached per reader. Unknown keys give a type named after its key.
    Result<MemoClauseType> clauseType(const QString &key) const;
    /// Every clause type that some flag uses, by key.
    Result<QStringList> flaggedTypeKeys() const;
    /// (key, name) of every clause type the taxonomy holds or a flag uses, by name.
    Result<QList<std::pair<QString, QString>>> clauseTypeNames() const;
    /// Whether a clause type with this key exists.
    Result<bool> hasClauseType(const QString &key) const;

private:
    Result<std::optional<MemoClauseContext>> clauseWhere(const char *sql, qint64 a, qint64 b) const;

    const Database &m_db;
    mutable QHash<QString, MemoClauseType> m_types;
};

} // namespace cw
