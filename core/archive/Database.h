#pragma once

#include "archive/CachedStatement.h"
#include "archive/Statement.h"
#include "util/Result.h"

#include <QString>

#include <memory>
#include <unordered_map>
#include <optional>

struct sqlite3;

namespace cw {

struct OpenOptions
{
    /// Create the archive when the file does not exist.
    bool create = true;
    /// Open without writing anything (no migration, no WAL switch).
    bool readOnly = false;
    /// Tests only: stop migrating at this schema version (to build old archives).
    std::optional<int> migrateTo;
};

/// One connection to a Clausewatch archive (an SQLite file).
///
/// Opening checks, before anything is written, that an existing file is an
/// SQLite database carrying our application id, that its schema is readable and
/// not newer than this build; a foreign or corrupt file yields an Error and is
/// left byte-for-byte unchanged. An older schema is backed up next to the file
/// (`<name>.schema<N>.bak`) and upgraded in one transaction.
///
/// Threads: a Database is used from one thread at a time. Worker threads open
/// their own connection to the same path (WAL lets readers run beside a writer).
class Database
{
public:
    static constexpr int kApplicationId = 0x43574131; // "CWA1"

    static Result<std::unique_ptr<Database>> open(const QString &path,
                                                  const OpenOptions &options = {});
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    /// Prepares SQL text that is part of the program. User text is never
    /// spliced into SQL: it is bound as a parameter.
    Result<Statement> prepare(const char *sql) const;
    /// Like prepare(), for hot paths: the statement is prepared once per
    /// connection and reused. `sql` must be a string literal (it is the cache
    /// key, by address). The statement comes with its bindings cleared and is
    /// reset again when the lease ends; it stays owned by the Database. One
    /// lease per SQL text at a time (the same statement is handed out again).
    Result<CachedStatement> cached(const char *sql) const;
    /// Executes one or more statements of program SQL (DDL, pragmas).
    Status exec(const char *sql) const;

    qint64 lastInsertId() const;
    int changes() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Path of the backup made when this open upgraded an older archive.
    QString upgradeBackupPath() const { return m_backupPath; }
    /// Runs SQLite's quick_check; returns the problems found (empty when sound).
    Result<QStringList> quickCheck() const;

    /// The newest schema version this build knows (the highest migration).
    static int latestSchemaVersion();

    sqlite3 *handle() const { return m_db; }

private:
    Database() = default;
    static Result<std::unique_ptr<Database>> openConnection(const QString &path,
                                                            const OpenOptions &options,
                                                            const QString &backupPath);
    Status configure();
    Status migrate(std::optional<int> target);
    Error sqliteError(const QString &operation) const;

    sqlite3 *m_db = nullptr;
    mutable std::unordered_map<const char *, std::unique_ptr<Statement>> m_cache;
    QString m_path;
    QString m_backupPath;
    bool m_readOnly = false;
};

} // namespace cw
