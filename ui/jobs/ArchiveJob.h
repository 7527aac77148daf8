#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace cw::ui {

/// What the GUI's long archive jobs (an import, "Check now") share: the work
/// runs on the thread pool, with its own archive connection, and reports its
/// progress and its end on the GUI thread; cancel is cooperative (a flag the
/// work looks at between items). A subclass says what to do in start() and
/// keeps its own result.
class ArchiveJob : public QObject
{
    Q_OBJECT

public:
    ~ArchiveJob() override;

    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void progress(int done, int total, const QString &item);
    void finished();

protected:
    explicit ArchiveJob(QObject *parent);

    /// Called from the worker, posts progress() to the GUI thread.
    using Report = std::function<void(int done, int total, const QString &item)>;
    /// Made by the worker, run on the GUI thread when the work is over (just
    /// before finished()): it stores the outcome.
    using Deliver = std::function<void()>;
    /// Starts `work` on the thread pool. The work holds its own copies of what
    /// it needs: this object may be gone before it ends (then nothing is delivered).
    void run(std::function<Deliver(const Report &)> work);

    std::shared_ptr<std::atomic_bool> m_cancel;

private:
    bool m_running = false;
};

} // namespace cw::ui
