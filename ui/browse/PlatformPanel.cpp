#include "browse/PlatformPanel.h"

#include "browse/PlatformFilterProxy.h"
#include "models/PlatformListModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QTableView>
#include <QVBoxLayout>

namespace cw::ui {

PlatformPanel::PlatformPanel(QWidget *parent)
    : QWidget(parent), m_model(new PlatformListModel(this)), m_proxy(new PlatformFilterProxy(this))
{
    m_proxy->setSourceModel(m_model);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Search platforms…"));
    m_filter->setClearButtonEnabled(true);
    m_show = new QComboBox(this);
    m_show->addItem(tr("All"), int(PlatformFilterProxy::Show::All));
    m_show->addItem(tr("With High flags"), int(PlatformFilterProxy::Show::WithHigh));
    m_show->addItem(tr("With flags to review"), int(PlatformFilterProxy::Show::ToReview));
    m_show->setToolTip(tr("Which platforms to show"));

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("platformView"));
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->sortByColumn(int(PlatformListModel::Column::Name), Qt::AscendingOrder);
    QHeaderView *h = m_view->horizontalHeader();
    h->setSectionResizeMode(QHeaderView::ResizeToContents);
    h->setSectionResizeMode(int(PlatformListModel::Column::Category), QHeaderView::Stretch);
    h->setMinimumSectionSize(40);

    auto *top = new QHBoxLayout;
    top->setSpacing(6);
    top->addWidget(m_filter, 1);
    top->addWidget(m_show);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &PlatformFilterProxy::setText);
    connect(m_show, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setShow(PlatformFilterProxy::Show(m_show->currentData().toInt()));
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &PlatformPanel::emitCurrent);
    // A filter that hides the current row leaves no current platform.
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &PlatformPanel::emitCurrent);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &PlatformPanel::emitCurrent);
}

Status PlatformPanel::reload(const Database &db)
{
    const qint64 current = currentPlatformId();
    if (auto s = m_model->reload(db); !s)
        return s;
    if (!(current && selectPlatform(current)) && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    emitCurrent();
    return {};
}

bool PlatformPanel::selectPlatform(qint64 platformId)
{
    const int row = m_model->rowOf(platformId);
    if (row < 0)
        return false;
    const QModelIndex idx = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!idx.isValid())
        return false;
    m_view->setCurrentIndex(idx);
    m_view->scrollTo(idx);
    return true;
}

bool PlatformPanel::selectPlatform(const QString &name)
{
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->index(r, 0).data().toString().compare(name, Qt::CaseInsensitive) == 0)
            return selectPlatform(m_model->platformId(r));
    return false;
}

qint64 PlatformPanel::currentPlatformId() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? m_model->platformId(m_proxy->mapToSource(idx).row()) : 0;
}

QString PlatformPanel::currentPlatformName() const
{
    const QModelIndex idx = m_view->currentIndex();
    return idx.isValid() ? m_proxy->index(idx.row(), int(PlatformListModel::Column::Name)).data().toString()
                         : QString();
}

QStringList PlatformPanel::platformNames() const
{
    QStringList names;
    for (int r = 0; r < m_model->rowCount(); ++r)
        names << m_model->index(r, int(PlatformListModel::Column::Name)).data().toString();
    return names;
}

int PlatformPanel::platformCount() const
{
    return m_model->rowCount();
}

void PlatformPanel::emitCurrent()
{
    const qint64 id = currentPlatformId();
    if (id == m_emitted)
        return;
    m_emitted = id;
    Q_EMIT currentPlatformChanged(id, currentPlatformName());
}

} // namespace cw::ui
