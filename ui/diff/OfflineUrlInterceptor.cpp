#include "diff/OfflineUrlInterceptor.h"

namespace cw::ui {

void OfflineUrlInterceptor::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    const QUrl url = info.requestUrl();
    if (url.scheme() == QLatin1String("data") || (m_allowed.isValid() && url == m_allowed))
        return;
    ++m_blocked;
    info.block(true);
}

} // namespace cw::ui
