#include "capture/git/OtaRepositorySource.h"

#include "capture/git/GitHandles.h"
#include "capture/git/GitLibrary.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <algorithm>
#include <optional>
#include <vector>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::OtaRepositorySource", text);
}

QByteArray rawKey(const git_oid &oid)
{
    return QByteArray(reinterpret_cast<const char *>(oid.id), GIT_OID_RAWSZ);
}

bool isBlobMode(uint16_t mode)
{
    return mode == GIT_FILEMODE_BLOB || mode == GIT_FILEMODE_BLOB_EXECUTABLE;
}

QString messageOf(const git_commit *commit)
{
    QString message = QString::fromUtf8(git_commit_message(commit));
    while (message.endsWith(QLatin1Char('\n')) || message.endsWith(QLatin1Char('\r')))
        message.chop(1);
    return message;
}

// `since` in whole seconds (git's resolution), rounded up so that a commit
// one fraction of a second before `since` is not let in.
qint64 sinceSeconds(const QDateTime &since)
{
    const qint64 ms = since.toMSecsSinceEpoch();
    return ms / 1000 + (ms % 1000 > 0 ? 1 : 0);
}

} // namespace

struct OtaRepositorySource::Impl
{
    GitLibrary library; // declared first: released after every libgit2 object below
    QString path;
    git::RepositoryPtr repo;
    git_oid head{};

    QString readOperation() const
    {
        return tr("reading Open Terms Archive repository %1").arg(QDir::toNativeSeparators(path));
    }

    Result<git_oid> resolveCommit(const QString &spec, const QString &operation) const;
    Result<std::vector<git_oid>> planWalk(const OtaFilter &filter, const QString &operation) const;
    Result<QHash<QString, int>> resumePositions(const OtaFilter &filter,
                                                const std::vector<git_oid> &walk,
                                                const QString &operation) const;
    bool isAncestorOrSelf(const git_oid &ancestor, const git_oid &commit) const
    {
        return git_oid_equal(&ancestor, &commit) ||
               git_graph_descendant_of(repo.get(), &commit, &ancestor) == 1;
    }
};

OtaRepositorySource::OtaRepositorySource(std::unique_ptr<Impl> impl) : m_d(std::move(impl)) {}
OtaRepositorySource::OtaRepositorySource(OtaRepositorySource &&other) noexcept = default;
OtaRepositorySource &OtaRepositorySource::operator=(OtaRepositorySource &&other) noexcept = default;
OtaRepositorySource::~OtaRepositorySource() = default;

QString OtaRepositorySource::path() const
{
    return m_d->path;
}

QString OtaRepositorySource::headCommitId() const
{
    return git::oidToString(m_d->head);
}

Result<OtaRepositorySource> OtaRepositorySource::open(const QString &path)
{
    const QString operation =
        tr("opening Open Terms Archive repository %1").arg(QDir::toNativeSeparators(path));
    auto d = std::make_unique<Impl>();
    d->path = path;
    if (!d->library.ok())
        return gitError(operation, tr("cannot initialise libgit2"));

    const QFileInfo info(path);
    if (!info.exists())
        return makeError(operation, tr("no such folder"));
    if (!info.isDir())
        return makeError(operation, tr("not a folder"));

    // NO_SEARCH: a plain folder inside some other work tree must be reported as
    // "not a git repository", not silently read as that outer repository.
    git_repository *repo = nullptr;
    const int rc = git_repository_open_ext(&repo, QFile::encodeName(path).constData(),
                                           GIT_REPOSITORY_OPEN_NO_SEARCH, nullptr);
    if (rc == GIT_ENOTFOUND)
        return makeError(operation, tr("not a git repository"));
    if (rc < 0)
        return gitError(operation, tr("cannot open the git repository"));
    d->repo.reset(repo);

    const int unborn = git_repository_head_unborn(d->repo.get());
    if (unborn == 1)
        return makeError(operation, tr("the repository has no commits"));
    if (unborn < 0 || git_reference_name_to_id(&d->head, d->repo.get(), "HEAD") < 0)
        return gitError(operation, tr("cannot resolve HEAD"));

    OtaRepositorySource source(std::move(d));
    auto docs = source.documents();
    if (!docs)
        return makeError(operation, docs.error().message, docs.error().cause);
    if (docs->isEmpty())
        return makeError(operation, tr("not an Open Terms Archive versions repository (no "
                                       "<Service>/<Terms type>.md files at its root)"));
    return source;
}

Result<QList<OtaDocumentPath>> OtaRepositorySource::documents() const
{
    const QString operation = m_d->readOperation();
    git_commit *rawCommit = nullptr;
    if (git_commit_lookup(&rawCommit, m_d->repo.get(), &m_d->head) < 0)
        return gitError(operation, tr("cannot read the HEAD commit"));
    const git::CommitPtr commit(rawCommit);
    git_tree *rawTree = nullptr;
    if (git_commit_tree(&rawTree, commit.get()) < 0)
        return gitError(operation, tr("cannot read the HEAD tree"));
    const git::TreePtr root(rawTree);

    // Two levels only: the layout has nothing deeper worth looking at, and a
    // full recursive walk of a large collection would be wasted work.
    QList<OtaDocumentPath> docs;
    const size_t rootCount = git_tree_entrycount(root.get());
    for (size_t i = 0; i < rootCount; ++i) {
        const git_tree_entry *entry = git_tree_entry_byindex(root.get(), i);
        if (git_tree_entry_type(entry) != GIT_OBJECT_TREE)
            continue;
        const QString service = QString::fromUtf8(git_tree_entry_name(entry));
        if (service.startsWith(QLatin1Char('.')))
            continue;
        git_tree *rawSub = nullptr;
        if (git_tree_lookup(&rawSub, m_d->repo.get(), git_tree_entry_id(entry)) < 0)
            return gitError(operation, tr("cannot read folder %1").arg(service));
        const git::TreePtr sub(rawSub);
        const size_t count = git_tree_entrycount(sub.get());
        for (size_t j = 0; j < count; ++j) {
            const git_tree_entry *file = git_tree_entry_byindex(sub.get(), j);
            if (!isBlobMode(git_tree_entry_filemode(file)))
                continue;
            const QString path =
                service + QLatin1Char('/') + QString::fromUtf8(git_tree_entry_name(file));
            if (auto doc = OtaDocumentPath::parse(path))
                docs.append(std::move(*doc));
        }
    }
    std::sort(docs.begin(), docs.end(),
              [](const OtaDocumentPath &a, const OtaDocumentPath &b) { return a.path < b.path; });
    return docs;
}

Result<git_oid> OtaRepositorySource::Impl::resolveCommit(const QString &spec,
                                                         const QString &operation) const
{
    git_object *rawObject = nullptr;
    const int rc = git_revparse_single(&rawObject, repo.get(), spec.toUtf8().constData());
    if (rc == GIT_ENOTFOUND)
        return makeError(operation, tr("unknown commit %1").arg(spec));
    if (rc == GIT_EAMBIGUOUS)
        return makeError(operation, tr("ambiguous commit id %1").arg(spec));
    if (rc < 0)
        return gitError(operation, tr("cannot resolve commit %1").arg(spec));
    const git::ObjectPtr object(rawObject);
    git_object *rawPeeled = nullptr;
    if (git_object_peel(&rawPeeled, object.get(), GIT_OBJECT_COMMIT) < 0)
        return gitError(operation, tr("%1 does not name a commit").arg(spec));
    const git::ObjectPtr peeled(rawPeeled);
    return *git_object_id(peeled.get());
}

Result<std::vector<git_oid>> OtaRepositorySource::Impl::planWalk(const OtaFilter &filter,
                                                                 const QString &operation) const
{
    git_revwalk *rawWalk = nullptr;
    if (git_revwalk_new(&rawWalk, repo.get()) < 0)
        return gitError(operation, tr("cannot walk the history"));
    const git::RevwalkPtr walk(rawWalk);
    if (git_revwalk_sorting(walk.get(), GIT_SORT_TOPOLOGICAL | GIT_SORT_REVERSE) < 0 ||
        git_revwalk_simplify_first_parent(walk.get()) < 0 ||
        git_revwalk_push(walk.get(), &head) < 0)
        return gitError(operation, tr("cannot walk the history"));

    if (!filter.afterCommit.isEmpty()) {
        auto after = resolveCommit(filter.afterCommit, operation);
        if (!after)
            return after.error();
        if (!isAncestorOrSelf(*after, head))
            return makeError(
                operation,
                tr("resume commit %1 is not in the history of HEAD").arg(filter.afterCommit));
        if (git_revwalk_hide(walk.get(), &*after) < 0)
            return gitError(operation, tr("cannot walk the history"));
    }

    std::vector<git_oid> commits;
    git_oid oid;
    int rc = 0;
    while ((rc = git_revwalk_next(&oid, walk.get())) == 0)
        commits.push_back(oid);
    if (rc != GIT_ITEROVER)
        return gitError(operation, tr("cannot walk the history"));
    return commits;
}

Result<QHash<QString, int>> OtaRepositorySource::Impl::resumePositions(
    const OtaFilter &filter, const std::vector<git_oid> &walk, const QString &operation) const
{
    QHash<QString, int> positions;
    if (filter.resumeAfter.isEmpty())
        return positions;

    QHash<QByteArray, int> indexOf;
    indexOf.reserve(qsizetype(walk.size()));
    for (size_t i = 0; i < walk.size(); ++i)
        indexOf.insert(rawKey(walk[i]), int(i));

    std::optional<git_oid> after;
    if (!filter.afterCommit.isEmpty()) {
        auto resolved = resolveCommit(filter.afterCommit, operation);
        if (!resolved)
            return resolved.error();
        after = *resolved;
    }

    for (auto it = filter.resumeAfter.cbegin(); it != filter.resumeAfter.cend(); ++it) {
        auto commit = resolveCommit(it.value(), operation);
        if (commit) {
            const int index = indexOf.value(rawKey(*commit), -1);
            if (index >= 0) {
                positions.insert(it.key(), index);
                continue;
            }
            // Hidden by afterCommit: every commit of the walk is newer, nothing to skip.
            if (after && isAncestorOrSelf(*commit, *after))
                continue;
        }
        if (filter.strictResume)
            return makeError(operation,
                             tr("the last imported commit %1 of %2 is not in the first-parent "
                                "history of HEAD (was the history rewritten?)")
                                 .arg(it.value(), it.key()));
        // Lenient: read this document from the start.
    }
    return positions;
}

Result<int> OtaRepositorySource::countCommits(const OtaFilter &filter) const
{
    const QString operation = m_d->readOperation();
    auto walk = m_d->planWalk(filter, operation);
    if (!walk)
        return walk.error();
    if (!filter.since.isValid())
        return int(walk->size());
    const qint64 since = sinceSeconds(filter.since);
    int count = 0;
    for (const git_oid &oid : *walk) {
        git_commit *raw = nullptr;
        if (git_commit_lookup(&raw, m_d->repo.get(), &oid) < 0)
            return gitError(operation, tr("cannot read commit %1").arg(git::oidToString(oid)));
        const git::CommitPtr commit(raw);
        if (git_commit_author(commit.get())->when.time >= since)
            ++count;
    }
    return count;
}

Status OtaRepositorySource::forEachCapture(const OtaFilter &filter,
                                           const std::function<bool(const OtaCapture &)> &sink,
                                           OtaProgress *progress) const
{
    const QString operation = m_d->readOperation();
    git_repository *repo = m_d->repo.get();

    auto walk = m_d->planWalk(filter, operation);
    if (!walk)
        return walk.error();
    auto resume = m_d->resumePositions(filter, *walk, operation);
    if (!resume)
        return resume.error();
    if (progress)
        progress->commitsTotal = int(walk->size());

    const bool hasSince = filter.since.isValid();
    const qint64 since = hasSince ? sinceSeconds(filter.since) : 0;

    git_diff_options options = GIT_DIFF_OPTIONS_INIT;
    // Only ids and paths are needed: never load blobs to sniff for binary content.
    options.flags = GIT_DIFF_SKIP_BINARY_CHECK | GIT_DIFF_IGNORE_SUBMODULES;

    // The first-parent walk visits each commit right after its parent, so the
    // parent's tree is almost always the tree of the previous iteration.
    git::TreePtr previousTree;
    git_oid previousCommit{};

    auto cancel = [progress] {
        if (progress)
            progress->cancelled = true;
        return Status();
    };

    const int total = int(walk->size());
    for (int index = 0; index < total; ++index) {
        if (progress && progress->cancelRequested)
            return cancel();
        const git_oid &oid = (*walk)[size_t(index)];
        git_commit *rawCommit = nullptr;
        if (git_commit_lookup(&rawCommit, repo, &oid) < 0)
            return gitError(operation, tr("cannot read commit %1").arg(git::oidToString(oid)));
        const git::CommitPtr commit(rawCommit);
        const qint64 authorTime = git_commit_author(commit.get())->when.time;
        if (hasSince && authorTime < since) {
            if (progress)
                ++progress->commitsVisited;
            continue;
        }

        git_tree *rawTree = nullptr;
        if (git_commit_tree(&rawTree, commit.get()) < 0)
            return gitError(operation,
                            tr("cannot read the tree of commit %1").arg(git::oidToString(oid)));
        git::TreePtr tree(rawTree);

        git::TreePtr parentTreeHolder;
        git_tree *parentTree = nullptr;
        if (git_commit_parentcount(commit.get()) > 0) {
            const git_oid *parentId = git_commit_parent_id(commit.get(), 0);
            if (previousTree && git_oid_equal(parentId, &previousCommit)) {
                parentTree = previousTree.get();
            } else {
                git_commit *rawParent = nullptr;
                git_tree *rawParentTree = nullptr;
                if (git_commit_lookup(&rawParent, repo, parentId) < 0)
                    return gitError(operation,
                                    tr("cannot read commit %1").arg(git::oidToString(*parentId)));
                const git::CommitPtr parent(rawParent);
                if (git_commit_tree(&rawParentTree, parent.get()) < 0)
                    return gitError(
                        operation,
                        tr("cannot read the tree of commit %1").arg(git::oidToString(*parentId)));
                parentTreeHolder.reset(rawParentTree);
                parentTree = rawParentTree;
            }
        }

        git_diff *rawDiff = nullptr;
        if (git_diff_tree_to_tree(&rawDiff, repo, parentTree, tree.get(), &options) < 0)
            return gitError(
                operation,
                tr("cannot compare commit %1 with its parent").arg(git::oidToString(oid)));
        const git::DiffPtr diff(rawDiff);

        // Commit-level fields, filled on the first capture of this commit.
        OtaCapture capture;
        bool commitFieldsSet = false;

        const size_t deltas = git_diff_num_deltas(diff.get());
        for (size_t k = 0; k < deltas; ++k) {
            const git_diff_delta *delta = git_diff_get_delta(diff.get(), k);
            if (delta->status != GIT_DELTA_ADDED && delta->status != GIT_DELTA_MODIFIED &&
                delta->status != GIT_DELTA_TYPECHANGE)
                continue;
            if (!isBlobMode(delta->new_file.mode))
                continue;
            // A mode-only change records no new text.
            if (delta->status == GIT_DELTA_MODIFIED &&
                git_oid_equal(&delta->old_file.id, &delta->new_file.id))
                continue;
            const QString path = QString::fromUtf8(delta->new_file.path);
            auto doc = OtaDocumentPath::parse(path);
            if (!doc)
                continue;
            if (!filter.services.isEmpty() &&
                !filter.services.contains(doc->service, Qt::CaseInsensitive))
                continue;
            if (!filter.termsTypes.isEmpty() &&
                !filter.termsTypes.contains(doc->termsType, Qt::CaseInsensitive))
                continue;
            if (index <= resume->value(path, -1)) {
                if (progress)
                    ++progress->skippedResumed;
                continue;
            }

            git_blob *rawBlob = nullptr;
            if (git_blob_lookup(&rawBlob, repo, &delta->new_file.id) < 0)
                return gitError(operation,
                                tr("cannot read %1 in commit %2").arg(path, git::oidToString(oid)));
            const git::BlobPtr blob(rawBlob);

            if (!commitFieldsSet) {
                capture.commitId = git::oidToString(oid);
                capture.commitTime = QDateTime::fromSecsSinceEpoch(authorTime, Qt::UTC);
                capture.message = messageOf(commit.get());
                capture.kind = otaCommitKindFromMessage(capture.message);
                capture.commitIndex = index;
                commitFieldsSet = true;
            }
            capture.service = std::move(doc->service);
            capture.termsType = std::move(doc->termsType);
            capture.documentId = std::move(doc->documentId);
            capture.path = path;
            capture.blobId = git::oidToString(delta->new_file.id);
            capture.content = QByteArray(static_cast<const char *>(git_blob_rawcontent(blob.get())),
                                         qsizetype(git_blob_rawsize(blob.get())));
            if (progress) {
                ++progress->captures;
                progress->bytes += capture.content.size();
            }
            if (!sink(capture))
                return cancel();
        }

        previousTree = std::move(tree);
        previousCommit = oid;
        if (progress)
            ++progress->commitsVisited;
    }
    return {};
}

} // namespace cw
