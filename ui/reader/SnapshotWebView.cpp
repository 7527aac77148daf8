#include "reader/SnapshotWebView.h"

#include "web/BlockingInterceptor.h"

#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace cw::ui {

namespace {
constexpr qsizetype kInlineLimit = 1536 * 1024; // setContent's data URL stays under 2 MB
} // namespace

SnapshotWebView::SnapshotWebView(QWidget *parent)
    : QWebEngineView(parent), m_profile(new QWebEngineProfile(this)),
      m_interceptor(new BlockingInterceptor(this))
{
    // A profile without a storage name is off the record: nothing of the
    // snapshot (cookies, cache) is kept on disk.
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    QWebEngineSettings *s = m_profile->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    setPage(new QWebEnginePage(m_profile, this));
}

SnapshotWebView::~SnapshotWebView()
{
    // The page must go before the profile it uses.
    delete page();
}

void SnapshotWebView::showSnapshot(const QByteArray &html, const QString &contentType)
{
    const QString mime = contentType.isEmpty() ? QStringLiteral("text/html") : contentType;
    if (html.size() <= kInlineLimit) {
        m_interceptor->setAllowedUrl({});
        setContent(html, mime);
        return;
    }
    m_file = std::make_unique<QTemporaryFile>(QStringLiteral("cw-snapshot-XXXXXX.html"));
    if (!m_file->open()) {
        setContent(html.left(kInlineLimit), mime);
        return;
    }
    m_file->write(html);
    m_file->flush();
    const QUrl url = QUrl::fromLocalFile(m_file->fileName());
    m_interceptor->setAllowedUrl(url);
    load(url);
}

} // namespace cw::ui
