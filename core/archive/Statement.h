#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace cw {

/// An owned, prepared SQLite statement (RAII). Parameters are bound by
/// 1-based position; columns are read by 0-based index.
///
/// Contract: a Statement must not outlive the Database that prepared it, and
/// is used from one thread at a time (the connection's thread).
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Statement &bind(int index, qint64 value);
    Statement &bind(int index, int value) { return bind(index, qint64(value)); }
    Statement &bind(int index, double value);
    Statement &bind(int index, const QString &value);
    Statement &bind(int index, const char *utf8);
    Statement &bindBlob(int index, const QByteArray &value);
    Statement &bindNull(int index);
    Statement &bind(int index, const std::optional<qint64> &value);
    Statement &bind(int index, const std::optional<QString> &value);

    /// Advances: true when a row is available, false when done.
    Result<bool> step();
    /// Runs a statement that returns no rows (or ignores them).
    Status exec();
    /// Resets the statement so it can run again; bindings are kept.
    void reset();
    void clearBindings();

    qint64 int64(int column) const;
    int integer(int column) const { return int(int64(column)); }
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    std::optional<qint64> optInt64(int column) const;
    std::optional<QString> optText(int column) const;

    QString sql() const;

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

} // namespace cw
