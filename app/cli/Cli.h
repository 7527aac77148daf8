#pragma once

#include <QStringList>

namespace cw::cli {

/// The command names; anything else on the command line means "open the GUI".
const QStringList &commandNames();

/// True when argv asks for command-line work (a command, --version, --help).
bool isCommandLine(int argc, char **argv);

/// True when argv runs a command that prints a PDF (memo … --out FILE): it
/// must run inside the GUI module's rendering application (RendererLoader).
bool needsRenderer(int argc, char **argv);

/// Runs the command line. Requires a QCoreApplication. Returns the exit code.
int run(const QStringList &arguments);

/// The archive used when --archive is not given: $CLAUSEWATCH_ARCHIVE, else
/// archive.cwa in the user's application-data folder.
QString defaultArchivePath();

} // namespace cw::cli
