#include "diff/RedlinePdfExporter.h"

#include "web/BlockingInterceptor.h"

#include <QFile>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QTemporaryDir>
#include <QUrl>
#include <QWebEnginePage>
#include <QWebEngineProfile>
#include <QWebEngineSettings>

namespace cw::ui {

RedlinePdfExporter::RedlinePdfExporter(QObject *parent) : QObject(parent)
{
    // A private, off-the-record profile (no cache or cookies on disk).
    m_profile = new QWebEngineProfile(this);
    m_interceptor = new BlockingInterceptor(m_profile);
    m_profile->setUrlRequestInterceptor(m_interceptor);
    m_page = new QWebEnginePage(m_profile, this);
    QWebEngineSettings *s = m_page->settings();
    s->setAttribute(QWebEngineSettings::JavascriptEnabled, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::AutoLoadImages, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        if (!m_running)
            return;
        if (!ok) {
            done(false, tr("the redline could not be rendered"));
            return;
        }
        m_page->printToPdf(m_pdfPath,
                           QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                       QMarginsF(14, 16, 14, 16), QPageLayout::Millimeter));
    });
    connect(m_page, &QWebEnginePage::pdfPrintingFinished, this, [this](const QString &, bool ok) {
        done(ok, ok ? QString() : tr("the PDF could not be written to %1").arg(m_pdfPath));
    });
}

RedlinePdfExporter::~RedlinePdfExporter() = default;

int RedlinePdfExporter::blockedRequests() const
{
    return m_interceptor->blockedCount();
}

bool RedlinePdfExporter::start(const QString &html, const QString &pdfPath)
{
    if (m_running)
        return false;
    m_tmp = std::make_unique<QTemporaryDir>();
    const QString file = m_tmp->filePath(QStringLiteral("redline.html"));
    QFile f(file);
    if (!m_tmp->isValid() || !f.open(QIODevice::WriteOnly) || f.write(html.toUtf8()) < 0)
        return false;
    f.close();
    m_pdfPath = pdfPath;
    m_running = true;
    const QUrl url = QUrl::fromLocalFile(file);
    m_interceptor->setAllowedUrl(url);
    m_page->load(url);
    return true;
}

void RedlinePdfExporter::done(bool ok, const QString &message)
{
    m_running = false;
    m_tmp.reset();
    Q_EMIT finished(ok, message);
}

} // namespace cw::ui
