#pragma once

#include "services/VersionComparison.h"

#include <QAbstractTableModel>
#include <memory>

namespace cw::ui {

/// The clause change list of a comparison, beside the redline: one row per
/// clause added, removed, modified or moved (clauses only renumbered are
/// counted, not listed: a moved section can renumber hundreds).
class ClauseChangeModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column { Change, Clause, Similarity, Flags, Count };
    enum Role {
        /// Where to jump: the clause's offset in the new text (old text for a removal).
        OffsetRole = Qt::UserRole + 1,
        OldSideRole,  ///< bool: OffsetRole is in the old text
        SeverityRole, ///< int: highest flag severity (0 = no flags), for sorting
        KindRole,     ///< int: ClauseChange::Kind
        SortRole,     ///< a value that sorts the column sensibly
    };

    explicit ClauseChangeModel(QObject *parent = nullptr);

    void setComparison(std::shared_ptr<const VersionComparison> comparison);
    /// The change behind a row (index into comparison().clauses.changes).
    const ClauseChange *change(int row) const;
    int renumberedOnly() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindWord(const ClauseChange &c);

private:
    std::shared_ptr<const VersionComparison> m_comparison;
    QList<int> m_rows; ///< indexes into the change list
};

} // namespace cw::ui
