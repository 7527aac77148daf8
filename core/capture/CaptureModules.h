#pragma once

#include "capture/HttpFetcher.h"
#include "capture/OtaHistory.h"
#include "util/Result.h"

#include <memory>

namespace cw {

/// The capture sources that live in run-time modules (see ModuleLoader):
/// Open Terms Archive histories in clausewatch_git.so (libgit2), HTTP in
/// clausewatch_net.so (QtNetwork). Loaded on first use; a missing or broken
/// module is a one-line Error naming it.
class CaptureModules
{
public:
    /// OtaRepositorySource::open(path) in the git module.
    static Result<std::unique_ptr<OtaHistory>> openOtaHistory(const QString &path);
    /// The net module's fetcher; it lives as long as the process.
    static Result<const HttpFetcher *> httpFetcher();
};

} // namespace cw
