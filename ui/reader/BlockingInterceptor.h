#pragma once

#include <QMutex>
#include <QStringList>
#include <QUrl>
#include <QWebEngineUrlRequestInterceptor>

namespace cw::ui {

/// Blocks every request a stored snapshot would make (scripts, images,
/// styles, fonts, frames, beacons, navigations): viewing evidence must not
/// reach the network or leak that it is being read. Only inline content
/// (data: and about: URLs) and the one local file being shown pass.
class BlockingInterceptor : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT

public:
    explicit BlockingInterceptor(QObject *parent = nullptr);

    /// The single URL allowed besides inline content (the snapshot's own
    /// temporary file when it is too large for setContent); empty: none.
    void setAllowedUrl(const QUrl &url);
    int blockedCount() const;
    QStringList blockedUrls() const;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;

private:
    mutable QMutex m_mutex; // interceptRequest may run off the GUI thread
    QUrl m_allowed;
    QStringList m_blocked;
};

} // namespace cw::ui
