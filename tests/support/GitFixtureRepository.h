#pragma once

// Builds real git repositories for tests, commit by commit, with libgit2:
// exact author/committer times and offsets, arbitrary parents (merges, side
// branches), executable bits, nested folders. No work tree is involved: every
// commit's tree is written from a map path → file, so a test states the whole
// content of each commit it makes. Tests using it link PkgConfig::LIBGIT2.

#include "util/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <git2.h>
#include <map>
#include <optional>

namespace cw::test {

struct FixtureFile
{
    QByteArray content;
    bool executable = false;
};

/// Author and committer of a fixture commit. Offsets are in minutes east of UTC.
struct FixtureTimes
{
    QDateTime author;
    int authorOffsetMinutes = 0;
    QDateTime committer; ///< invalid: same as the author time
    int committerOffsetMinutes = 0;
};

class GitFixtureRepository
{
public:
    GitFixtureRepository() { git_libgit2_init(); }
    ~GitFixtureRepository()
    {
        if (m_repo)
            git_repository_free(m_repo);
        git_libgit2_shutdown();
    }
    GitFixtureRepository(const GitFixtureRepository &) = delete;
    GitFixtureRepository &operator=(const GitFixtureRepository &) = delete;

    /// Creates an empty repository (with a work-tree layout, `dir/.git`, or bare).
    Status init(const QString &dir, bool bare = false)
    {
        if (git_repository_init(&m_repo, QFile::encodeName(dir).constData(), bare ? 1 : 0) < 0)
            return failure(QStringLiteral("init"));
        return {};
    }

    /// The files of the main line after the last commit(). Edit it, then commit().
    QMap<QString, FixtureFile> files;

    /// Commits `files` on top of HEAD (none for the first commit) and moves HEAD.
    Result<QString> commit(const QString &message, const FixtureTimes &times)
    {
        QStringList parents;
        if (!m_head.isEmpty())
            parents << m_head;
        auto id = commitTree(files, message, times, parents, /*moveHead=*/true);
        return id;
    }

    /// Commits an arbitrary tree with arbitrary parents. With moveHead false the
    /// commit is reachable from nothing (a side branch, or a dangling commit).
    Result<QString> commitTree(const QMap<QString, FixtureFile> &tree, const QString &message,
                               const FixtureTimes &times, const QStringList &parents, bool moveHead)
    {
        git_oid treeId;
        Status written = writeTree(tree, QString(), &treeId);
        if (!written)
            return written.error();
        git_tree *gitTree = nullptr;
        if (git_tree_lookup(&gitTree, m_repo, &treeId) < 0)
            return failure(QStringLiteral("tree lookup"));

        QList<git_commit *> parentCommits;
        auto freeAll = [&] {
            for (git_commit *c : parentCommits)
                git_commit_free(c);
            git_tree_free(gitTree);
        };
        for (const QString &p : parents) {
            git_oid pid;
            git_commit *pc = nullptr;
            if (git_oid_fromstr(&pid, p.toLatin1().constData()) < 0 ||
                git_commit_lookup(&pc, m_repo, &pid) < 0) {
                freeAll();
                return failure(QStringLiteral("parent lookup"));
            }
            parentCommits.append(pc);
        }

        git_signature *author = nullptr;
        git_signature *committer = nullptr;
        const QDateTime committerTime = times.committer.isValid() ? times.committer : times.author;
        const int committerOffset =
            times.committer.isValid() ? times.committerOffsetMinutes : times.authorOffsetMinutes;
        if (git_signature_new(&author, "Fixture Bot", "bot@fixture.invalid",
                              times.author.toSecsSinceEpoch(), times.authorOffsetMinutes) < 0 ||
            git_signature_new(&committer, "Fixture Bot", "bot@fixture.invalid",
                              committerTime.toSecsSinceEpoch(), committerOffset) < 0) {
            git_signature_free(author);
            freeAll();
            return failure(QStringLiteral("signature"));
        }

        std::vector<const git_commit *> parentPtrs(parentCommits.cbegin(), parentCommits.cend());
        git_oid commitId;
        const int rc = git_commit_create(&commitId, m_repo, moveHead ? "HEAD" : nullptr, author,
                                         committer, nullptr, message.toUtf8().constData(), gitTree,
                                         parentPtrs.size(), parentPtrs.data());
        git_signature_free(author);
        git_signature_free(committer);
        freeAll();
        if (rc < 0)
            return failure(QStringLiteral("commit"));
        char hex[GIT_OID_HEXSZ + 1];
        git_oid_tostr(hex, sizeof hex, &commitId);
        const QString id = QString::fromLatin1(hex);
        if (moveHead) {
            m_head = id;
            files = tree;
        }
        return id;
    }

    QString head() const { return m_head; }

private:
    Error failure(const QString &what) const
    {
        const git_error *e = git_error_last();
        return makeError(QStringLiteral("fixture repository"), what,
                         e && e->message ? QString::fromUtf8(e->message) : QString());
    }

    // Writes the subtree of `tree` under `prefix` ("" for the root) bottom-up.
    Status writeTree(const QMap<QString, FixtureFile> &tree, const QString &prefix, git_oid *out)
    {
        git_treebuilder *builder = nullptr;
        if (git_treebuilder_new(&builder, m_repo, nullptr) < 0)
            return failure(QStringLiteral("treebuilder"));
        std::map<QString, bool> subdirs; // sorted, deduplicated
        for (auto it = tree.cbegin(); it != tree.cend(); ++it) {
            if (!it.key().startsWith(prefix))
                continue;
            const QString rest = it.key().mid(prefix.size());
            const qsizetype slash = rest.indexOf(QLatin1Char('/'));
            if (slash >= 0) {
                subdirs[rest.left(slash)] = true;
                continue;
            }
            git_oid blobId;
            if (git_blob_create_from_buffer(&blobId, m_repo, it->content.constData(),
                                            size_t(it->content.size())) < 0 ||
                git_treebuilder_insert(nullptr, builder, rest.toUtf8().constData(), &blobId,
                                       it->executable ? GIT_FILEMODE_BLOB_EXECUTABLE
                                                      : GIT_FILEMODE_BLOB) < 0) {
                git_treebuilder_free(builder);
                return failure(QStringLiteral("blob ") + it.key());
            }
        }
        for (const auto &[name, unused] : subdirs) {
            Q_UNUSED(unused);
            git_oid subId;
            Status sub = writeTree(tree, prefix + name + QLatin1Char('/'), &subId);
            if (!sub) {
                git_treebuilder_free(builder);
                return sub;
            }
            if (git_treebuilder_insert(nullptr, builder, name.toUtf8().constData(), &subId,
                                       GIT_FILEMODE_TREE) < 0) {
                git_treebuilder_free(builder);
                return failure(QStringLiteral("subtree ") + name);
            }
        }
        const int rc = git_treebuilder_write(out, builder);
        git_treebuilder_free(builder);
        if (rc < 0)
            return failure(QStringLiteral("write tree"));
        return {};
    }

    git_repository *m_repo = nullptr;
    QString m_head;
};

} // namespace cw::test
