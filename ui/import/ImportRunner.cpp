#include "import/ImportRunner.h"

#include "archive/Database.h"
#include "web/GuiThreadRenderer.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::ui {

ImportRunner::ImportRunner(QString archivePath, ImportRequest request, QObject *parent)
    : QObject(parent), m_archivePath(std::move(archivePath)), m_request(std::move(request)),
      m_cancel(std::make_shared<std::atomic_bool>(false)),
      m_result(makeError(QString(), tr("the import has not run")))
{
}

ImportRunner::~ImportRunner()
{
    // The worker holds its own copies; asking it to stop is enough.
    m_cancel->store(true);
}

void ImportRunner::cancel()
{
    m_cancel->store(true);
}

void ImportRunner::start()
{
    m_running = true;
    QPointer<ImportRunner> self(this);
    auto report = [self](int done, int total, const QString &item) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total, item] {
                if (self)
                    Q_EMIT self->progress(done, total, item);
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<Result<ImportSummary>>(this);
    connect(watcher, &QFutureWatcher<Result<ImportSummary>>::finished, this, [this, watcher] {
        m_result = watcher->result();
        m_running = false;
        watcher->deleteLater();
        Q_EMIT finished();
    });
    // Rendering happens on this (the GUI) thread, where QtWebEngine lives;
    // the worker holds the renderer until it is done with it.
    std::shared_ptr<GuiThreadRenderer> renderer;
    if (m_request.render && m_request.kind == ImportRequest::Kind::Url)
        renderer = std::make_shared<GuiThreadRenderer>(m_cancel);
    watcher->setFuture(QtConcurrent::run(
        [path = m_archivePath, request = m_request, cancel = m_cancel, renderer,
         report]() mutable -> Result<ImportSummary> {
            request.target.renderer = renderer.get();
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
        }));
}

} // namespace cw::ui
