#pragma once

#include "capture/OtaHistory.h"
#include "util/Result.h"

#include <memory>

namespace cw {

/// What the clausewatch_git module's entry (cw_ota_history_opener) hands out:
/// a static object that opens repositories (OtaRepositorySource::open). The
/// module owns it; callers never delete it. Thread-safe.
class OtaHistoryOpener
{
public:
    virtual ~OtaHistoryOpener() = default;
    virtual Result<std::unique_ptr<OtaHistory>> open(const QString &path) const = 0;
};

} // namespace cw
