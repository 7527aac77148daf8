#pragma once

#include "services/CaptureRequest.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace cw {

class Database;

struct DemoSummary
{
    int platforms = 0;
    int documents = 0;
    int captures = 0;
    int versions = 0;
    int verifications = 0;
    int clauses = 0;
    int flags = 0;
};

/// The built-in demo archive: fictional platforms whose documents (written for
/// Clausewatch, embedded at :/demo/<platform>/) are imported capture by capture
/// in time order through the normal pipeline, so the demo exercises exactly
/// what real imports do.
class DemoArchive
{
public:
    /// Imports the demo into `db`. Refuses an archive that already holds it.
    static Result<DemoSummary> build(const Database &db,
                                     const std::function<void(int done, int total)> &progress = {});
    /// The demo's captures in the order build() imports them.
    static Result<QList<CaptureRequest>> captures();
    /// Whether the archive already holds the demo.
    static Result<bool> isPresent(const Database &db);
};

} // namespace cw
