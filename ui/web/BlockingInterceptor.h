#pragma once

#include <QMutex>
#include <QStringList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace cw::ui {

/// Blocks every request a page makes — scripts, images, styles, fonts,
/// frames, beacons, navigations — except the one document being shown:
/// viewing archived evidence, rendering a memo or printing a redline must
/// never reach the network (nor tell anyone that it is being read). Used by
/// every QtWebEngine profile of the app, each with its own instance.
///
/// What passes: the allowed URL (the local file a large page is loaded
/// from), inline content (data: and about: URLs) — for the main frame only
/// when setInlineSubresources(false).
///
/// Threads: interceptRequest runs on QtWebEngine's IO thread; all state is
/// guarded.
class BlockingInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit BlockingInterceptor(QObject *parent = nullptr);

    /// The single URL allowed besides inline content; empty: none.
    void setAllowedUrl(const QUrl &url);
    /// Whether inline (data:/about:) sub-resources pass (default: yes). A
    /// memo renders only from its own document and says so: no.
    void setInlineSubresources(bool allowed);
    int blockedCount() const;
    QStringList blockedUrls() const;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    mutable QMutex m_mutex;
    QUrl m_allowed;
    bool m_inlineSubresources = true;
    QStringList m_blocked;
};

} // namespace cw::ui
