#pragma once

#include "import/ImportRequest.h"

#include <QObject>
#include <QPointer>

class QProgressDialog;
class QWidget;

namespace cw::ui {

class Dialogs;
class ImportRunner;

/// The import feature of the main window: the dialog, the worker, the
/// progress dialog with Cancel, and the report at the end.
class ImportController : public QObject
{
    Q_OBJECT

public:
    ImportController(QWidget *window, Dialogs &dialogs, QString archivePath);

    /// Shows the import dialog (optionally prefilled with a dropped path) and
    /// runs what it asks for.
    void openDialog(const QString &prefill = {}, const QStringList &platforms = {},
                    const QString &currentPlatform = {});
    /// Runs a request without the dialog.
    void run(const ImportRequest &request);
    bool isRunning() const;

Q_SIGNALS:
    /// After every import, successful or not; `message` is the one-line report.
    void imported(bool ok, const QString &message);

private:
    QWidget *m_window;
    Dialogs &m_dialogs;
    QString m_archivePath;
    QPointer<ImportRunner> m_runner;
    QPointer<QProgressDialog> m_progress;
};

} // namespace cw::ui
