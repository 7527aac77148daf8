#include "diff/DiffOverviewBar.h"

#include "diff/DiffPalette.h"
#include "diff/DiffPane.h"

#include <QMouseEvent>
#include <QPainter>

namespace cw::ui {

DiffOverviewBar::DiffOverviewBar(DiffPane *pane, QWidget *parent) : QWidget(parent), m_pane(pane)
{
    setObjectName(QStringLiteral("diffOverview"));
    setFixedWidth(16);
    setCursor(Qt::PointingHandCursor);
    setToolTip(tr("Every change in the document; click to go there."));
    connect(m_pane, &DiffPane::viewChanged, this, qOverload<>(&QWidget::update));
    connect(m_pane, &DiffPane::currentChangeChanged, this, qOverload<>(&QWidget::update));
}

void DiffOverviewBar::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), DiffPalette::gutter());
    const int h = height();
    const auto [from, to] = m_pane->visibleFraction();
    const QRect view(1, int(from * h), width() - 2, std::max(6, int((to - from) * h)));
    p.fillRect(view, QColor(0xDD, 0xDD, 0xD8));
    const QList<DiffPane::Mark> marks = m_pane->changeMarks();
    for (int i = 0; i < int(marks.size()); ++i) {
        const DiffPane::Mark &m = marks[i];
        const int y = int(m.from * h);
        const int mh = std::max(3, int((m.to - m.from) * h));
        QColor c = DiffPalette::bar(m.kind);
        if (i == m_pane->currentChange())
            c = DiffPalette::currentChange();
        p.fillRect(QRect(3, y, width() - 6, mh), c);
    }
    p.setPen(QColor(0x99, 0x99, 0x99));
    p.setBrush(Qt::NoBrush);
    p.drawRect(view.adjusted(0, 0, -1, -1));
}

void DiffOverviewBar::mousePressEvent(QMouseEvent *event)
{
    m_pane->scrollToFraction(event->position().y() / std::max(1, height()));
}

void DiffOverviewBar::mouseMoveEvent(QMouseEvent *event)
{
    if (event->buttons() & Qt::LeftButton)
        m_pane->scrollToFraction(event->position().y() / std::max(1, height()));
}

} // namespace cw::ui
