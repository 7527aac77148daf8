#pragma once

#include "services/RecheckService.h"
#include "util/Result.h"

#include <QObject>
#include <atomic>
#include <memory>

namespace cw::ui {

/// Runs "Check now" (RecheckService) on a worker thread with its own archive
/// connection and reports progress and the outcome on the GUI thread. Cancel
/// is cooperative: the document being captured finishes first.
class CheckRunner : public QObject
{
    Q_OBJECT

public:
    enum class Scope { Watched, All };

    CheckRunner(QString archivePath, Scope scope, RecheckOptions options = {},
                QObject *parent = nullptr);
    ~CheckRunner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// Valid after finished().
    const Result<RecheckSummary> &result() const { return m_result; }

Q_SIGNALS:
    void progress(int done, int total, const QString &item);
    void finished();

private:
    QString m_archivePath;
    Scope m_scope;
    RecheckOptions m_options;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Result<RecheckSummary> m_result;
    bool m_running = false;
};

} // namespace cw::ui
