#include "review/AuditPanel.h"

#include "archive/AuditRepository.h"
#include "models/AuditLogModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::ui {

AuditPanel::AuditPanel(QWidget *parent) : QWidget(parent), m_model(new AuditLogModel(this))
{
    auto *title = new QLabel(tr("Audit log"), this);
    QFont tf = title->font();
    tf.setPointSizeF(tf.pointSizeF() * 1.25);
    tf.setBold(true);
    title->setFont(tf);
    m_count = new QLabel(this);
    m_onlyThis = new QCheckBox(tr("This flag only"), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("auditView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *h = m_view->horizontalHeader();
    h->setHighlightSections(false);
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(int(AuditLogModel::Column::Change), QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->setSpacing(12);
    top->addWidget(title);
    top->addWidget(m_count, 1);
    top->addWidget(m_onlyThis);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 8, 8, 4);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_onlyThis, &QCheckBox::toggled, this, &AuditPanel::reload);
}

void AuditPanel::setDatabase(const Database *db)
{
    m_db = db;
    reload();
}

void AuditPanel::setCurrentFlag(qint64 flagId)
{
    m_flagId = flagId;
    if (m_onlyThis->isChecked())
        reload();
}

void AuditPanel::reload()
{
    const qint64 filter = m_onlyThis->isChecked() ? m_flagId : 0;
    if (auto s = m_model->reload(m_db, filter); !s) {
        m_count->setText(s.error().toString());
        return;
    }
    int total = 0;
    if (m_db)
        total = AuditRepository(*m_db)
                    .count(filter ? QStringLiteral("flag") : QString(), filter)
                    .valueOr(0);
    m_count->setText(total == 1 ? tr("1 decision") : tr("%1 decisions").arg(total));
}

} // namespace cw::ui
