#pragma once

#include <QWidget>

namespace cw::ui {

class ReaderTextView;

/// The reader's left margin: clause bars and flag labels, painted by the view.
class ReaderMargin : public QWidget
{
    Q_OBJECT

public:
    explicit ReaderMargin(ReaderTextView *view);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    ReaderTextView *m_view;
};

} // namespace cw::ui
