#pragma once

#include "cli/CliContext.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace cw::cli {

/// QCommandLineParser set up for a sub-command: parses ctx.args (with the
/// command name in front, as QCommandLineParser expects a program name).
/// Returns false after printing a one-line error.
inline bool parseCommand(QCommandLineParser &parser, const CliContext &ctx, const QString &command)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addHelpOption();
    QStringList argv{QStringLiteral("clausewatch ") + command};
    argv += ctx.args;
    if (!parser.parse(argv)) {
        ctx.fail(QStringLiteral("%1: %2").arg(command, parser.errorText()));
        return false;
    }
    return true;
}

inline QString trc(const char *text)
{
    return QCoreApplication::translate("cw::cli", text);
}

} // namespace cw::cli
