#include "archive/Database.h"

#include "archive/FtsIndex.h"
#include "archive/Migrations.h"
#include "archive/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <sqlite3.h>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::Database", text);
}

// The first 16 bytes of every SQLite 3 database file.
constexpr char kSqliteMagic[] = "SQLite format 3";

// Reads the file header without SQLite so that junk is refused before any
// library touches the file.
Status checkHeader(const QString &path)
{
    const QString op = tr("opening archive %1").arg(QDir::toNativeSeparators(path));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return makeError(op, tr("cannot read the file"), f.errorString());
    const QByteArray head = f.read(100);
    if (head.isEmpty())
        return makeError(op, tr("the file is empty, not a Clausewatch archive"));
    if (head.size() < 100 || !head.startsWith(QByteArray(kSqliteMagic, 16)))
        return makeError(op, tr("not a Clausewatch archive (not an SQLite database)"));
    return {};
}

} // namespace

Database::~Database()
{
    m_cache.clear(); // statements before the connection
    if (m_db)
        sqlite3_close_v2(m_db);
}

Error Database::sqliteError(const QString &operation) const
{
    return makeError(operation, QString::fromUtf8(sqlite3_errmsg(m_db)));
}

int Database::latestSchemaVersion()
{
    return Migrations::latest();
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, const OpenOptions &options)
{
    const QString op = tr("opening archive %1").arg(QDir::toNativeSeparators(path));
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && info.isDir())
        return makeError(op, tr("is a folder, not an archive file"));
    if (!exists && (!options.create || options.readOnly))
        return makeError(op, tr("no such file"));
    if (!exists && !QDir().mkpath(info.absolutePath()))
        return makeError(op, tr("cannot create the folder %1").arg(info.absolutePath()));

    int oldVersion = 0;
    if (exists) {
        CW_TRY(checkHeader(path));
        // Inspect read-only first: nothing may be written to a foreign,
        // corrupt or too-new file.
        std::unique_ptr<Database> probe(new Database);
        probe->m_path = path;
        probe->m_readOnly = true;
        if (sqlite3_open_v2(path.toUtf8().constData(), &probe->m_db, SQLITE_OPEN_READONLY,
                            nullptr) != SQLITE_OK)
            return probe->sqliteError(op);
        auto appId = probe->prepare("PRAGMA application_id");
        if (!appId)
            return makeError(op, tr("the file is damaged or not an archive"), appId.error().message);
        auto hasRow = appId->step();
        if (!hasRow)
            return makeError(op, tr("the file is damaged or not an archive"),
                             hasRow.error().message);
        if (appId->int64(0) != kApplicationId)
            return makeError(op, tr("not a Clausewatch archive (a different SQLite database)"));
        // Parsing the schema catches most corruption of the first pages.
        auto schema = probe->prepare("SELECT count(*) FROM sqlite_schema");
        if (!schema)
            return makeError(op, tr("the archive is damaged"), schema.error().message);
        if (auto r = schema->step(); !r)
            return makeError(op, tr("the archive is damaged"), r.error().message);
        oldVersion = probe->schemaVersion();
        if (oldVersion > latestSchemaVersion())
            return makeError(op, tr("the archive has schema version %1, newer than this "
                                    "Clausewatch supports (%2); use a newer Clausewatch")
                                     .arg(oldVersion)
                                     .arg(latestSchemaVersion()));
        const bool needsUpgrade =
            oldVersion < options.migrateTo.value_or(latestSchemaVersion());
        if (needsUpgrade && !options.readOnly) {
            // Back up through SQLite's online backup so a WAL file is included.
            const QString backup = path + QStringLiteral(".schema%1.bak").arg(oldVersion);
            QFile::remove(backup);
            sqlite3 *dest = nullptr;
            if (sqlite3_open_v2(backup.toUtf8().constData(), &dest,
                                SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                nullptr) != SQLITE_OK) {
                sqlite3_close_v2(dest);
                return makeError(op, tr("cannot write the backup %1").arg(backup));
            }
            sqlite3_backup *b = sqlite3_backup_init(dest, "main", probe->m_db, "main");
            int rc = b ? sqlite3_backup_step(b, -1) : SQLITE_ERROR;
            if (b)
                sqlite3_backup_finish(b);
            sqlite3_close_v2(dest);
            if (rc != SQLITE_DONE)
                return makeError(op, tr("cannot write the backup %1").arg(backup));
            probe.reset();
            auto db = openConnection(path, options, backup);
            return db;
        }
        if (options.readOnly)
            return probe;
    }
    return openConnection(path, options, QString());
}

Result<std::unique_ptr<Database>> Database::openConnection(const QString &path,
                                                           const OpenOptions &options,
                                                           const QString &backupPath)
{
    const QString op = tr("opening archive %1").arg(QDir::toNativeSeparators(path));
    std::unique_ptr<Database> db(new Database);
    db->m_path = path;
    db->m_backupPath = backupPath;
    const int flags = SQLITE_OPEN_READWRITE | (options.create ? SQLITE_OPEN_CREATE : 0);
    if (sqlite3_open_v2(path.toUtf8().constData(), &db->m_db, flags, nullptr) != SQLITE_OK)
        return db->sqliteError(op);
    if (auto s = db->configure(); !s)
        return makeError(op, s.error().message, s.error().cause);
    if (auto s = db->migrate(options.migrateTo); !s)
        return makeError(op, tr("upgrading the archive failed; it was left as it was"),
                         s.error().toString());
    // Index what an interrupted import left unindexed (cheap when up to date).
    if (!options.migrateTo)
        if (auto s = FtsIndex::catchUp(*db); !s)
            return makeError(op, tr("updating the search index failed"), s.error().toString());
    return db;
}

Status Database::configure()
{
    sqlite3_extended_result_codes(m_db, 1);
    sqlite3_busy_timeout(m_db, 5000);
    CW_TRY(exec("PRAGMA foreign_keys = ON"));
    CW_TRY(exec("PRAGMA journal_mode = WAL"));
    CW_TRY(exec("PRAGMA synchronous = NORMAL"));
    // Imports hold a savepoint per capture inside a batch transaction: with
    // temporary files SQLite journals every page a savepoint touches to a temp
    // file (over 100,000 page writes for a 300-version history); in memory
    // they cost nothing on disk. A 32 MB page cache (grown only as pages are
    // read) keeps a batch's dirty pages from spilling before its commit.
    CW_TRY(exec("PRAGMA temp_store = MEMORY"));
    CW_TRY(exec("PRAGMA cache_size = -32768"));
    return {};
}

Status Database::migrate(std::optional<int> target)
{
    const int to = target.value_or(latestSchemaVersion());
    const int from = schemaVersion();
    if (from >= to)
        return {};
    Transaction tx(*this);
    if (from == 0) {
        const QByteArray appId = "PRAGMA application_id = " + QByteArray::number(kApplicationId);
        CW_TRY(exec(appId.constData()));
    }
    for (const Migration &m : Migrations::all()) {
        if (m.version <= from || m.version > to)
            continue;
        if (sqlite3_exec(m_db, m.sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return makeError(tr("applying migration %1").arg(m.name),
                             QString::fromUtf8(sqlite3_errmsg(m_db)));
        // user_version cannot be bound as a parameter; the value is an int we own.
        const QByteArray pragma = "PRAGMA user_version = " + QByteArray::number(m.version);
        CW_TRY(exec(pragma.constData()));
    }
    return tx.commit();
}

Result<Statement> Database::prepare(const char *sql) const
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return makeError(tr("preparing SQL"), QString::fromUtf8(sqlite3_errmsg(m_db)),
                         QString::fromUtf8(sql).simplified().left(120));
    }
    return Statement(m_db, stmt);
}

Result<CachedStatement> Database::cached(const char *sql) const
{
    auto it = m_cache.find(sql);
    if (it == m_cache.end()) {
        auto st = prepare(sql);
        if (!st)
            return st.error();
        it = m_cache.emplace(sql, std::make_unique<Statement>(std::move(*st))).first;
    }
    it->second->reset();
    it->second->clearBindings();
    return CachedStatement(it->second.get());
}

Status Database::exec(const char *sql) const
{
    char *msg = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &msg) != SQLITE_OK) {
        Error e = makeError(tr("running SQL"), QString::fromUtf8(msg ? msg : "error"),
                            QString::fromUtf8(sql).simplified().left(120));
        sqlite3_free(msg);
        return e;
    }
    return {};
}

qint64 Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

int Database::schemaVersion() const
{
    auto st = prepare("PRAGMA user_version");
    if (!st)
        return -1;
    auto row = st->step();
    return (row && *row) ? st->integer(0) : -1;
}

Result<QStringList> Database::quickCheck() const
{
    auto st = prepare("PRAGMA quick_check");
    if (!st)
        return st.error();
    QStringList problems;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const QString line = st->text(0);
        if (line != QLatin1String("ok"))
            problems << line;
    }
    return problems;
}

} // namespace cw
