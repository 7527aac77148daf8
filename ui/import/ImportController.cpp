#include "import/ImportController.h"

#include "dialogs/Dialogs.h"
#include "import/ImportDialog.h"
#include "import/ImportRunner.h"

#include <QFileInfo>
#include <QProgressDialog>

namespace cw::ui {

ImportController::ImportController(QWidget *window, Dialogs &dialogs, QString archivePath)
    : QObject(window), m_window(window), m_dialogs(dialogs), m_archivePath(std::move(archivePath))
{
}

bool ImportController::isRunning() const
{
    return m_runner && m_runner->isRunning();
}

void ImportController::openDialog(const QString &prefill, const QStringList &platforms,
                                  const QString &currentPlatform)
{
    ImportDialog dialog(m_dialogs, platforms, m_window);
    if (!prefill.isEmpty()) {
        const QFileInfo info(prefill);
        const bool isGit = QFileInfo::exists(prefill + QStringLiteral("/.git"));
        dialog.setSource(info.isDir() ? (isGit ? ImportRequest::Kind::OtaRepository
                                               : ImportRequest::Kind::Folder)
                                      : ImportRequest::Kind::File,
                         prefill);
    }
    if (!currentPlatform.isEmpty())
        dialog.setPlatform(currentPlatform);
    if (dialog.exec() == QDialog::Accepted)
        run(dialog.request());
}

void ImportController::run(const ImportRequest &request)
{
    if (isRunning()) {
        m_dialogs.information(m_window, tr("Import"), tr("An import is already running."));
        return;
    }
    m_runner = new ImportRunner(m_archivePath, request, this);
    m_progress = new QProgressDialog(tr("Importing %1…").arg(request.source), tr("Cancel"), 0, 0,
                                     m_window);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_runner, &ImportRunner::cancel);
    connect(m_runner, &ImportRunner::progress, this, [this](int done, int total, const QString &item) {
        if (!m_progress)
            return;
        m_progress->setMaximum(total);
        m_progress->setValue(done);
        m_progress->setLabelText(tr("Importing %1 (%2 of %3)…").arg(item).arg(done).arg(total));
    });
    connect(m_runner, &ImportRunner::finished, this, [this] {
        if (m_progress)
            m_progress->deleteLater();
        const Result<ImportSummary> &r = m_runner->result();
        m_runner->deleteLater();
        if (!r) {
            m_dialogs.error(m_window, tr("Import"), r.error().toString());
            Q_EMIT imported(false, r.error().toString());
            return;
        }
        QString message = r->toText();
        if (r->suspect > 0)
            m_dialogs.information(
                m_window, tr("Suspect capture"),
                tr("%1\n\nKept as evidence but not used as a version:\n%2")
                    .arg(message, r->suspectReasons.join(QLatin1Char('\n'))));
        Q_EMIT imported(true, message);
    });
    m_runner->start();
}

} // namespace cw::ui
