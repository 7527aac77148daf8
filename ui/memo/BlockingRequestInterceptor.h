#pragma once

#include <QAtomicInt>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace cw::ui {

/// Blocks every request a memo page makes, except the memo document itself
/// (the data: URL setHtml uses, or the one temporary file a large memo is
/// loaded from). A memo must render from what it carries: no fonts, images,
/// scripts or beacons from anywhere.
///
/// Threads: interceptRequest runs on the IO thread; the allowed URL is set
/// before a load starts and read-only while it runs.
class BlockingRequestInterceptor final : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void setAllowedDocument(const QUrl &url) { m_allowed = url; }
    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    int blockedCount() const { return m_blocked.loadRelaxed(); }

private:
    QUrl m_allowed;
    QAtomicInt m_blocked;
};

} // namespace cw::ui
