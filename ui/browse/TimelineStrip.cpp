#include "browse/TimelineStrip.h"

#include "util/Time.h"

#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

namespace cw::ui {

namespace {
constexpr int kMargin = 28;
constexpr int kAxisY = 34;
} // namespace

TimelineStrip::TimelineStrip(QWidget *parent) : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    setMouseTracking(false);
    setToolTip(tr("Captures of this document: ● new version, ○ verified unchanged, ▲ suspect"));
}

QSize TimelineStrip::sizeHint() const
{
    return {400, 64};
}

QSize TimelineStrip::minimumSizeHint() const
{
    return {160, 64};
}

void TimelineStrip::setEntries(const QList<TimelineEntry> &entries)
{
    m_entries = entries;
    m_times.clear();
    for (const TimelineEntry &e : entries)
        m_times << fromIso(e.capturedAt).toMSecsSinceEpoch();
    m_current = -1;
    update();
}

void TimelineStrip::setCurrent(int index)
{
    m_current = index;
    update();
}

double TimelineStrip::xFor(qint64 msecs) const
{
    if (m_times.isEmpty())
        return kMargin;
    const qint64 lo = *std::min_element(m_times.begin(), m_times.end());
    const qint64 hi = *std::max_element(m_times.begin(), m_times.end());
    const double w = std::max(1, width() - 2 * kMargin);
    if (hi == lo)
        return kMargin + w / 2;
    return kMargin + w * double(msecs - lo) / double(hi - lo);
}

QPointF TimelineStrip::markerPos(int index) const
{
    if (index < 0 || index >= m_times.size())
        return {};
    return {xFor(m_times.at(index)), double(kAxisY)};
}

void TimelineStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QColor axis = pal.color(QPalette::Mid);
    const QColor text = pal.color(QPalette::WindowText);
    const QColor accent = pal.color(QPalette::Highlight);
    const QColor warn(0xB3, 0x3A, 0x00);
    p.setPen(QPen(axis, 2));
    p.drawLine(QPointF(kMargin - 8, kAxisY), QPointF(width() - kMargin + 8, kAxisY));
    if (m_entries.isEmpty()) {
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(rect(), Qt::AlignCenter, tr("No captures"));
        return;
    }
    // Year ticks under the axis.
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    p.setFont(small);
    const QDateTime first = QDateTime::fromMSecsSinceEpoch(*std::min_element(m_times.begin(), m_times.end()), QTimeZone::utc());
    const QDateTime last = QDateTime::fromMSecsSinceEpoch(*std::max_element(m_times.begin(), m_times.end()), QTimeZone::utc());
    for (int year = first.date().year() + 1; year <= last.date().year(); ++year) {
        const double x = xFor(QDateTime(QDate(year, 1, 1), QTime(0, 0), QTimeZone::utc()).toMSecsSinceEpoch());
        p.setPen(QPen(axis, 1));
        p.drawLine(QPointF(x, kAxisY + 3), QPointF(x, kAxisY + 8));
        p.setPen(pal.color(QPalette::PlaceholderText));
        p.drawText(QRectF(x - 30, kAxisY + 9, 60, 16), Qt::AlignHCenter | Qt::AlignTop,
                   QString::number(year));
    }
    QFont bold = small;
    bold.setBold(true);
    for (int i = 0; i < m_entries.size(); ++i) {
        const TimelineEntry &e = m_entries.at(i);
        const QPointF c = markerPos(i);
        const bool current = i == m_current;
        if (current) {
            p.setPen(Qt::NoPen);
            p.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 60));
            p.drawEllipse(c, 11, 11);
        }
        if (e.suspect || e.outcome == CaptureOutcome::Suspect) {
            QPainterPath tri;
            tri.moveTo(c.x(), c.y() - 8);
            tri.lineTo(c.x() + 7, c.y() + 5);
            tri.lineTo(c.x() - 7, c.y() + 5);
            tri.closeSubpath();
            p.setPen(QPen(warn, 1.5));
            p.setBrush(pal.color(QPalette::Base));
            p.drawPath(tri);
            p.setFont(bold);
            p.setPen(warn);
            p.drawText(QRectF(c.x() - 20, c.y() - 26, 40, 14), Qt::AlignCenter, QStringLiteral("!"));
        } else if (e.outcome == CaptureOutcome::Version) {
            const double r = e.isChange() ? 6.5 : 5.5;
            p.setPen(QPen(text, 1.2));
            p.setBrush(e.isChange() ? accent : text);
            p.drawEllipse(c, r, r);
            p.setFont(bold);
            p.setPen(text);
            p.drawText(QRectF(c.x() - 20, c.y() - 26, 40, 14), Qt::AlignCenter,
                       QStringLiteral("v%1").arg(e.versionNumber));
        } else {
            p.setPen(QPen(text, 1.2));
            p.setBrush(pal.color(QPalette::Base));
            p.drawEllipse(c, 3.5, 3.5);
        }
    }
}

void TimelineStrip::mousePressEvent(QMouseEvent *event)
{
    int best = -1;
    double bestDist = 14;
    for (int i = 0; i < m_entries.size(); ++i) {
        const double d = std::abs(markerPos(i).x() - event->position().x());
        if (d < bestDist) {
            bestDist = d;
            best = i;
        }
    }
    if (best >= 0) {
        setCurrent(best);
        Q_EMIT entryClicked(best);
    }
}

} // namespace cw::ui
