#include "models/AlertListModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace cw::ui {

AlertListModel::AlertListModel(QObject *parent) : QAbstractTableModel(parent) {}

Status AlertListModel::reload(const Database &db, bool unreadOnly)
{
    AlertQuery q;
    q.unreadOnly = unreadOnly;
    auto rows = AlertRepository(db).rows(q);
    if (!rows)
        return rows.error();
    beginResetModel();
    m_rows = std::move(*rows);
    endResetModel();
    return {};
}

const AlertRow *AlertListModel::alertAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AlertListModel::rowOf(qint64 alertId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).alert.id == alertId)
            return i;
    return -1;
}

void AlertListModel::setRead(int row, bool read)
{
    if (row < 0 || row >= m_rows.size() || m_rows.at(row).alert.read == read)
        return;
    m_rows[row].alert.read = read;
    Q_EMIT dataChanged(index(row, 0), index(row, int(Column::Count) - 1));
}

int AlertListModel::unreadCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(),
                             [](const AlertRow &r) { return !r.alert.read; }));
}

QString AlertListModel::kindWord(const QString &kind)
{
    if (kind == QLatin1String("silent_change"))
        return tr("Silent change");
    if (kind == QLatin1String("date_only"))
        return tr("Date only");
    return tr("Change");
}

int AlertListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant AlertListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AlertRow &r = m_rows.at(index.row());
    const Alert &a = r.alert;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case SortRole:
        switch (column) {
        case Column::Date:
            return role == SortRole ? a.createdAt : a.createdAt.left(10);
        case Column::Platform:
            return r.platformName;
        case Column::Document:
            return r.termsType;
        case Column::Kind:
            return kindWord(a.kind);
        case Column::Summary:
            return a.summary;
        case Column::Count:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("%1 — %2, version %3 → %4 (%5)\n%6")
            .arg(r.platformName, r.termsType)
            .arg(r.fromNumber)
            .arg(r.toNumber)
            .arg(a.createdAt, a.summary);
    case Qt::FontRole: {
        QFont f;
        f.setBold(!a.read);
        return f;
    }
    case Qt::ForegroundRole:
        if (column == Column::Kind && a.kind == QLatin1String("silent_change"))
            return QBrush(QColor(0xB3, 0x3A, 0x00));
        if (column == Column::Kind && a.kind == QLatin1String("date_only"))
            return QBrush(QColor(0x8A, 0x5A, 0x00));
        return {};
    case AlertIdRole:
        return a.id;
    case ReadRole:
        return a.read;
    case KindRole:
        return a.kind;
    case FromVersionIdRole:
        return a.fromVersionId.value_or(0);
    case ToVersionIdRole:
        return a.toVersionId;
    case FirstChangeOffsetRole:
        return a.details.contains(QLatin1String("first_change_offset"))
                   ? a.details.value(QLatin1String("first_change_offset")).toInt()
                   : -1;
    default:
        return {};
    }
}

QVariant AlertListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Date:
        return tr("Date");
    case Column::Platform:
        return tr("Platform");
    case Column::Document:
        return tr("Document");
    case Column::Kind:
        return tr("Kind");
    case Column::Summary:
        return tr("What changed");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace cw::ui
