#pragma once

#include "capture/PageRenderer.h"

#include <atomic>
#include <memory>

namespace cw::ui {

class WebPageRenderer;

/// Lets the GUI's worker threads (import, "Check now") render pages:
/// QtWebEngine lives on the GUI thread, so each render() is handed to a
/// WebPageRenderer there while the calling thread waits for its result. The
/// GUI stays responsive meanwhile (the renderer runs its own event loop).
/// Called on the GUI thread itself, it renders directly.
///
/// Make it on the GUI thread; it may be used, and destroyed, on any thread.
/// A wait ends with an Error when `cancel` is set, or when the GUI thread has
/// not delivered within the render's time-out plus a margin.
class GuiThreadRenderer : public PageRenderer
{
public:
    explicit GuiThreadRenderer(std::shared_ptr<const std::atomic_bool> cancel = {});
    ~GuiThreadRenderer() override;

    Result<RenderedPage> render(const QUrl &url, int timeoutMs) const override;

private:
    /// Lives on the GUI thread and is deleted there (deleteLater) when the last
    /// holder lets go: this object, or a render still running for a worker
    /// that stopped waiting (so it is never deleted in the middle of one).
    std::shared_ptr<WebPageRenderer> m_renderer;
    std::shared_ptr<const std::atomic_bool> m_cancel;
};

} // namespace cw::ui
