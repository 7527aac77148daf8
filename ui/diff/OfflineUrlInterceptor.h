#pragma once

#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace cw::ui {

/// Blocks every request a page makes except to one allowed local file (the
/// document being printed) and data: URLs, so that rendering archived or
/// exported HTML never touches the network.
class OfflineUrlInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit OfflineUrlInterceptor(QObject *parent = nullptr)
        : QWebEngineUrlRequestInterceptor(parent)
    {
    }

    void allow(const QUrl &url) { m_allowed = url; }
    int blocked() const { return m_blocked; }

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    QUrl m_allowed;
    int m_blocked = 0;
};

} // namespace cw::ui
