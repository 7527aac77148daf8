#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace cw {

struct Migration
{
    int version = 0;  ///< the schema version after applying it (the file's number)
    QString name;     ///< file name, e.g. "002_watchlist_and_settings.sql"
    QByteArray sql;
};

/// The numbered SQL migrations embedded at :/sql/NNN_name.sql.
class Migrations
{
public:
    /// All migrations in ascending order. Loaded once; read-only afterwards.
    static const QList<Migration> &all();
    static int latest();
};

} // namespace cw
