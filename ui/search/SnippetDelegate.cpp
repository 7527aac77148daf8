#include "search/SnippetDelegate.h"

#include "models/SearchResultModel.h"
#include "models/SeverityStyle.h"
#include "settings/Appearance.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace cw::ui {

namespace {
constexpr int kPad = 8;
} // namespace

void SnippetDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                            const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette &pal = option.palette;
    const QColor text = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QRect r = option.rect.adjusted(kPad, kPad / 2, -kPad, -kPad / 2);

    painter->save();
    QFont contextFont = option.font;
    contextFont.setBold(true);
    painter->setFont(contextFont);
    const QFontMetrics cfm(contextFont);

    // The flag badge at the right, then the context in what is left.
    int right = r.right();
    const QVariant sev = index.data(SearchResultModel::SeverityRole);
    const QString badge = index.data(SearchResultModel::BadgeRole).toString();
    if (sev.isValid() && !badge.isEmpty()) {
        QFont bf = option.font;
        bf.setPointSizeF(bf.pointSizeF() * 0.88);
        bf.setBold(true);
        const QFontMetrics bfm(bf);
        const QString shown = bfm.elidedText(badge, Qt::ElideRight, r.width() / 2);
        const int w = bfm.horizontalAdvance(shown) + 14;
        const QRect br(right - w, r.top() + 1, w, bfm.height() + 4);
        const bool dark = Appearance::isDark(pal);
        const auto severity = Severity(sev.toInt());
        QPainterPath path;
        path.addRoundedRect(QRectF(br), br.height() / 2.0, br.height() / 2.0);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->fillPath(path, SeverityStyle::background(severity, dark));
        painter->setPen(SeverityStyle::foreground(severity, dark));
        painter->drawPath(path);
        painter->setFont(bf);
        painter->drawText(br, Qt::AlignCenter, shown);
        painter->setFont(contextFont);
        right = br.left() - 8;
    }
    painter->setPen(text);
    const QString context = cfm.elidedText(index.data(SearchResultModel::ContextRole).toString(),
                                           Qt::ElideRight, right - r.left());
    painter->drawText(QRect(r.left(), r.top(), right - r.left(), cfm.height() + 4),
                      Qt::AlignLeft | Qt::AlignVCenter, context);

    QTextDocument doc;
    doc.setDefaultFont(option.font);
    doc.setDocumentMargin(0);
    doc.setTextWidth(r.width());
    doc.setDefaultStyleSheet(QStringLiteral("b { font-weight: bold; }"));
    doc.setHtml(QStringLiteral("<span style=\"color:%1\">%2</span>")
                    .arg(text.name(), index.data(SearchResultModel::SnippetHtmlRole).toString()));
    painter->translate(r.left(), r.top() + cfm.height() + 6);
    const QRect clip(0, 0, r.width(), r.height() - cfm.height() - 6);
    painter->setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext ctx;
    ctx.clip = clip;
    ctx.palette.setColor(QPalette::Text, text);
    doc.documentLayout()->draw(painter, ctx);
    painter->restore();
}

QSize SnippetDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics fm(option.font);
    return {400, fm.height() * 3 + fm.lineSpacing() - fm.height() + 6 + kPad * 2};
}

} // namespace cw::ui
