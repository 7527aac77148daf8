#include "web/BlockingInterceptor.h"

#include <QMutexLocker>

namespace cw::ui {

BlockingInterceptor::BlockingInterceptor(QObject *parent) : QWebEngineUrlRequestInterceptor(parent) {}

void BlockingInterceptor::setAllowedUrl(const QUrl &url)
{
    QMutexLocker lock(&m_mutex);
    m_allowed = url;
}

void BlockingInterceptor::setInlineSubresources(bool allowed)
{
    QMutexLocker lock(&m_mutex);
    m_inlineSubresources = allowed;
}

int BlockingInterceptor::blockedCount() const
{
    QMutexLocker lock(&m_mutex);
    return int(m_blocked.size());
}

QStringList BlockingInterceptor::blockedUrls() const
{
    QMutexLocker lock(&m_mutex);
    return m_blocked;
}

void BlockingInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const QString scheme = url.scheme().toLower();
    const bool inlineContent = scheme == QLatin1String("data") || scheme == QLatin1String("about");
    const bool mainFrame = info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame;
    QMutexLocker lock(&m_mutex);
    if ((inlineContent && (mainFrame || m_inlineSubresources)) ||
        (!m_allowed.isEmpty() && url == m_allowed))
        return;
    info.block(true);
    m_blocked << url.toString();
}

} // namespace cw::ui
