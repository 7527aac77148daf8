#pragma once

#include <QStyledItemDelegate>

namespace cw::ui {

/// Draws a search hit in three lines: where it is (platform · document ·
/// section) with the flag's severity and type at the right, then the
/// snippet with the matched words in bold.
class SnippetDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace cw::ui
