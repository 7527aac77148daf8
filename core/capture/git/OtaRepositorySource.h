#pragma once

#include "capture/OtaHistory.h"

#include <QList>
#include <QString>
#include <functional>
#include <memory>

namespace cw {

/// Reads a local clone (normal or bare) of an Open Terms Archive *versions*
/// repository: `<Service>/<Terms type>.md` files at its root, one commit per
/// recorded version.
///
/// History model: the first-parent line of HEAD, oldest commit first. Each
/// commit is compared with its first parent (a root commit with the empty
/// tree) by a tree-to-tree diff; every document the commit adds or modifies
/// becomes one OtaCapture, in path order within the commit. Deleted documents
/// yield nothing; a merge commit yields what it brings in relative to its
/// first parent; a commit touching no document yields nothing. HEAD is pinned
/// when the repository is opened: later commits (a concurrent pull) are not seen.
///
/// Memory: captures are streamed to a callback one at a time; the walk itself
/// holds only the list of commit ids, so 10,000 versions cost a few hundred KB.
/// Threads: one object is used by one thread at a time; OtaProgress may be read
/// and cancelled from others.
///
/// Built into the clausewatch_git module (with libgit2), not into the core;
/// the core reaches it through OtaHistory.
class OtaRepositorySource final : public OtaHistory
{
public:
    /// Opens and checks the repository at `path` (its work tree or .git folder;
    /// parent folders are not searched). One-line errors for: a missing folder,
    /// "not a git repository", a repository with no commits, and a repository
    /// whose HEAD has no `<Service>/<Terms type>.md` file at its root.
    static Result<OtaRepositorySource> open(const QString &path);

    OtaRepositorySource(OtaRepositorySource &&other) noexcept;
    OtaRepositorySource &operator=(OtaRepositorySource &&other) noexcept;
    ~OtaRepositorySource() override;

    QString path() const override;
    /// The commit HEAD pointed to when the repository was opened (40 hex digits).
    QString headCommitId() const override;

    /// The documents present at the pinned HEAD, in path order.
    Result<QList<OtaDocumentPath>> documents() const override;

    /// How many commits forEachCapture(filter) will visit: the first-parent
    /// history after `afterCommit`, at or after `since`. A progress total; it does
    /// not diff, so commits that end up yielding no capture are counted too.
    Result<int> countCommits(const OtaFilter &filter = {}) const override;

    /// Streams the captures selected by `filter` to `sink`, oldest first. The
    /// sink returns false to stop; stopping (or OtaProgress::cancelRequested)
    /// is a success with `progress->cancelled` set. `progress` is optional.
    /// An error (unreadable object, unknown resume commit …) stops the walk;
    /// captures already delivered stay delivered.
    Status forEachCapture(const OtaFilter &filter,
                          const std::function<bool(const OtaCapture &)> &sink,
                          OtaProgress *progress = nullptr) const override;

private:
    struct Impl;
    explicit OtaRepositorySource(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> m_d;
};

} // namespace cw
