#pragma once

#include <QStyledItemDelegate>

namespace cw::ui {

/// Paints matrix cells with their severity colour even when selected: the
/// current cell gets a frame in the highlight colour instead of a fill that
/// would hide the severity.
class MatrixCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace cw::ui
