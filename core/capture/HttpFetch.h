#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

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

} // namespace cw
