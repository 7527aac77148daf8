#pragma once

#include "compare/ComparisonMatrix.h"
#include "compare/MatrixChanges.h"

#include <QAbstractTableModel>
#include <QHash>
#include <optional>

namespace cw::ui {

/// The comparison matrix as a table: one row per clause type under a heading
/// row per category, one column per platform after the clause-type column.
///
/// In "changes" mode (setComparison) the cells show the later date's matrix
/// and mark what changed since the earlier one; a cell that disappeared shows
/// what it was. Severity is always given as a word beside its colour.
class ComparisonMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    /// Column 0 names the clause type; platform i is column FirstPlatform + i.
    enum class Column { ClauseType = 0, FirstPlatform = 1 };
    enum Role {
        TypeKeyRole = Qt::UserRole + 1, ///< QString; empty on category rows
        PlatformIdRole,                 ///< qint64; 0 in the clause-type column
        CellStateRole,                  ///< int(CellState); -1 outside cells
        SeverityRole,                   ///< int(Severity), 0 when absent
        CountRole,                      ///< clauses in the cell
        ReviewedRole,                   ///< bool: present and every clause reviewed
        IsCategoryRole,                 ///< bool: a category heading row
        ChangeRole,                     ///< int(CellChangeKind), -1 when unchanged or not comparing
        SortRole,                       ///< severity rank for cells, name for the type column
    };

    explicit ComparisonMatrixModel(QObject *parent = nullptr);

    /// Shows one matrix (now or on a date).
    void setMatrix(ComparisonMatrix matrix);
    /// Shows `after` with the changes since `before` marked.
    void setComparison(MatrixComparison comparison);
    const ComparisonMatrix &matrix() const { return m_matrix; }
    bool isComparing() const { return m_comparing; }

    /// The matrix row (index into matrix().rows) of a model row, or -1 for a category row.
    int matrixRow(int modelRow) const;
    /// The model row of a clause type, or -1.
    int modelRow(const QString &typeKey) const;
    /// The model column of a platform, or -1.
    int modelColumn(qint64 platformId) const;
    /// The change marked on a cell, if any.
    std::optional<CellChange> changeAt(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    /// The cell's text: "High ×2 ✓", "Medium ×1 · to review", "not found", "not archived".
    /// Changed cells in changes mode read "new · High ×1", "gone (was High)",
    /// "Medium → High ×1" or "changed · High ×2".
    static QString cellText(const MatrixCell &cell);

private:
    struct Entry
    {
        int matrixRow = -1; ///< -1: category heading
        QString categoryName;
    };
    void rebuildEntries();
    QVariant cellData(const MatrixType &type, const MatrixColumn &column, const MatrixCell &cell,
                      const CellChange *change, int role) const;

    ComparisonMatrix m_matrix;
    bool m_comparing = false;
    QString m_before; ///< the earlier date in changes mode
    QHash<QPair<qint64, QString>, CellChange> m_changes;
    QList<Entry> m_entries;
};

} // namespace cw::ui
