#pragma once

#include "util/Result.h"

#include <QObject>
#include <QString>

class QWidget;

namespace cw::ui {

/// Builds the demo archive into an archive file on a worker thread (with its
/// own connection; WAL lets the GUI keep reading), behind a progress dialog.
class DemoBuilder : public QObject
{
    Q_OBJECT

public:
    explicit DemoBuilder(QWidget *window);
    void build(const QString &archivePath);

Q_SIGNALS:
    /// On the GUI thread, once the build is over; `error` is set on failure.
    void finished(bool ok, const cw::Error &error);

private:
    QWidget *m_window;
};

} // namespace cw::ui
