#include "memo/BlockingRequestInterceptor.h"

#include <QWebEngineUrlRequestInfo>

namespace cw::ui {

void BlockingRequestInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    const bool mainFrame = info.resourceType() == QWebEngineUrlRequestInfo::ResourceTypeMainFrame;
    if (mainFrame && (url.scheme() == QLatin1String("data") || (!m_allowed.isEmpty() && url == m_allowed)))
        return;
    m_blocked.fetchAndAddRelaxed(1);
    info.block(true);
}

} // namespace cw::ui
