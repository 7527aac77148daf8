#pragma once

// Owning smart pointers for the libgit2 objects the capture code uses.
// Internal to core/capture: it includes <git2.h>, which is a private
// dependency of clausewatch_core, so public headers must not include it.

#include <QString>
#include <git2.h>
#include <memory>

namespace cw::git {

template <typename T, void (*Free)(T *)> struct Deleter
{
    void operator()(T *p) const
    {
        if (p)
            Free(p);
    }
};

using RepositoryPtr = std::unique_ptr<git_repository, Deleter<git_repository, git_repository_free>>;
using RevwalkPtr = std::unique_ptr<git_revwalk, Deleter<git_revwalk, git_revwalk_free>>;
using CommitPtr = std::unique_ptr<git_commit, Deleter<git_commit, git_commit_free>>;
using TreePtr = std::unique_ptr<git_tree, Deleter<git_tree, git_tree_free>>;
using BlobPtr = std::unique_ptr<git_blob, Deleter<git_blob, git_blob_free>>;
using DiffPtr = std::unique_ptr<git_diff, Deleter<git_diff, git_diff_free>>;
using ObjectPtr = std::unique_ptr<git_object, Deleter<git_object, git_object_free>>;
using IndexPtr = std::unique_ptr<git_index, Deleter<git_index, git_index_free>>;
using SignaturePtr = std::unique_ptr<git_signature, Deleter<git_signature, git_signature_free>>;

/// Full 40-digit hexadecimal id of an object.
inline QString oidToString(const git_oid &oid)
{
    char buf[GIT_OID_HEXSZ + 1];
    git_oid_tostr(buf, sizeof buf, &oid);
    return QString::fromLatin1(buf, GIT_OID_HEXSZ);
}

} // namespace cw::git
