#include "import/ImportRunner.h"

#include "archive/Database.h"
#include "web/GuiThreadRenderer.h"

#include <QUrl>

namespace cw::ui {

ImportRunner::ImportRunner(QString archivePath, ImportRequest request, QObject *parent)
    : ArchiveJob(parent), m_archivePath(std::move(archivePath)), m_request(std::move(request)),
      m_result(makeError(QString(), tr("the import has not run")))
{
}

void ImportRunner::start()
{
    // Rendering happens on this (the GUI) thread, where QtWebEngine lives;
    // the worker holds the renderer until it is done with it.
    std::shared_ptr<GuiThreadRenderer> renderer;
    if (m_request.render && m_request.kind == ImportRequest::Kind::Url)
        renderer = std::make_shared<GuiThreadRenderer>(m_cancel);
    run([this, path = m_archivePath, request = m_request, cancel = m_cancel,
         renderer](const Report &report) mutable -> Deliver {
        request.target.renderer = renderer.get();
        const auto work = [&]() -> Result<ImportSummary> {
            OpenOptions o;
            o.create = false;
            auto db = Database::open(path, o);
            if (!db)
                return db.error();
            ImportService service(**db);
            switch (request.kind) {
            case ImportRequest::Kind::Url:
                return service.importUrl(QUrl(request.source), request.target, cancel.get());
            case ImportRequest::Kind::OtaRepository:
                return service.importOta(request.source, request.ota, report, cancel.get());
            case ImportRequest::Kind::File:
            case ImportRequest::Kind::Folder: break;
            }
            return service.importPath(request.source, request.target, report, cancel.get());
        };
        // Runs on the GUI thread, only while this runner exists.
        return [this, r = work()] { m_result = r; };
    });
}

} // namespace cw::ui
