#pragma once

#include "diff/DiffOptions.h"
#include "services/VersionComparison.h"

#include <QMetaType>
#include <QObject>
#include <atomic>
#include <memory>

namespace cw::ui {

/// Runs comparisons off the GUI thread (QtConcurrent, with the worker's own
/// archive connection) and reports on the GUI thread. Starting a new
/// comparison cancels the one running; only the latest one reports.
class DiffRunner : public QObject
{
    Q_OBJECT

public:
    explicit DiffRunner(QString archivePath, QObject *parent = nullptr);
    ~DiffRunner() override;

    /// Two archived versions (compareVersions on a worker).
    void compareVersions(qint64 oldVersionId, qint64 newVersionId, const DiffOptions &options);
    /// Two texts (compareTexts on a worker); the sides' descriptions are kept.
    void compareTexts(const QString &oldText, const QString &newText, const DiffOptions &options,
                      const ComparedVersion &oldSide, const ComparedVersion &newSide);
    /// Asks the running comparison to stop; it reports cancelled().
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(std::shared_ptr<const cw::VersionComparison> comparison);
    void failed(const QString &message);
    void cancelled();

private:
    template <typename Work> void run(Work work);

    QString m_archivePath;
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_generation = 0;
    bool m_running = false;
};

} // namespace cw::ui

Q_DECLARE_METATYPE(std::shared_ptr<const cw::VersionComparison>)
