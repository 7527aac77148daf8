#include "diff/DiffRunner.h"

#include "archive/Database.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace cw::ui {

DiffRunner::DiffRunner(QString archivePath, QObject *parent)
    : QObject(parent), m_archivePath(std::move(archivePath))
{
}

DiffRunner::~DiffRunner()
{
    // The worker holds its own copies; asking it to stop is enough.
    if (m_cancel)
        m_cancel->store(true);
}

void DiffRunner::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

template <typename Work> void DiffRunner::run(Work work)
{
    cancel();
    m_cancel = std::make_shared<std::atomic_bool>(false);
    const quint64 generation = ++m_generation;
    m_running = true;
    using R = Result<VersionComparison>;
    auto *watcher = new QFutureWatcher<R>(this);
    connect(watcher, &QFutureWatcher<R>::finished, this,
            [this, watcher, generation, cancel = m_cancel] {
                watcher->deleteLater();
                if (generation != m_generation)
                    return; // superseded by a newer comparison
                m_running = false;
                const R r = watcher->result();
                if (cancel->load())
                    Q_EMIT cancelled();
                else if (!r)
                    Q_EMIT failed(r.error().toString());
                else
                    Q_EMIT finished(std::make_shared<const VersionComparison>(std::move(*r)));
            });
    watcher->setFuture(
        QtConcurrent::run([work, cancel = m_cancel]() -> R { return work(cancel.get()); }));
}

void DiffRunner::compareVersions(qint64 oldVersionId, qint64 newVersionId,
                                 const DiffOptions &options)
{
    run([path = m_archivePath, oldVersionId, newVersionId,
         options](const std::atomic_bool *cancel) -> Result<VersionComparison> {
        OpenOptions o;
        o.create = false;
        o.readOnly = true;
        auto db = Database::open(path, o);
        if (!db)
            return db.error();
        return cw::compareVersions(**db, oldVersionId, newVersionId, options, cancel);
    });
}

void DiffRunner::compareTexts(const QString &oldText, const QString &newText,
                              const DiffOptions &options, const ComparedVersion &oldSide,
                              const ComparedVersion &newSide)
{
    run([oldText, newText, options, oldSide,
         newSide](const std::atomic_bool *cancel) -> Result<VersionComparison> {
        VersionComparison c = cw::compareTexts(oldText, newText, options, cancel);
        if (c.diff.cancelled)
            return makeError(QString(), QStringLiteral("cancelled"), QStringLiteral("cancelled"));
        c.oldVersion = oldSide;
        c.newVersion = newSide;
        return c;
    });
}

} // namespace cw::ui
