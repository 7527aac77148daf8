#include "alerts/CheckRunner.h"

#include "archive/Database.h"
#include "web/GuiThreadRenderer.h"

namespace cw::ui {

CheckRunner::CheckRunner(QString archivePath, Scope scope, RecheckOptions options, QObject *parent)
    : ArchiveJob(parent), m_archivePath(std::move(archivePath)), m_scope(scope),
      m_options(options), m_result(makeError(QString(), tr("the check has not run")))
{
}

void CheckRunner::start()
{
    // Documents imported with rendering are rendered again, on this (the GUI)
    // thread, where QtWebEngine lives (the page is only loaded when one needs it).
    auto renderer = std::make_shared<GuiThreadRenderer>(m_cancel);
    run([this, path = m_archivePath, scope = m_scope, options = m_options, cancel = m_cancel,
         renderer](const Report &report) mutable -> Deliver {
        options.renderer = renderer.get();
        const auto work = [&]() -> Result<RecheckSummary> {
            OpenOptions o;
            o.create = false;
            auto db = Database::open(path, o);
            if (!db)
                return db.error();
            RecheckService service(**db);
            return scope == Scope::Watched ? service.checkWatched(options, report, cancel.get())
                                           : service.checkAll(options, report, cancel.get());
        };
        // Runs on the GUI thread, only while this runner exists.
        return [this, r = work()] { m_result = r; };
    });
}

} // namespace cw::ui
