#include "alerts/AlertNotifier.h"

#include "models/AlertListModel.h"

#include <QIcon>
#include <QPainter>
#include <QPixmap>
#include <QSystemTrayIcon>

namespace cw::ui {

namespace {

// A small round mark in the High colour: readable on light and dark panels.
QIcon trayIcon()
{
    QPixmap pm(32, 32);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(0xB3, 0x3A, 0x00));
    p.setPen(Qt::NoPen);
    p.drawEllipse(2, 2, 28, 28);
    p.setPen(Qt::white);
    QFont f = p.font();
    f.setBold(true);
    f.setPixelSize(20);
    p.setFont(f);
    p.drawText(pm.rect(), Qt::AlignCenter, QStringLiteral("!"));
    return QIcon(pm);
}

} // namespace

AlertNotifier::AlertNotifier(QObject *parent) : QObject(parent) {}

bool AlertNotifier::trayAvailable()
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

QPair<QString, QString> AlertNotifier::message(const QList<AlertRow> &alerts)
{
    if (alerts.isEmpty())
        return {};
    if (alerts.size() == 1) {
        const AlertRow &r = alerts.first();
        return {
            tr("%1 — %2: %3")
                .arg(r.platformName, r.termsType, AlertListModel::kindWord(r.alert.kind).toLower()),
            r.alert.summary};
    }
    QStringList names;
    for (const AlertRow &r : alerts) {
        const QString n = QStringLiteral("%1 %2").arg(r.platformName, r.termsType);
        if (!names.contains(n))
            names << n;
    }
    QString body = names.mid(0, 4).join(QStringLiteral(", "));
    if (names.size() > 4)
        body += tr(" and %1 more").arg(names.size() - 4);
    return {tr("%1 documents changed").arg(alerts.size()), body};
}

bool AlertNotifier::notify(const QList<AlertRow> &alerts)
{
    if (alerts.isEmpty() || !trayAvailable())
        return false;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(trayIcon(), this);
        m_tray->setToolTip(tr("Clausewatch alerts"));
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, &AlertNotifier::activated);
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] { Q_EMIT activated(); });
        m_tray->show();
    }
    const auto [title, body] = message(alerts);
    m_tray->showMessage(title, body, QSystemTrayIcon::Information, 10000);
    return true;
}

} // namespace cw::ui
