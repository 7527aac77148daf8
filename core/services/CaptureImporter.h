#pragma once

#include "services/CaptureRequest.h"
#include "util/Result.h"

namespace cw {

class ChangeSummarizer;
class Database;

/// Runs one capture through the pipeline — hash, extract, quality gate,
/// version or verification, segment, lineage, classify — and stores it in one
/// transaction: a failure or crash leaves all of it or none of it.
///
/// A capture the quality gate finds suspect is still stored (the exact bytes
/// are evidence), marked with its reason, and makes no version.
///
/// A new version of a document that already had one, unless technical, also
/// records exactly one alert (ChangeAlerter) in the same transaction.
class CaptureImporter
{
public:
    /// `summarizer` (not owned) writes change summaries; nullptr: the default.
    explicit CaptureImporter(const Database &db, const ChangeSummarizer *summarizer = nullptr)
        : m_db(db), m_summarizer(summarizer)
    {
    }

    Result<CaptureResult> import(const CaptureRequest &request);

private:
    const Database &m_db;
    const ChangeSummarizer *m_summarizer;
};

} // namespace cw
