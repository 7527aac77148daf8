#pragma once

#include "archive/PlatformRepository.h"

#include <QAbstractTableModel>

namespace cw {
class Database;
}

namespace cw::ui {

/// Platforms with their flag counts by severity and unreviewed count.
/// Small (hundreds to a few thousand rows): loaded whole on reload().
class PlatformListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Name, Category, High, Medium, Low, Unreviewed, Count };
    enum Role { PlatformIdRole = Qt::UserRole + 1, SortRole };

    explicit PlatformListModel(QObject *parent = nullptr);

    /// Reloads from `db`; returns the error (and keeps the old rows) on failure.
    Status reload(const Database &db);
    qint64 platformId(int row) const;
    int rowOf(qint64 platformId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<PlatformSummary> m_rows;
};

} // namespace cw::ui
