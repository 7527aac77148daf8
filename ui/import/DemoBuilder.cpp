#include "import/DemoBuilder.h"

#include "archive/Database.h"
#include "services/DemoArchive.h"

#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::ui {

DemoBuilder::DemoBuilder(QWidget *window) : QObject(window), m_window(window) {}

void DemoBuilder::build(const QString &path)
{
    auto *progress = new QProgressDialog(tr("Building the demo archive…"), QString(), 0, 0, m_window);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    auto *watcher = new QFutureWatcher<Result<DemoSummary>>(this);
    connect(watcher, &QFutureWatcher<Result<DemoSummary>>::finished, this, [this, watcher, progress] {
        progress->deleteLater();
        watcher->deleteLater();
        const Result<DemoSummary> r = watcher->result();
        Q_EMIT finished(r.ok(), r.ok() ? Error{} : r.error());
    });
    watcher->setFuture(QtConcurrent::run([path]() -> Result<DemoSummary> {
        OpenOptions o;
        o.create = false;
        auto db = Database::open(path, o);
        if (!db)
            return db.error();
        return DemoArchive::build(**db);
    }));
}

} // namespace cw::ui
