#pragma once

#include "archive/AlertRepository.h"

#include <QObject>
#include <QPair>

class QSystemTrayIcon;

namespace cw::ui {

/// Desktop notifications of new alerts through the system tray, where the
/// desktop has one (none offscreen or on a bare X server): the tray icon is
/// created on the first notification.
class AlertNotifier : public QObject
{
    Q_OBJECT

public:
    explicit AlertNotifier(QObject *parent = nullptr);

    static bool trayAvailable();
    /// Title and text of the notification for `alerts` (newest first):
    /// one alert names its platform, document and summary; several are counted.
    static QPair<QString, QString> message(const QList<AlertRow> &alerts);
    /// Shows the notification; false when there is no tray (or nothing to say).
    bool notify(const QList<AlertRow> &alerts);

Q_SIGNALS:
    /// The user clicked the notification or the tray icon.
    void activated();

private:
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace cw::ui
