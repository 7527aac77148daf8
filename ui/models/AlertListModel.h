#pragma once

#include "archive/AlertRepository.h"

#include <QAbstractTableModel>

namespace cw {
class Database;
}

namespace cw::ui {

/// Change alerts, newest first; unread ones in bold. Loaded whole on reload()
/// (one alert per real change: thousands at most).
class AlertListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Date, Platform, Document, Kind, Summary, Count };
    enum Role {
        AlertIdRole = Qt::UserRole + 1,
        ReadRole,              ///< bool
        KindRole,              ///< "change", "silent_change", "date_only"
        FromVersionIdRole,     ///< qint64, 0 when none
        ToVersionIdRole,       ///< qint64
        FirstChangeOffsetRole, ///< int, -1 when unknown
        SortRole,
    };

    explicit AlertListModel(QObject *parent = nullptr);

    Status reload(const Database &db, bool unreadOnly);
    const AlertRow *alertAt(int row) const;
    int rowOf(qint64 alertId) const;
    /// Marks a row read in the model (the caller writes the archive).
    void setRead(int row, bool read);
    int unreadCount() const;

    /// "change", "silent change", "date only" for people.
    static QString kindWord(const QString &kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<AlertRow> m_rows;
};

} // namespace cw::ui
