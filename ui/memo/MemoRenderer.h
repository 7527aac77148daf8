#pragma once

#include "memo/MemoPdfPrinter.h"

#include <QObject>
#include <QPageLayout>

#include <memory>

class QTemporaryDir;
class QWebEnginePage;
class QWebEngineProfile;

namespace cw::ui {

class BlockingInterceptor;

/// Prints memo HTML to PDF with QtWebEngine: an off-the-record profile, a
/// page with JavaScript, plugins and remote access off, and every network
/// request blocked (BlockingInterceptor). HTML over ~1.5 MB is loaded
/// from a private temporary file, since setHtml is limited to 2 MB.
///
/// Returns the PDF exactly as Chromium wrote it; MemoExporter seals it.
/// Threads: GUI thread only. Needs a QGuiApplication created with
/// Qt::AA_ShareOpenGLContexts.
class MemoRenderer : public QObject, public MemoPdfPrinter
{
    Q_OBJECT

public:
    explicit MemoRenderer(QObject *parent = nullptr);
    ~MemoRenderer() override;

    /// Synchronous: spins a local event loop until the PDF is ready.
    Result<QByteArray> print(const PdfPrintJob &job) const override;
    /// Asynchronous: emits printed() once. One job at a time.
    void printAsync(const PdfPrintJob &job);
    bool isBusy() const { return m_busy; }
    /// Requests blocked since this renderer was made (tests check it stays 0
    /// for honest memos and counts the attempts of hostile ones).
    int blockedRequests() const;

    static QPageLayout pageLayout(const MemoPageSetup &setup);
    /// The memo page's safety settings, also used by the composer's preview.
    static void secure(QWebEnginePage *page);
    /// HTML of at least this many UTF-8 bytes is loaded from a temporary file
    /// instead of setHtml (default ~1.5 MB; tests lower it).
    void setInlineLimit(qsizetype bytes) { m_inlineLimit = bytes; }
    /// The profile memo pages use (off the record, requests intercepted).
    QWebEngineProfile *profile() const { return m_profile; }
    /// Loads `html` into `page` the memo way (setHtml, or a temporary file
    /// when large). The file lives in this renderer's private folder.
    void load(QWebEnginePage *page, const QString &html) const;

Q_SIGNALS:
    /// `error` is empty on success.
    void printed(const QByteArray &pdf, const QString &error);

private:
    QWebEngineProfile *m_profile = nullptr;
    BlockingInterceptor *m_interceptor = nullptr;
    std::unique_ptr<QTemporaryDir> m_tempDir;
    QWebEnginePage *m_page = nullptr; ///< the async job's page
    bool m_busy = false;
    qsizetype m_inlineLimit = 1500 * 1024; ///< setHtml refuses more than 2 MB

};

} // namespace cw::ui
