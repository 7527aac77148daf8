#pragma once

#include <QWidget>

namespace cw::ui {

class DiffPane;

/// A narrow strip beside the redline with a mark for every change, scaled to
/// the whole document, and the part in view; click or drag to go there.
class DiffOverviewBar : public QWidget
{
    Q_OBJECT

public:
    explicit DiffOverviewBar(DiffPane *pane, QWidget *parent = nullptr);
    QSize sizeHint() const override { return {16, 200}; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;

private:
    DiffPane *m_pane;
};

} // namespace cw::ui
