#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

#include <atomic>
#include <utility>

namespace cw {

struct HttpFetchOptions
{
    int maxRedirects = 5;
    int timeoutMs = 30000;                    ///< for the whole transfer
    qint64 maxBytes = 25 * 1024 * 1024;       ///< bodies above this are refused
    QString userAgent;                        ///< default: "Clausewatch/<version> (+policy archive)"
};

/// What one fetch brought back. A 4xx/5xx answer is a result, not an error:
/// the caller stores it as a suspect capture, so the evidence is kept.
struct HttpFetchResult
{
    QUrl requestedUrl;
    QUrl finalUrl;
    QList<QUrl> redirects; ///< every hop after the first request, in order
    int status = 0;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QString contentType;
    QByteArray body;

    /// The headers as a JSON object text (lower-case names), for the archive.
    QString headersJson() const;
};

/// Fetches http(s) URLs through QtNetwork: bounded redirects, a timeout, a
/// size cap, TLS verification on, and a clear user agent.
///
/// Threads: synchronous; spins a local event loop. Call it from a worker
/// thread (or the main thread of a command-line run); each call uses its own
/// QNetworkAccessManager, so concurrent calls on different threads are safe.
class HttpSource
{
public:
    static Result<HttpFetchResult> fetch(const QUrl &url, const HttpFetchOptions &options = {},
                                         const std::atomic_bool *cancel = nullptr);
    static QString defaultUserAgent();
};

} // namespace cw
