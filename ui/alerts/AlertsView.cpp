#include "alerts/AlertsView.h"

#include "archive/AlertRepository.h"
#include "archive/Database.h"
#include "compare/ClauseHtml.h"
#include "models/AlertListModel.h"
#include "models/SeverityStyle.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cw::ui {

AlertsView::AlertsView(const Database &db, QWidget *parent) : QWidget(parent), m_db(db)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_unreadOnly = new QCheckBox(tr("Unread only"), this);
    m_count = new QLabel(this);
    m_open = new QPushButton(tr("Open diff"), this);
    m_open->setToolTip(tr("Show what changed between the two versions, at the first change"));
    auto *allRead = new QPushButton(tr("Mark all read"), this);
    bar->addWidget(m_unreadOnly);
    bar->addWidget(m_count, 1);
    bar->addWidget(allRead);
    bar->addWidget(m_open);
    layout->addLayout(bar);

    m_model = new AlertListModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alertList"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("alertDetail"));
    m_detail->document()->setDefaultStyleSheet(ClauseHtml::styleSheet());
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    connect(m_unreadOnly, &QCheckBox::toggled, this, [this] { (void)reload(); });
    connect(allRead, &QPushButton::clicked, this, [this] { (void)markAllRead(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openRow(m_view->currentIndex().row()); });
    connect(m_view, &QTableView::doubleClicked, this,
            [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AlertsView::showCurrent);
    (void)reload();
}

Status AlertsView::reload()
{
    const QModelIndex current = m_view->currentIndex();
    const qint64 selected =
        current.isValid() ? current.data(AlertListModel::AlertIdRole).toLongLong() : 0;
    if (auto s = m_model->reload(m_db, m_unreadOnly->isChecked()); !s) {
        m_detail->setPlainText(s.error().toString());
        return s;
    }
    for (int c : {int(AlertListModel::Column::Date), int(AlertListModel::Column::Platform),
                  int(AlertListModel::Column::Document), int(AlertListModel::Column::Kind)})
        m_view->resizeColumnToContents(c);
    // Keep the selection; else show the newest alert (selecting does not mark it read).
    const int row = selected ? m_model->rowOf(selected) : -1;
    if (row >= 0)
        m_view->setCurrentIndex(m_model->index(row, 0));
    else if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
    updateCount();
    return {};
}

void AlertsView::updateCount()
{
    auto unread = AlertRepository(m_db).unreadCount();
    const int n = unread ? *unread : m_model->unreadCount();
    m_count->setText(n == 0   ? tr("No unread alerts")
                     : n == 1 ? tr("1 unread alert")
                              : tr("%1 unread alerts").arg(n));
    Q_EMIT unreadCountChanged(n);
}

void AlertsView::showCurrent()
{
    const AlertRow *r = m_model->alertAt(m_view->currentIndex().row());
    m_open->setEnabled(r != nullptr);
    if (!r) {
        m_detail->setHtml(QStringLiteral("<p class=\"note\">%1</p>")
                              .arg(m_model->rowCount() ? tr("Select an alert to read it.")
                                                       : tr("No alerts: every real change of a "
                                                            "captured document shows up here.")));
        return;
    }
    const Alert &a = r->alert;
    QString h = QStringLiteral("<h2>%1 — %2</h2>")
                    .arg(ClauseHtml::escape(r->platformName), ClauseHtml::escape(r->termsType));
    h += QStringLiteral("<p class=\"meta\">%1 · %2 · %3</p>")
             .arg(ClauseHtml::escape(AlertListModel::kindWord(a.kind)), a.createdAt.left(10),
                  tr("version %1 → %2").arg(r->fromNumber).arg(r->toNumber));
    h += QStringLiteral("<p>%1</p>").arg(ClauseHtml::escape(a.summary));
    const QString before = a.details.value(QLatin1String("declared_before")).toString();
    const QString after = a.details.value(QLatin1String("declared_after")).toString();
    if (!before.isEmpty() || !after.isEmpty())
        h += QStringLiteral("<p class=\"note\">%1</p>")
                 .arg(tr("The document's own “last updated” date: %1 → %2")
                          .arg(before.isEmpty() ? tr("none") : before,
                               after.isEmpty() ? tr("none") : after));
    const QJsonArray flags = a.details.value(QLatin1String("flags")).toArray();
    if (!flags.isEmpty()) {
        h += QStringLiteral("<p><b>%1</b></p><ul>").arg(tr("Flags touched"));
        for (const auto &v : flags) {
            const QJsonObject f = v.toObject();
            const Severity s = severityFromKey(f.value(QLatin1String("severity")).toString())
                                   .value_or(Severity::Medium);
            h += QStringLiteral("<li>%1 %2 <b>%3</b> — %4</li>")
                     .arg(ClauseHtml::severityBadge(s),
                          ClauseHtml::escape(f.value(QLatin1String("type_name")).toString()),
                          ClauseHtml::escape(f.value(QLatin1String("record_id")).toString()),
                          ClauseHtml::escape(f.value(QLatin1String("change")).toString()));
        }
        h += QStringLiteral("</ul>");
    }
    m_detail->setHtml(h);
}

void AlertsView::setRead(int row)
{
    const AlertRow *r = m_model->alertAt(row);
    if (!r || r->alert.read)
        return;
    if (AlertRepository(m_db).markRead(r->alert.id).ok()) {
        m_model->setRead(row, true);
        updateCount();
    }
}

void AlertsView::openRow(int row)
{
    const AlertRow *r = m_model->alertAt(row);
    if (!r)
        return;
    const qint64 from = r->alert.fromVersionId.value_or(0);
    const qint64 to = r->alert.toVersionId;
    const int offset = r->alert.details.contains(QLatin1String("first_change_offset"))
                           ? r->alert.details.value(QLatin1String("first_change_offset")).toInt()
                           : -1;
    setRead(row);
    Q_EMIT openDiffRequested(from, to, offset);
}

Status AlertsView::markAllRead()
{
    CW_TRY(AlertRepository(m_db).markAllRead());
    return reload();
}

} // namespace cw::ui
