#pragma once

#include "capture/OtaCommitKind.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace cw {

/// One recorded version of one document, read from one commit of an Open Terms
/// Archive versions repository: the document's bytes exactly as stored in that
/// commit, and the commit as the version's origin.
struct OtaCapture
{
    QString service;    ///< "Discord" (the folder name)
    QString termsType;  ///< "Terms of Service" (file name without ".md" nor " #<id>")
    QString documentId; ///< the " #<id>" part of the file name, usually empty
    QByteArray content; ///< the blob's bytes, unmodified (Markdown, normally UTF-8)
    QString commitId;   ///< full 40-digit hexadecimal commit id
    /// The commit's *author* time, in UTC: the engine sets it to the time the
    /// page was fetched; the committer time can move when a history is rewritten.
    QDateTime commitTime;
    QString message; ///< the full commit message, trailing newlines removed
    OtaCommitKind kind = OtaCommitKind::Unknown; ///< from the message's first line
    QString path;   ///< "Discord/Terms of Service.md": the document's key
    QString blobId; ///< git id of the content: equal ids mean equal bytes
    /// 0-based position of the commit in the walk (oldest first) of this run;
    /// captures of one commit share it. Only meaningful within one run.
    int commitIndex = -1;
};

} // namespace cw
