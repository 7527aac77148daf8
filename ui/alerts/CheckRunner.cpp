#include "alerts/CheckRunner.h"

#include "archive/Database.h"
#include "web/GuiThreadRenderer.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::ui {

CheckRunner::CheckRunner(QString archivePath, Scope scope, RecheckOptions options, QObject *parent)
    : QObject(parent), m_archivePath(std::move(archivePath)), m_scope(scope), m_options(options),
      m_cancel(std::make_shared<std::atomic_bool>(false)),
      m_result(makeError(QString(), tr("the check has not run")))
{
}

CheckRunner::~CheckRunner()
{
    m_cancel->store(true);
}

void CheckRunner::cancel()
{
    m_cancel->store(true);
}

void CheckRunner::start()
{
    m_running = true;
    QPointer<CheckRunner> self(this);
    auto report = [self](int done, int total, const QString &item) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total, item] {
                if (self)
                    Q_EMIT self->progress(done, total, item);
            },
            Qt::QueuedConnection);
    };
    auto *watcher = new QFutureWatcher<Result<RecheckSummary>>(this);
    connect(watcher, &QFutureWatcher<Result<RecheckSummary>>::finished, this, [this, watcher] {
        m_result = watcher->result();
        m_running = false;
        watcher->deleteLater();
        Q_EMIT finished();
    });
    // Documents imported with rendering are rendered again, on this (the GUI)
    // thread, where QtWebEngine lives (the page is only loaded when one needs it).
    auto renderer = std::make_shared<GuiThreadRenderer>(m_cancel);
    watcher->setFuture(
        QtConcurrent::run([path = m_archivePath, scope = m_scope, options = m_options,
                           cancel = m_cancel, renderer, report]() mutable -> Result<RecheckSummary> {
            options.renderer = renderer.get();
            OpenOptions o;
            o.create = false;
            auto db = Database::open(path, o);
            if (!db)
                return db.error();
            RecheckService service(**db);
            return scope == Scope::Watched ? service.checkWatched(options, report, cancel.get())
                                           : service.checkAll(options, report, cancel.get());
        }));
}

} // namespace cw::ui
