#pragma once

#include "archive/TimelineRepository.h"

#include <QWidget>

namespace cw::ui {

/// A document's captures on a time axis: new versions as filled markers
/// (taller when the text changed), verifications as small hollow ones,
/// suspect captures as a warning triangle; each labelled so that shape, not
/// colour alone, tells them apart. Clicking a marker selects that capture.
class TimelineStrip : public QWidget
{
    Q_OBJECT

public:
    explicit TimelineStrip(QWidget *parent = nullptr);

    void setEntries(const QList<TimelineEntry> &entries);
    void setCurrent(int index);
    int current() const { return m_current; }
    /// The marker position of an entry (for tests and hit testing).
    QPointF markerPos(int index) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void entryClicked(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    double xFor(qint64 msecs) const;

    QList<TimelineEntry> m_entries;
    QList<qint64> m_times; ///< ms since epoch per entry
    int m_current = -1;
};

} // namespace cw::ui
