#pragma once

#include "memo/MemoContent.h"
#include "memo/MemoProviders.h"
#include "util/Result.h"

#include <QDateTime>

namespace cw {

class Database;

/// Gathers a memo's content from the archive: the flags in scope with their
/// clause wording, clause-type texts and regulations, the documents and
/// versions in scope, every cited capture with its hashes and Wayback
/// address, the changes since the last review and the cross-platform
/// benchmark (through MemoProviders), and the derived risk statement,
/// recommendations and limitations.
///
/// Reads only. Threads: one collector per Database connection.
class MemoCollector
{
public:
    explicit MemoCollector(const Database &db, MemoProviders providers = {});

    /// `now` stamps the content (generatedAt, and the date when the spec has
    /// none); pass a fixed time for reproducible content.
    Result<MemoContent> collect(const MemoSpec &spec,
                                const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

private:
    const Database &m_db;
    MemoProviders m_providers;
};

} // namespace cw
