#include "jobs/ArchiveJob.h"

#include <QFutureWatcher>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::ui {

ArchiveJob::ArchiveJob(QObject *parent)
    : QObject(parent), m_cancel(std::make_shared<std::atomic_bool>(false))
{
}

ArchiveJob::~ArchiveJob()
{
    // The worker holds its own copies; asking it to stop is enough.
    m_cancel->store(true);
}

void ArchiveJob::cancel()
{
    m_cancel->store(true);
}

void ArchiveJob::run(std::function<Deliver(const Report &)> work)
{
    m_running = true;
    QPointer<ArchiveJob> self(this);
    Report report = [self](int done, int total, const QString &item) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, total, item] {
                if (self)
                    Q_EMIT self->progress(done, total, item);
            },
            Qt::QueuedConnection);
    };
    // The watcher is this object's child: if this object goes first, the
    // delivery goes with it.
    auto *watcher = new QFutureWatcher<Deliver>(this);
    connect(watcher, &QFutureWatcher<Deliver>::finished, this, [this, watcher] {
        const Deliver deliver = watcher->result();
        watcher->deleteLater();
        if (deliver)
            deliver();
        m_running = false;
        Q_EMIT finished();
    });
    watcher->setFuture(QtConcurrent::run(
        [work = std::move(work), report = std::move(report)] { return work(report); }));
}

} // namespace cw::ui
