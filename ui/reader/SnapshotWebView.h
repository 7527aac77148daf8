#pragma once

#include <QTemporaryFile>
#include <QWebEngineView>

#include <memory>

class QWebEngineProfile;

namespace cw::ui {

class BlockingInterceptor;

/// Shows a stored HTML snapshot as the site served it, safely: its own
/// off-the-record profile, JavaScript off, plugins off, and every request
/// the page would make blocked by a BlockingInterceptor.
class SnapshotWebView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit SnapshotWebView(QWidget *parent = nullptr);
    ~SnapshotWebView() override;

    /// Loads the snapshot's bytes. Up to ~1.5 MB inline; larger ones from a
    /// private temporary file, the only URL the interceptor then lets through.
    void showSnapshot(const QByteArray &html, const QString &contentType);
    BlockingInterceptor *interceptor() const { return m_interceptor; }

private:
    QWebEngineProfile *m_profile;
    BlockingInterceptor *m_interceptor;
    std::unique_ptr<QTemporaryFile> m_file;
};

} // namespace cw::ui
