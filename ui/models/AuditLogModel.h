#pragma once

#include "archive/AuditRepository.h"

#include <QAbstractTableModel>

namespace cw {
class Database;
}

namespace cw::ui {

/// The audit log, newest first, loaded a page at a time (keyset paging, so
/// new entries written meanwhile never shift the pages). Optionally only one
/// flag's entries.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Time, Actor, Action, Record, Change, Reason, Count };
    enum Role { EntryIdRole = Qt::UserRole + 1, EntityIdRole };
    static constexpr int kPageSize = 200;

    explicit AuditLogModel(QObject *parent = nullptr);

    /// Reloads from the start; `flagId` 0 shows every entry.
    Status reload(const Database *db, qint64 flagId = 0);
    qint64 flagFilter() const { return m_flagId; }
    const AuditEntry *entry(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /// "status: suggested → confirmed; severity: high → medium".
    static QString changeText(const AuditEntry &e);
    static QString actionText(const QString &action);

private:
    Result<QList<AuditEntry>> page(qint64 beforeId) const;

    const Database *m_db = nullptr;
    qint64 m_flagId = 0;
    QList<AuditEntry> m_entries;
    bool m_atEnd = true;
    bool m_fetching = false; ///< fetchMore is not re-entered from its own signals
};

} // namespace cw::ui
