#pragma once

#include "archive/Database.h"
#include "util/Result.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace cw::cli {

/// Exit codes: the command line's contract (ARCHITECTURE.md).
enum ExitCode : int { Ok = 0, Finding = 1, BadInput = 2 };

/// What every command gets: its arguments, the archive location, and the
/// output streams. Commands print data on `out` and one-line errors on `err`.
struct CliContext
{
    QString archivePath;
    QStringList args; ///< the command's own arguments (after the command name)
    QTextStream &out;
    QTextStream &err;
    bool archiveGiven = false; ///< --archive was on the command line (not the default)

    /// Opens the archive; `create` for commands that may start a new one.
    Result<std::unique_ptr<Database>> openArchive(bool create = false) const
    {
        OpenOptions o;
        o.create = create;
        return Database::open(archivePath, o);
    }

    /// Prints `error` as one line on stderr and returns BadInput.
    int fail(const Error &error) const
    {
        err << "clausewatch: " << error.toString().simplified() << Qt::endl;
        return BadInput;
    }
    int fail(const QString &message) const { return fail(makeError({}, message)); }

    void printJson(const QJsonDocument &doc) const
    {
        out << doc.toJson(QJsonDocument::Indented);
        out.flush();
    }
};

} // namespace cw::cli
