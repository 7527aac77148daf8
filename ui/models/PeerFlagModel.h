#pragma once

#include "archive/ProvisionRepository.h"

#include <QAbstractTableModel>

namespace cw::ui {

/// "How other platforms handle this": the same clause type at other
/// platforms, one row each, with severity, review status and a quote.
class PeerFlagModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Platform, Severity, Status, Quote, Count };
    enum Role { FlagIdRole = Qt::UserRole + 1, PlatformIdRole, SeverityRole };

    explicit PeerFlagModel(QObject *parent = nullptr);

    void setPeers(QList<PeerProvision> peers);
    const PeerProvision *peer(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PeerProvision> m_peers;
};

} // namespace cw::ui
