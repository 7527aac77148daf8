#include "web/GuiThreadRenderer.h"

#include "web/WebPageRenderer.h"

#include <QCoreApplication>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>

namespace cw::ui {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::ui::GuiThreadRenderer", s);
}

// How long past the render's own time-out a worker waits for the GUI thread
// to take the call and answer (it may be busy with a long paint or dialog).
constexpr int kMarginMs = 15000;
// How often a waiting worker looks at its cancel flag.
constexpr int kPollMs = 100;

// Shared between the waiting worker and the GUI thread: whichever side ends
// last frees it (a worker that gave up leaves the result to nobody).
struct Pending
{
    std::mutex mutex;
    std::condition_variable answered;
    std::optional<Result<RenderedPage>> result;
};

} // namespace

GuiThreadRenderer::GuiThreadRenderer(std::shared_ptr<const std::atomic_bool> cancel)
    // Deleted on its own thread, whichever thread lets go of it last.
    : m_renderer(new WebPageRenderer, [](WebPageRenderer *r) { r->deleteLater(); }),
      m_cancel(std::move(cancel))
{
}

GuiThreadRenderer::~GuiThreadRenderer() = default;

Result<RenderedPage> GuiThreadRenderer::render(const QUrl &url, int timeoutMs) const
{
    if (m_renderer->thread() == QThread::currentThread())
        return m_renderer->render(url, timeoutMs);
    const QString op = tr("rendering %1").arg(url.toDisplayString());

    auto pending = std::make_shared<Pending>();
    QMetaObject::invokeMethod(
        m_renderer.get(),
        [renderer = m_renderer, pending, url, timeoutMs] {
            Result<RenderedPage> r = renderer->render(url, timeoutMs);
            std::lock_guard lock(pending->mutex);
            pending->result.emplace(std::move(r));
            pending->answered.notify_all();
        },
        Qt::QueuedConnection);

    const auto deadline =
        std::chrono::steady_clock::now() + std::chrono::milliseconds(timeoutMs + kMarginMs);
    std::unique_lock lock(pending->mutex);
    while (!pending->result) {
        if (m_cancel && m_cancel->load())
            return makeError(op, tr("cancelled"));
        if (std::chrono::steady_clock::now() >= deadline)
            return makeError(op, tr("the window did not render the page within %1 s")
                                     .arg((timeoutMs + kMarginMs) / 1000));
        pending->answered.wait_for(lock, std::chrono::milliseconds(kPollMs));
    }
    return std::move(*pending->result);
}

} // namespace cw::ui
