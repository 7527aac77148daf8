#pragma once

#include "capture/PageRenderer.h"

#include <QObject>

namespace cw::ui {

/// PageRenderer on QtWebEngine: loads the page in a fresh off-the-record
/// profile with JavaScript on (that is the point) and everything a capture
/// must not do off — no downloads, no permissions granted, no persistent
/// storage, no windows opened — waits for the load, then at least a second
/// and until the DOM's size has held still for a second (pages that fill
/// themselves after load), and serialises it without its <noscript>
/// fallbacks.
///
/// Runs on the GUI thread of a QGuiApplication (the render module's);
/// render() spins a local event loop.
class WebPageRenderer : public QObject, public PageRenderer
{
    Q_OBJECT

public:
    explicit WebPageRenderer(QObject *parent = nullptr);

    Result<RenderedPage> render(const QUrl &url, int timeoutMs) const override;
};

} // namespace cw::ui
