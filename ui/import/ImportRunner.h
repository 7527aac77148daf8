#pragma once

#include "import/ImportRequest.h"
#include "jobs/ArchiveJob.h"
#include "util/Result.h"

namespace cw::ui {

/// Runs one import on a worker thread with its own archive connection, and
/// reports progress and the outcome on the GUI thread. Cancel is cooperative:
/// the capture in progress finishes (or rolls back) first.
class ImportRunner : public ArchiveJob
{
    Q_OBJECT

public:
    ImportRunner(QString archivePath, ImportRequest request, QObject *parent = nullptr);

    void start();
    /// Valid after finished().
    const Result<ImportSummary> &result() const { return m_result; }

private:
    QString m_archivePath;
    ImportRequest m_request;
    Result<ImportSummary> m_result;
};

} // namespace cw::ui
