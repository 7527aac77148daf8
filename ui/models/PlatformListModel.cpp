#include "models/PlatformListModel.h"

#include "models/SeverityStyle.h"
#include "settings/Appearance.h"

#include <QGuiApplication>

namespace cw::ui {

PlatformListModel::PlatformListModel(QObject *parent) : QAbstractTableModel(parent) {}

Status PlatformListModel::reload(const Database &db)
{
    auto rows = PlatformRepository(db).summaries();
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    return {};
}

qint64 PlatformListModel::platformId(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).platform.id : 0;
}

int PlatformListModel::rowOf(qint64 platformId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).platform.id == platformId)
            return i;
    return -1;
}

int PlatformListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PlatformListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PlatformListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlatformSummary &p = m_rows.at(index.row());
    const auto column = Column(index.column());
    if (role == PlatformIdRole)
        return p.platform.id;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (column) {
        case Column::Name: return p.platform.name;
        case Column::Category: return p.platform.category;
        case Column::High: return p.high;
        case Column::Medium: return p.medium;
        case Column::Low: return p.low;
        case Column::Unreviewed: return p.unreviewed;
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole && column == Column::Name)
        return tr("%1 — %2 documents; %3 high, %4 medium, %5 low; %6 not yet reviewed")
            .arg(p.platform.name)
            .arg(p.documents)
            .arg(p.high)
            .arg(p.medium)
            .arg(p.low)
            .arg(p.unreviewed);
    if (role == Qt::TextAlignmentRole && column >= Column::High)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole) {
        const bool dark = Appearance::isDark(QGuiApplication::palette());
        if (column == Column::High && p.high > 0)
            return SeverityStyle::foreground(Severity::High, dark);
        if (column == Column::Medium && p.medium > 0)
            return SeverityStyle::foreground(Severity::Medium, dark);
    }
    return {};
}

QVariant PlatformListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name: return tr("Platform");
    case Column::Category: return tr("Category");
    case Column::High: return tr("High");
    case Column::Medium: return tr("Med.");
    case Column::Low: return tr("Low");
    case Column::Unreviewed: return tr("To review");
    case Column::Count: break;
    }
    return {};
}

} // namespace cw::ui
