#pragma once

#include "import/ImportRequest.h"
#include "util/Result.h"

#include <QObject>

#include <atomic>
#include <memory>

namespace cw::ui {

/// Runs one import on a worker thread with its own archive connection, and
/// reports progress and the outcome on the GUI thread. Cancel is cooperative:
/// the capture in progress finishes (or rolls back) first.
class ImportRunner : public QObject
{
    Q_OBJECT

public:
    ImportRunner(QString archivePath, ImportRequest request, QObject *parent = nullptr);
    ~ImportRunner() override;

    void start();
    void cancel();
    bool isRunning() const { return m_running; }
    /// Valid after finished().
    const Result<ImportSummary> &result() const { return m_result; }

Q_SIGNALS:
    void progress(int done, int total, const QString &item);
    void finished();

private:
    QString m_archivePath;
    ImportRequest m_request;
    std::shared_ptr<std::atomic_bool> m_cancel;
    Result<ImportSummary> m_result;
    bool m_running = false;
};

} // namespace cw::ui
