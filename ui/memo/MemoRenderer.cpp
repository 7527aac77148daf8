#include "memo/MemoRenderer.h"

#include "web/BlockingInterceptor.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QPageSize>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace cw::ui {

namespace {

// A 200-page memo prints in well under a minute here; this only catches a hang.
constexpr int kTimeoutMs = 180000;

} // namespace

MemoRenderer::MemoRenderer(QObject *parent)
    : QObject(parent), m_tempDir(std::make_unique<QTemporaryDir>())
{
    // No storage name: off the record — nothing of a memo is written to disk
    // by the engine (no cache, cookies or history).
    m_profile = new QWebEngineProfile(this);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_interceptor = new BlockingInterceptor(this);
    m_interceptor->setInlineSubresources(false); // a memo carries everything it shows
    m_profile->setUrlRequestInterceptor(m_interceptor);
}

MemoRenderer::~MemoRenderer()
{
    delete m_page; // pages must go before their profile
    m_page = nullptr;
}

int MemoRenderer::blockedRequests() const
{
    return m_interceptor->blockedCount();
}

QPageLayout MemoRenderer::pageLayout(const MemoPageSetup &s)
{
    return QPageLayout(QPageSize(s.paper == PaperSize::Letter ? QPageSize::Letter : QPageSize::A4),
                       QPageLayout::Portrait,
                       QMarginsF(s.marginLeftMm, s.marginTopMm, s.marginRightMm, s.marginBottomMm),
                       QPageLayout::Millimeter);
}

void MemoRenderer::secure(QWebEnginePage *page)
{
    QWebEngineSettings *s = page->settings();
    // Archive text is escaped and the template has no scripts; with scripts
    // off, nothing in a memo can run even if something slipped through.
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    s->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    s->setAttribute(QWebEngineSettings::HyperlinkAuditingEnabled, false);
    s->setAttribute(QWebEngineSettings::DnsPrefetchEnabled, false);
    s->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    s->setAttribute(QWebEngineSettings::AutoLoadIconsForPage, false);
    s->setAttribute(QWebEngineSettings::PrintElementBackgrounds, true); // severity colours
}

void MemoRenderer::load(QWebEnginePage *page, const QString &html) const
{
    const QByteArray utf8 = html.toUtf8();
    if (utf8.size() < m_inlineLimit || !m_tempDir->isValid()) {
        m_interceptor->setAllowedUrl({});
        page->setHtml(html);
        return;
    }
    static int counter = 0;
    const QString path = m_tempDir->filePath(QStringLiteral("memo-%1.html").arg(++counter));
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        f.write(utf8);
        f.close();
    }
    const QUrl url = QUrl::fromLocalFile(path);
    m_interceptor->setAllowedUrl(url);
    page->load(url);
}

Result<QByteArray> MemoRenderer::print(const PdfPrintJob &job) const
{
    const QString op = tr("printing the memo");
    QWebEnginePage page(m_profile);
    secure(&page);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, &QEventLoop::quit);
    bool loaded = false, loadOk = false;
    connect(&page, &QWebEnginePage::loadFinished, &loop, [&](bool ok) {
        loaded = true;
        loadOk = ok;
        loop.quit();
    });
    timeout.start(kTimeoutMs);
    load(&page, job.html);
    if (!loaded)
        loop.exec();
    if (!loaded)
        return makeError(op, tr("the memo page did not load in time"));
    if (!loadOk)
        return makeError(op, tr("the memo page failed to load"));

    QByteArray pdf;
    bool printed = false;
    page.printToPdf(
        [&](const QByteArray &bytes) {
            pdf = bytes;
            printed = true;
            loop.quit();
        },
        pageLayout(job.page));
    if (!printed)
        loop.exec();
    if (!printed)
        return makeError(op, tr("printing did not finish in time"));
    if (pdf.isEmpty())
        return makeError(op, tr("QtWebEngine produced no PDF"));
    return pdf;
}

void MemoRenderer::printAsync(const PdfPrintJob &job)
{
    if (m_busy) {
        Q_EMIT printed({}, tr("a memo is already being printed"));
        return;
    }
    m_busy = true;
    delete m_page;
    m_page = new QWebEnginePage(m_profile);
    secure(m_page);
    QWebEnginePage *page = m_page;
    const QPageLayout layout = pageLayout(job.page);
    connect(page, &QWebEnginePage::loadFinished, this, [this, page, layout](bool ok) {
        if (!ok) {
            m_busy = false;
            Q_EMIT printed({}, tr("the memo page failed to load"));
            return;
        }
        page->printToPdf(
            [this](const QByteArray &pdf) {
                m_busy = false;
                Q_EMIT printed(pdf, pdf.isEmpty() ? tr("QtWebEngine produced no PDF") : QString());
            },
            layout);
    });
    load(page, job.html);
}

} // namespace cw::ui
