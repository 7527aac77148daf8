#pragma once

#include "util/Result.h"

namespace cw {

class Database;

/// Keeps the full-text index of clauses (clauses_fts) up to date.
///
/// Imports insert clauses without touching FTS5; catchUp() then
/// indexes every row above the stored watermark in one batch and moves the
/// watermark, in one transaction. FTS5 indexes such a batch an order of
/// magnitude faster than row-by-row triggers. Importers call it at the end of
/// a run; opening an archive for writing calls it too, so a crash between an
/// import and its catch-up only delays indexing.
class FtsIndex
{
public:
    /// Indexes what is missing; returns the number of rows indexed.
    static Result<int> catchUp(const Database &db);
};

} // namespace cw
