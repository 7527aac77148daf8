#include "models/PeerFlagModel.h"

#include "models/FlagTableModel.h"
#include "models/SeverityStyle.h"

namespace cw::ui {

PeerFlagModel::PeerFlagModel(QObject *parent) : QAbstractTableModel(parent) {}

void PeerFlagModel::setPeers(QList<PeerProvision> peers)
{
    beginResetModel();
    m_peers = std::move(peers);
    endResetModel();
}

const PeerProvision *PeerFlagModel::peer(int row) const
{
    return row >= 0 && row < m_peers.size() ? &m_peers.at(row) : nullptr;
}

int PeerFlagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_peers.size());
}

int PeerFlagModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant PeerFlagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PeerProvision &p = m_peers.at(index.row());
    switch (role) {
    case FlagIdRole: return p.flagId;
    case PlatformIdRole: return p.platformId;
    case SeverityRole: return int(p.severity);
    default: break;
    }
    const auto column = Column(index.column());
    if (role == Qt::DisplayRole) {
        switch (column) {
        case Column::Platform: return p.platformName;
        case Column::Severity: return SeverityStyle::word(p.severity);
        case Column::Status: return FlagTableModel::statusText(p.status);
        case Column::Quote: return p.quote;
        case Column::Count: break;
        }
    }
    if (role == Qt::ToolTipRole)
        return tr("%1 — %2, %3\n“%4”\nClick to open.")
            .arg(p.platformName, p.termsType, p.headingPath.join(QStringLiteral(" › ")), p.quote);
    return {};
}

QVariant PeerFlagModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Platform: return tr("Platform");
    case Column::Severity: return tr("Severity");
    case Column::Status: return tr("Review");
    case Column::Quote: return tr("What it says");
    case Column::Count: break;
    }
    return {};
}

} // namespace cw::ui
