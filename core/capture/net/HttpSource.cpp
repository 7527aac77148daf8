#include "capture/net/HttpSource.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <memory>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::HttpSource", s);
}

} // namespace

QString HttpSource::defaultUserAgent()
{
    return QStringLiteral("Clausewatch/%1 (policy archive; +https://clausewatch.example/bot)")
        .arg(QStringLiteral(CW_VERSION_STRING));
}

Result<HttpFetchResult> HttpSource::fetch(const QUrl &url, const HttpFetchOptions &options,
                                          const std::atomic_bool *cancel)
{
    const QString op = tr("fetching %1").arg(url.toDisplayString());
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return makeError(op, tr("only http and https addresses can be captured"));

    QNetworkAccessManager manager;
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    HttpFetchResult out;
    out.requestedUrl = url;
    QUrl current = url;
    QTimer deadline;
    deadline.setSingleShot(true);
    deadline.start(options.timeoutMs);

    for (int hop = 0;; ++hop) {
        QNetworkRequest request(current);
        request.setHeader(QNetworkRequest::UserAgentHeader,
                          options.userAgent.isEmpty() ? defaultUserAgent() : options.userAgent);
        request.setRawHeader("Accept", "text/html,application/xhtml+xml,text/markdown,text/plain,"
                                       "application/pdf;q=0.9,*/*;q=0.5");
        request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                             QNetworkRequest::AlwaysNetwork);
        // TLS verification stays at Qt's default (peer verified); no ignoreSslErrors.
        std::unique_ptr<QNetworkReply> reply(manager.get(request));
        QEventLoop loop;
        bool tooBig = false;
        QTimer cancelPoll;
        QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &loop,
                         [&](qint64 received, qint64 total) {
                             if (received > options.maxBytes || total > options.maxBytes) {
                                 tooBig = true;
                                 loop.quit();
                             }
                         });
        if (cancel) {
            QObject::connect(&cancelPoll, &QTimer::timeout, &loop, [&] {
                if (cancel->load())
                    loop.quit();
            });
            cancelPoll.start(50);
        }
        if (!reply->isFinished())
            loop.exec();

        if (cancel && cancel->load()) {
            reply->abort();
            return makeError(op, tr("cancelled"));
        }
        if (tooBig) {
            reply->abort();
            return makeError(op, tr("the response is larger than the %1 MB limit")
                                     .arg(options.maxBytes / (1024 * 1024)));
        }
        if (!reply->isFinished()) {
            reply->abort();
            return makeError(op, tr("no complete answer within %1 seconds")
                                     .arg(options.timeoutMs / 1000));
        }
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (status == 0) // no HTTP answer at all: DNS, refused connection, TLS failure …
            return makeError(op, reply->errorString());

        if (status >= 300 && status < 400 && status != 304) {
            const QUrl target = reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (!target.isValid())
                return makeError(op, tr("HTTP %1 redirect without a Location").arg(status));
            if (hop >= options.maxRedirects)
                return makeError(op, tr("more than %1 redirects").arg(options.maxRedirects));
            current = current.resolved(target);
            const QString s = current.scheme().toLower();
            if (s != QLatin1String("http") && s != QLatin1String("https"))
                return makeError(op, tr("redirected to a non-web address %1")
                                         .arg(current.toDisplayString()));
            out.redirects.append(current);
            continue;
        }

        out.finalUrl = current;
        out.status = status;
        out.headers = reply->rawHeaderPairs();
        out.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toString();
        out.body = reply->readAll();
        if (out.body.size() > options.maxBytes)
            return makeError(op, tr("the response is larger than the %1 MB limit")
                                     .arg(options.maxBytes / (1024 * 1024)));
        return out;
    }
}

} // namespace cw
