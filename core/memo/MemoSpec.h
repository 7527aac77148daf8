#pragma once

#include "util/Result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace cw {

/// What a memo covers.
enum class MemoScope {
    Platform,   ///< one platform: all its documents, or the selected ones
    ClauseType, ///< one clause type across every platform
    Diff,       ///< the change between two versions of one document
    Flags,      ///< a hand-picked selection of flags
};

enum class PaperSize { A4, Letter };

QString memoScopeKey(MemoScope s);
std::optional<MemoScope> memoScopeFromKey(const QString &key);
QString paperSizeKey(PaperSize p);
std::optional<PaperSize> paperSizeFromKey(const QString &key);

/// Which sections and details a memo carries. The defaults make a complete
/// memo; every switch only removes material.
struct MemoOptions
{
    bool includeOriginals = true;    ///< the original clause wording in each finding
    bool plainLanguage = true;       ///< the plain-language reading beside it
    bool regulations = true;         ///< regulations (with jurisdiction) per finding
    bool changes = true;             ///< "changes since the last review"
    /// Changes since this UTC date (ISO, e.g. "2024-01-01"). Empty: since the
    /// previous memo on the same scope in the archive; with none, each
    /// document's latest change.
    QString changesSince;
    bool benchmark = true;           ///< cross-platform benchmark of the clause types in scope
    bool evidenceAppendix = true;    ///< snapshots, hashes, Wayback links, citations
    bool includeRejected = false;    ///< also list flags an analyst rejected
};

/// A request for a memo: its scope, options, paper and letterhead fields.
/// A plain value; the archive stores its JSON with the memo (memos.scope).
struct MemoSpec
{
    MemoScope scope = MemoScope::Platform;
    QString platform;          ///< Platform scope: the platform's name
    QList<qint64> documentIds; ///< Platform scope: only these documents (empty: all)
    QString typeKey;           ///< ClauseType scope: the clause type key
    qint64 fromVersionId = 0;  ///< Diff scope: the older version
    qint64 toVersionId = 0;    ///< Diff scope: the newer version
    QList<qint64> flagIds;     ///< Flags scope: the selected flags

    MemoOptions options;
    PaperSize paper = PaperSize::A4;
    QString to;
    QString from;
    QString subject; ///< empty: a subject is derived from the scope
    QString date;    ///< the memo's date (ISO day); empty: the day it is generated

    /// The scope and options only (what identifies "the same memo" for
    /// "changes since the last memo on this scope").
    QJsonObject scopeJson() const;
    /// Everything, for the archive and for re-running a memo.
    QJsonObject toJson() const;
    static Result<MemoSpec> fromJson(const QJsonObject &json);
    /// A one-line error when the spec cannot make a memo (e.g. no platform
    /// named in a platform scope); an empty Status when it can.
    Status validate() const;
};

} // namespace cw
