#pragma once

#include <QStyledItemDelegate>

namespace cw::ui {

/// Paints a severity cell as a rounded badge: the word (High, Medium, Low) on
/// a tint of its colour — colour never alone. Reads int(Severity) from
/// `severityRole`; cells without it are painted normally.
class SeverityBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    SeverityBadgeDelegate(int severityRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_role;
};

} // namespace cw::ui
