#pragma once

#include <QtGlobal>
#include <atomic>

namespace cw {

/// Progress of OtaRepositorySource::forEachCapture, written by the reading
/// thread and safe to read from any other thread (a GUI timer, say) while the
/// read runs. Counters only grow. `commitsTotal` is known before the first
/// capture is delivered.
struct OtaProgress
{
    std::atomic<int> commitsTotal{0};   ///< commits the walk will visit
    std::atomic<int> commitsVisited{0}; ///< commits looked at so far
    std::atomic<int> captures{0};       ///< captures handed to the sink
    std::atomic<qint64> bytes{0};       ///< content bytes handed to the sink
    std::atomic<int> skippedResumed{0}; ///< document changes skipped as already imported
    /// Set from any thread to stop the read before its next commit; the read
    /// then returns success with `cancelled` set, like a sink returning false.
    std::atomic<bool> cancelRequested{false};
    std::atomic<bool> cancelled{false}; ///< the read stopped before the end
};

} // namespace cw
