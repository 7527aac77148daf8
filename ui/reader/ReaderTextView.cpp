#include "reader/ReaderTextView.h"

#include "models/SeverityStyle.h"
#include "reader/ReaderMargin.h"
#include "settings/Appearance.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextBlock>

#include <algorithm>

namespace cw::ui {

namespace {
constexpr int kMarginWidth = 190;
} // namespace

ReaderTextView::ReaderTextView(QWidget *parent) : QPlainTextEdit(parent), m_margin(new ReaderMargin(this))
{
    setReadOnly(true);
    setObjectName(QStringLiteral("readerText"));
    setLineWrapMode(QPlainTextEdit::WidgetWidth);
    setViewportMargins(marginWidth(), 0, 0, 0);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.05);
    setFont(f);
    document()->setDocumentMargin(12);
    connect(this, &QPlainTextEdit::updateRequest, this, [this](const QRect &rect, int dy) {
        if (dy)
            m_margin->scroll(0, dy);
        else
            m_margin->update(0, rect.y(), m_margin->width(), rect.height());
    });
}

int ReaderTextView::marginWidth() const
{
    return kMarginWidth;
}

void ReaderTextView::resizeEvent(QResizeEvent *event)
{
    QPlainTextEdit::resizeEvent(event);
    const QRect cr = contentsRect();
    m_margin->setGeometry(QRect(cr.left(), cr.top(), marginWidth(), cr.height()));
}

void ReaderTextView::setContent(const QString &text, const QList<Clause> &clauses,
                                const QList<VersionFlag> &flags)
{
    m_spans.clear();
    m_current = 0;
    for (const Clause &c : clauses) {
        Span s{c.id, c.start, c.end, {}};
        for (const VersionFlag &f : flags)
            if (f.clauseId == c.id)
                s.flags.append(f);
        m_spans.append(s);
    }
    setPlainText(text);
    formatText();
    updateSelections();
    m_margin->update();
}

void ReaderTextView::formatText()
{
    // Headings in bold (their "#" markers dimmed); evidence in bold on a tint.
    const bool dark = Appearance::isDark(palette());
    QTextCursor cursor(document());
    cursor.beginEditBlock();
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next()) {
        const QString t = b.text();
        if (!t.startsWith(QLatin1Char('#')))
            continue;
        const int level = int(t.indexOf(QLatin1Char(' ')));
        QTextCharFormat heading;
        heading.setFontWeight(QFont::Bold);
        heading.setFontPointSize(font().pointSizeF() * (level <= 1 ? 1.35 : level == 2 ? 1.18 : 1.05));
        cursor.setPosition(b.position());
        cursor.setPosition(b.position() + int(t.size()), QTextCursor::KeepAnchor);
        cursor.mergeCharFormat(heading);
        if (level > 0) {
            QTextCharFormat dim;
            dim.setForeground(palette().color(QPalette::PlaceholderText));
            cursor.setPosition(b.position());
            cursor.setPosition(b.position() + level, QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(dim);
        }
    }
    for (const Span &s : m_spans) {
        for (const VersionFlag &f : s.flags) {
            QTextCharFormat mark;
            mark.setBackground(SeverityStyle::background(f.severity, dark));
            mark.setFontWeight(QFont::DemiBold);
            for (const auto &[a, b] : f.evidence) {
                const int from = std::clamp(s.start + a, s.start, s.end);
                const int to = std::clamp(s.start + b, from, s.end);
                if (to <= from)
                    continue;
                cursor.setPosition(from);
                cursor.setPosition(to, QTextCursor::KeepAnchor);
                cursor.mergeCharFormat(mark);
            }
        }
    }
    cursor.endEditBlock();
}

void ReaderTextView::updateSelections()
{
    QList<QTextEdit::ExtraSelection> selections;
    for (const Span &s : m_spans) {
        if (s.clauseId != m_current)
            continue;
        QTextEdit::ExtraSelection sel;
        QColor tint = palette().color(QPalette::Highlight);
        tint.setAlpha(36);
        sel.format.setBackground(tint);
        sel.format.setProperty(QTextFormat::FullWidthSelection, true);
        QTextCursor c(document());
        c.setPosition(s.start);
        c.setPosition(s.end, QTextCursor::KeepAnchor);
        sel.cursor = c;
        selections.append(sel);
    }
    setExtraSelections(selections);
}

bool ReaderTextView::scrollToClause(qint64 clauseId)
{
    for (const Span &s : m_spans) {
        if (s.clauseId != clauseId)
            continue;
        m_current = clauseId;
        updateSelections();
        QTextCursor c(document());
        c.setPosition(s.end);
        setTextCursor(c);
        c.setPosition(s.start);
        setTextCursor(c);
        centerCursor();
        m_margin->update();
        return true;
    }
    return false;
}

qint64 ReaderTextView::clauseAt(int position) const
{
    for (const Span &s : m_spans)
        if (position >= s.start && position < s.end)
            return s.clauseId;
    return 0;
}

int ReaderTextView::flaggedClauseCount() const
{
    return int(std::count_if(m_spans.begin(), m_spans.end(),
                             [](const Span &s) { return !s.flags.isEmpty(); }));
}

QString ReaderTextView::marginLabel(qint64 clauseId) const
{
    for (const Span &s : m_spans) {
        if (s.clauseId != clauseId || s.flags.isEmpty())
            continue;
        const VersionFlag &f = s.flags.first();
        // The review status leads: a glyph, as in the table (○ to review,
        // ✓ confirmed, ✕ rejected).
        const QString glyph = f.status == ReviewStatus::Confirmed  ? QStringLiteral("✓ ")
                              : f.status == ReviewStatus::Rejected ? QStringLiteral("✕ ")
                                                                   : QStringLiteral("○ ");
        QString label = glyph + SeverityStyle::word(f.severity) + QStringLiteral(" · ") + f.typeName;
        if (s.flags.size() > 1)
            label += QStringLiteral(" +%1").arg(s.flags.size() - 1);
        return label;
    }
    return {};
}

QRectF ReaderTextView::spanRect(const Span &s) const
{
    const QTextBlock first = document()->findBlock(s.start);
    const QTextBlock last = document()->findBlock(std::max(s.start, s.end - 1));
    if (!first.isValid() || !last.isValid())
        return {};
    const QRectF top = blockBoundingGeometry(first).translated(contentOffset());
    const QRectF bottom = blockBoundingGeometry(last).translated(contentOffset());
    return QRectF(0, top.top(), marginWidth(), bottom.bottom() - top.top());
}

QRect ReaderTextView::marginRect(qint64 clauseId) const
{
    for (const Span &s : m_spans)
        if (s.clauseId == clauseId)
            return spanRect(s).toRect();
    return {};
}

void ReaderTextView::paintMargin(QPaintEvent *event)
{
    QPainter p(m_margin);
    p.fillRect(event->rect(), palette().color(QPalette::AlternateBase));
    p.setRenderHint(QPainter::Antialiasing);
    const bool dark = Appearance::isDark(palette());
    const QRect visible = event->rect();
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.82);
    small.setBold(true);
    p.setFont(small);
    const QFontMetrics fm(small);
    for (const Span &s : m_spans) {
        const QRectF r = spanRect(s);
        if (r.bottom() < visible.top() || r.top() > visible.bottom())
            continue;
        const double x = marginWidth() - 8;
        const QRectF bar(x, r.top() + 3, 3, std::max(4.0, r.height() - 6));
        if (s.flags.isEmpty()) {
            p.fillRect(bar, palette().color(QPalette::Mid));
            continue;
        }
        const Severity sev = s.flags.first().severity;
        p.fillRect(bar.adjusted(-1, 0, 1, 0), SeverityStyle::foreground(sev, dark));
        const QString label = fm.elidedText(marginLabel(s.clauseId), Qt::ElideRight, marginWidth() - 30);
        const QRectF badge(8, r.top() + 3, fm.horizontalAdvance(label) + 12, fm.height() + 4);
        QPainterPath path;
        path.addRoundedRect(badge, 4, 4);
        p.fillPath(path, SeverityStyle::background(sev, dark));
        p.setPen(SeverityStyle::foreground(sev, dark));
        p.drawPath(path);
        p.drawText(badge, Qt::AlignCenter, label);
        if (s.clauseId == m_current) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2));
            p.drawLine(QPointF(2, r.top() + 2), QPointF(2, r.bottom() - 2));
        }
    }
}

void ReaderTextView::marginClicked(const QPoint &pos)
{
    for (const Span &s : m_spans) {
        if (s.flags.isEmpty())
            continue;
        const QRectF r = spanRect(s);
        if (pos.y() >= r.top() && pos.y() <= r.bottom()) {
            m_current = s.clauseId;
            updateSelections();
            m_margin->update();
            Q_EMIT flagActivated(s.flags.first().flagId);
            return;
        }
    }
}

} // namespace cw::ui
