#pragma once

#include "memo/MemoContent.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace cw {

/// The canonical serialisation of a memo's content: compact JSON with sorted
/// keys (QJsonObject keeps keys sorted), integers only, fixed field names, a
/// format tag. The same MemoContent always gives the same bytes; they are what
/// the fingerprint hashes, what the archive stores (memos.content) and what
/// the sealed PDF carries, so a reader can re-check the fingerprint.
class MemoCanonical
{
public:
    static constexpr const char *kFormat = "clausewatch-memo/1";

    static QJsonObject toJson(const MemoContent &content);
    static QByteArray serialize(const MemoContent &content);
    /// Reads canonical bytes back (e.g. from a sealed PDF or the archive).
    static Result<MemoContent> parse(const QByteArray &canonical);
};

} // namespace cw
