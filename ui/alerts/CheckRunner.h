#pragma once

#include "services/RecheckService.h"
#include "jobs/ArchiveJob.h"
#include "util/Result.h"

namespace cw::ui {

/// Runs "Check now" (RecheckService) on a worker thread with its own archive
/// connection and reports progress and the outcome on the GUI thread. Cancel
/// is cooperative: the document being captured finishes first.
class CheckRunner : public ArchiveJob
{
    Q_OBJECT

public:
    enum class Scope { Watched, All };

    CheckRunner(QString archivePath, Scope scope, RecheckOptions options = {},
                QObject *parent = nullptr);

    void start();
    /// Valid after finished().
    const Result<RecheckSummary> &result() const { return m_result; }

private:
    QString m_archivePath;
    Scope m_scope;
    RecheckOptions m_options;
    Result<RecheckSummary> m_result;
};

} // namespace cw::ui
