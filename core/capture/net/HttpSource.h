#pragma once

#include "capture/HttpFetch.h"
#include "util/Result.h"

#include <atomic>

namespace cw {

/// Fetches http(s) URLs through QtNetwork: bounded redirects, a timeout, a
/// size cap, TLS verification on, and a clear user agent.
///
/// Threads: synchronous; spins a local event loop. Call it from a worker
/// thread (or the main thread of a command-line run); each call uses its own
/// QNetworkAccessManager, so concurrent calls on different threads are safe.
///
/// Built into the clausewatch_net module (with QtNetwork), not into the core;
/// the core reaches it through HttpFetcher.
class HttpSource
{
public:
    static Result<HttpFetchResult> fetch(const QUrl &url, const HttpFetchOptions &options = {},
                                         const std::atomic_bool *cancel = nullptr);
    static QString defaultUserAgent();
};

} // namespace cw
