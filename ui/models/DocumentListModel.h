#pragma once

#include "archive/DocumentRepository.h"

#include <QAbstractTableModel>

#include <optional>

namespace cw {
class Database;
}

namespace cw::ui {

/// A platform's documents (or all documents) with version counts and dates.
class DocumentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Type, Title, Versions, LastChanged, LastVerified, Record, Count };
    enum Role { DocumentIdRole = Qt::UserRole + 1 };

    explicit DocumentListModel(QObject *parent = nullptr);

    Status reload(const Database &db, std::optional<qint64> platformId);
    qint64 documentId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<DocumentSummary> m_rows;
};

} // namespace cw::ui
