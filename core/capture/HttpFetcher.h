#pragma once

#include "capture/HttpFetch.h"
#include "util/Result.h"

#include <atomic>

namespace cw {

/// Fetches http(s) URLs for capture. The core knows only this interface; the
/// implementation (HttpSource, QtNetwork) lives in the clausewatch_net module,
/// which CaptureModules::httpFetcher() loads when a URL is imported, so that
/// other commands never load QtNetwork and what it pulls in (TLS, proxies,
/// GSSAPI …).
///
/// Contract: HttpSource::fetch's (bounded redirects, timeout, size cap, TLS
/// verification on). Synchronous; safe to call from several threads at once.
class HttpFetcher
{
public:
    virtual ~HttpFetcher() = default;
    virtual Result<HttpFetchResult> fetch(const QUrl &url, const HttpFetchOptions &options = {},
                                          const std::atomic_bool *cancel = nullptr) const = 0;
};

} // namespace cw
