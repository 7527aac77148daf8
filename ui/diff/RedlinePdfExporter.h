#pragma once

#include <QObject>
#include <QString>
#include <memory>

class QTemporaryDir;
class QWebEnginePage;
class QWebEngineProfile;

namespace cw::ui {

class BlockingInterceptor;

/// Prints redline HTML (RedlineHtml) to PDF through QtWebEngine, offline:
/// JavaScript off, every network request blocked, a private off-the-record
/// profile. A4 portrait. The page is loaded from a temporary file (setHtml
/// is limited to 2 MB). One export at a time; reports finished() on the GUI
/// thread. Needs Qt::AA_ShareOpenGLContexts set before the application.
class RedlinePdfExporter : public QObject
{
    Q_OBJECT

public:
    explicit RedlinePdfExporter(QObject *parent = nullptr);
    ~RedlinePdfExporter() override;

    /// Starts the export; false (and nothing starts) when one is running or
    /// the temporary file cannot be written.
    bool start(const QString &html, const QString &pdfPath);
    bool isRunning() const { return m_running; }
    /// Requests blocked during the last export (a self-contained redline makes none).
    int blockedRequests() const;

Q_SIGNALS:
    void finished(bool ok, const QString &message);

private:
    void done(bool ok, const QString &message);

    QWebEngineProfile *m_profile = nullptr;
    QWebEnginePage *m_page = nullptr;
    BlockingInterceptor *m_interceptor = nullptr;
    std::unique_ptr<QTemporaryDir> m_tmp;
    QString m_pdfPath;
    bool m_running = false;
};

} // namespace cw::ui
