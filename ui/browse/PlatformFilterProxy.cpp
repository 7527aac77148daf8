#include "browse/PlatformFilterProxy.h"

#include "models/PlatformListModel.h"

namespace cw::ui {

PlatformFilterProxy::PlatformFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(PlatformListModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void PlatformFilterProxy::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void PlatformFilterProxy::setShow(Show show)
{
    m_show = show;
    invalidateRowsFilter();
}

bool PlatformFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *m = sourceModel();
    using C = PlatformListModel::Column;
    const auto cell = [&](C c) { return m->index(sourceRow, int(c), sourceParent).data(PlatformListModel::SortRole); };
    if (!m_text.isEmpty() && !cell(C::Name).toString().contains(m_text, Qt::CaseInsensitive) &&
        !cell(C::Category).toString().contains(m_text, Qt::CaseInsensitive))
        return false;
    switch (m_show) {
    case Show::WithHigh: return cell(C::High).toInt() > 0;
    case Show::ToReview: return cell(C::Unreviewed).toInt() > 0;
    case Show::All: break;
    }
    return true;
}

} // namespace cw::ui
