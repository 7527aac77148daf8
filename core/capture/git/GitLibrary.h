#pragma once

#include "util/Result.h"

#include <QString>

namespace cw {

/// RAII reference on libgit2's global state. libgit2 counts init/shutdown
/// calls, so every live GitLibrary object holds exactly one reference: a copy
/// takes another one, and the destructor always gives its own back. Anything
/// that owns libgit2 objects keeps a GitLibrary member declared *before* those
/// objects, so that libgit2 is shut down only after they are freed.
class GitLibrary
{
public:
    GitLibrary();
    GitLibrary(const GitLibrary &other);
    GitLibrary &operator=(const GitLibrary &other);
    ~GitLibrary();

    /// False when libgit2 could not initialise (then no libgit2 call may be made).
    bool ok() const { return m_initialised; }

    /// The libgit2 version in use, "1.5.1".
    static QString version();

    /// Whether libgit2 re-hashes every object it reads to check it against its
    /// id (on by default). Process-wide. On, a blob read from a history is
    /// proven to be the one the commit id stands for, which is what makes a
    /// commit id usable as evidence; it costs about a third of the read time
    /// (bench_ota prints both figures). Turn it off only for throwaway reads.
    static void setVerifyObjectHashes(bool on);

private:
    bool m_initialised = false;
};

/// An Error for a failed libgit2 call: libgit2's own last error text (from
/// git_error_last()) becomes the cause. Call it right after the failing call,
/// on the same thread, before any other libgit2 call.
Error gitError(const QString &operation, const QString &message);

} // namespace cw
