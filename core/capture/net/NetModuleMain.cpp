// clausewatch_net: HTTP capture (QtNetwork, and through it TLS, libproxy,
// GSSAPI, brotli …) as a module that the core loads only when a URL is
// imported or checked (CaptureModules), so that other commands start without it.

#include "capture/HttpFetcher.h"
#include "capture/net/HttpSource.h"

namespace {

class QtHttpFetcher final : public cw::HttpFetcher
{
public:
    cw::Result<cw::HttpFetchResult> fetch(const QUrl &url, const cw::HttpFetchOptions &options,
                                          const std::atomic_bool *cancel) const override
    {
        return cw::HttpSource::fetch(url, options, cancel);
    }
};

} // namespace

extern "C" Q_DECL_EXPORT const cw::HttpFetcher *cw_http_fetcher()
{
    static const QtHttpFetcher fetcher;
    return &fetcher;
}
