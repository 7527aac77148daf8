#pragma once

#include "util/Result.h"

#include <QString>

namespace cw {

/// Finds and loads one of Clausewatch's run-time modules (clausewatch_pdf.so,
/// clausewatch_git.so, clausewatch_net.so) and resolves its entry function.
/// Modules keep heavy libraries (QtPdf, libgit2, QtNetwork) out of the process
/// until a command needs them, so that `diff --files`, `list` … start on QtCore
/// alone.
///
/// Looked for next to the executable, in ../lib/clausewatch (the installed
/// layout) and in the build tree's bin folder, in that order; or, when
/// $CW_MODULE_DIR is set, only there (a relocated install, and the tests of
/// what a missing module does).
/// A module, once loaded, stays loaded for the life of the process; so does a
/// failure (the search is not repeated). Thread-safe.
class ModuleLoader
{
public:
    /// The address of `entry` in `<module>.so`, or a one-line Error naming the
    /// module and where it was looked for.
    static Result<void *> entry(const QString &module, const char *entry);
};

} // namespace cw
