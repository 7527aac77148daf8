#include "reader/ReaderMargin.h"

#include "reader/ReaderTextView.h"

#include <QMouseEvent>

namespace cw::ui {

ReaderMargin::ReaderMargin(ReaderTextView *view) : QWidget(view), m_view(view)
{
    setCursor(Qt::PointingHandCursor);
}

QSize ReaderMargin::sizeHint() const
{
    return {m_view->marginWidth(), 0};
}

void ReaderMargin::paintEvent(QPaintEvent *event)
{
    m_view->paintMargin(event);
}

void ReaderMargin::mousePressEvent(QMouseEvent *event)
{
    m_view->marginClicked(event->pos());
}

} // namespace cw::ui
