#include "capture/git/GitLibrary.h"

#include <git2.h>

namespace cw {

GitLibrary::GitLibrary() : m_initialised(git_libgit2_init() > 0) {}

GitLibrary::GitLibrary(const GitLibrary &) : GitLibrary() {}

GitLibrary &GitLibrary::operator=(const GitLibrary &)
{
    // Both objects already hold one reference each; nothing changes hands.
    return *this;
}

GitLibrary::~GitLibrary()
{
    if (m_initialised)
        git_libgit2_shutdown();
}

QString GitLibrary::version()
{
    int major = 0, minor = 0, rev = 0;
    git_libgit2_version(&major, &minor, &rev);
    return QStringLiteral("%1.%2.%3").arg(major).arg(minor).arg(rev);
}

void GitLibrary::setVerifyObjectHashes(bool on)
{
    const GitLibrary library; // the option needs an initialised libgit2
    git_libgit2_opts(GIT_OPT_ENABLE_STRICT_HASH_VERIFICATION, on ? 1 : 0);
}

Error gitError(const QString &operation, const QString &message)
{
    const git_error *last = git_error_last();
    QString cause;
    if (last && last->message)
        cause = QString::fromUtf8(last->message).trimmed();
    return makeError(operation, message, cause);
}

} // namespace cw
