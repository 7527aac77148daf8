#include "review/SeverityBadgeDelegate.h"

#include "models/SeverityStyle.h"
#include "settings/Appearance.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace cw::ui {

SeverityBadgeDelegate::SeverityBadgeDelegate(int severityRole, QObject *parent)
    : QStyledItemDelegate(parent), m_role(severityRole)
{
}

void SeverityBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                  const QModelIndex &index) const
{
    const QVariant v = index.data(m_role);
    if (!v.isValid()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const auto severity = Severity(v.toInt());
    // The row background (selection, alternate colours) first, without text.
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool dark = Appearance::isDark(option.palette);
    const QString word = SeverityStyle::word(severity);
    QFont font = option.font;
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 0.9);
    const QFontMetrics fm(font);
    const int w = fm.horizontalAdvance(word) + 14;
    const int h = std::min(option.rect.height() - 4, fm.height() + 4);
    const QRect badge(option.rect.left() + 6, option.rect.center().y() - h / 2 + 1, w, h);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(QRectF(badge).adjusted(0.5, 0.5, -0.5, -0.5), h / 2.0, h / 2.0);
    painter->fillPath(path, SeverityStyle::background(severity, dark));
    painter->setPen(QPen(SeverityStyle::foreground(severity, dark), 1));
    painter->drawPath(path);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, word);
    painter->restore();
}

QSize SeverityBadgeDelegate::sizeHint(const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QSize s = QStyledItemDelegate::sizeHint(option, index);
    QFont font = option.font;
    font.setBold(true);
    const int w = QFontMetrics(font).horizontalAdvance(index.data().toString()) + 26;
    return {std::max(s.width(), w), s.height()};
}

} // namespace cw::ui
