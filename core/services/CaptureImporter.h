#pragma once

#include "services/CaptureRequest.h"
#include "util/Result.h"

namespace cw {

class Database;

/// Runs one capture through the pipeline — hash, extract, quality gate,
/// version or verification, segment, lineage, classify — and stores it in one
/// transaction: a failure or crash leaves all of it or none of it.
///
/// A capture the quality gate finds suspect is still stored (the exact bytes
/// are evidence), marked with its reason, and makes no version.
class CaptureImporter
{
public:
    explicit CaptureImporter(const Database &db) : m_db(db) {}

    Result<CaptureResult> import(const CaptureRequest &request);

private:
    const Database &m_db;
};

} // namespace cw
