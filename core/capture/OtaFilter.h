#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>

namespace cw {

/// What to read from an Open Terms Archive versions repository. Every member
/// left empty means "no restriction"; all restrictions apply together.
struct OtaFilter
{
    /// Keep only these services (folder names, compared case-insensitively).
    QStringList services;
    /// Keep only these terms types (compared case-insensitively with the file
    /// name's terms type; canonicalise aliases with TermsTypes first if needed).
    QStringList termsTypes;
    /// Keep only commits whose author time is at or after this instant.
    QDateTime since;

    // ---- Resuming an import --------------------------------------------------
    // The archive keeps, per document, the id of the last commit it imported
    // from a repository. Handing those back here makes a re-run read only what
    // is new. Both forms may be combined.

    /// Whole-repository resume point: read only the commits that come after it
    /// (it and all its ancestors are skipped without being read). Any revision
    /// git understands: a full or abbreviated id, "HEAD~3", a tag. It must be in
    /// the history of HEAD.
    QString afterCommit;
    /// Per-document resume points: document path ("Discord/Terms of Service.md",
    /// OtaCapture::path) → the last commit already imported for it. Captures of
    /// that document in that commit or any earlier commit of the walk are skipped;
    /// other documents are not affected.
    QHash<QString, QString> resumeAfter;
    /// What to do when a resumeAfter commit is not on the first-parent history
    /// of HEAD (the upstream history was rewritten, or it is another repository):
    /// true (default) fails with a clear error before anything is read; false
    /// reads that document from the start, leaving deduplication to the caller.
    bool strictResume = true;
};

} // namespace cw
