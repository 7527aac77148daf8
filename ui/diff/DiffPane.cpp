#include "diff/DiffPane.h"

#include "diff/DiffPalette.h"
#include "diff/RedlineLines.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTextOption>
#include <QTimer>
#include <cmath>

namespace cw::ui {

namespace {

// Geometry, in pixels.
constexpr int kMargin = 12;    // left and right of the columns
constexpr int kGap = 18;       // between the two columns
constexpr int kBar = 4;        // change bar at a cell's left edge
constexpr int kPadding = 10;   // text inset from the bar
constexpr int kRowPadding = 5; // above and below a row's text
constexpr int kHeader = 30;    // sticky column header
constexpr int kInlineMaxWidth = 980;
constexpr int kIndent = 18; // per list nesting level

/// List items are indented by nesting level; headings and paragraphs are not.
int indentOf(const RedlineLine &line)
{
    return line.blockKind == DiffBlock::Kind::ListItem ? kIndent * line.level : 0;
}

QString noteFor(const RedlineLine &line, bool down)
{
    if (line.kind == RedlineLine::Kind::MovedFrom)
        return down ? DiffPane::tr("Moved further down ↓  (click to follow)")
                    : DiffPane::tr("Moved further up ↑  (click to follow)");
    return down ? DiffPane::tr("Moved here from further down ↓  (click to follow)")
                : DiffPane::tr("Moved here from further up ↑  (click to follow)");
}

} // namespace

DiffPane::DiffPane(QWidget *parent) : QAbstractScrollArea(parent)
{
    setObjectName(QStringLiteral("diffPane"));
    setFocusPolicy(Qt::StrongFocus);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    verticalScrollBar()->setSingleStep(40);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const QFontMetricsF fm(fontFor(RedlineLine{}));
    m_lineSpacing = int(std::ceil(fm.lineSpacing()));
    m_charWidth = fm.averageCharWidth();
}

DiffPane::~DiffPane() = default;

QFont DiffPane::fontFor(const RedlineLine &line) const
{
    QFont f(QStringLiteral("DejaVu Serif"));
    f.setPointSizeF(10.5);
    switch (line.blockKind) {
    case DiffBlock::Kind::Heading:
        f.setFamily(QStringLiteral("DejaVu Sans"));
        f.setBold(true);
        f.setPointSizeF(line.level <= 1 ? 13.5 : line.level == 2 ? 12 : 11);
        break;
    case DiffBlock::Kind::TableRow:
        f.setFamily(QStringLiteral("DejaVu Sans Mono"));
        f.setPointSizeF(9);
        break;
    case DiffBlock::Kind::ListItem:
    case DiffBlock::Kind::Paragraph:
        break;
    }
    return f;
}

void DiffPane::setDocument(DiffDocument document)
{
    m_doc = std::move(document);
    m_currentChange = -1;
    m_flashLine = -1;
    m_painted = false;
    verticalScrollBar()->setValue(0);
    relayoutAll();
    viewport()->update();
    Q_EMIT currentChangeChanged(-1);
}

void DiffPane::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    const int line = firstVisibleLine();
    m_mode = mode;
    relayoutAll();
    if (line >= 0)
        scrollToRow(m_doc.rowOfLine(line) >= 0 ? m_doc.rowOfLine(line) : 0, 0);
    viewport()->update();
}

int DiffPane::columnWidth() const
{
    const int w = viewport()->width();
    if (m_mode == Mode::Inline)
        return std::max(120, std::min(kInlineMaxWidth, w - 2 * kMargin));
    return std::max(80, (w - 2 * kMargin - kGap) / 2);
}

QRect DiffPane::cellRect(int row, bool right) const
{
    const int w = columnWidth();
    int x = kMargin;
    if (m_mode == Mode::Inline)
        x = std::max(kMargin, (viewport()->width() - w) / 2);
    else if (right)
        x = kMargin + w + kGap;
    return QRect(x, int(rowTop(row)), w, m_heights.empty() ? 0 : m_heights[size_t(row)]);
}

void DiffPane::relayoutAll()
{
    m_layouts.clear();
    m_layoutWidth = columnWidth();
    const int n = int(m_doc.rows().size());
    m_heights.assign(size_t(n), 0);
    m_exact.assign(size_t(n), 0);
    for (int r = 0; r < n; ++r)
        m_heights[size_t(r)] = estimateHeight(r);
    m_topsDirty = true;
    updateScrollRange();
    Q_EMIT viewChanged();
}

int DiffPane::estimateHeight(int row) const
{
    const DiffDocument::Row &r = m_doc.rows()[row];
    if (r.folded)
        return m_lineSpacing + 16;
    const RedlineLine &l = m_doc.lines()[r.firstLine];
    qsizetype chars = 0;
    if (m_mode == Mode::Inline)
        chars = (l.hasLeft && l.kind != RedlineLine::Kind::Equal ? l.leftLength : 0) +
                (l.hasRight ? l.rightLength : 0);
    else
        chars = std::max(l.hasLeft ? l.leftLength : 0, l.hasRight ? l.rightLength : 0);
    const double textWidth = std::max(40, columnWidth() - kBar - 2 * kPadding - indentOf(l));
    const double scale = l.blockKind == DiffBlock::Kind::Heading ? 1.3 : 1.0;
    const int lines = std::max(1, int(std::ceil(double(chars) * m_charWidth * scale / textWidth)));
    const int top = l.blockKind == DiffBlock::Kind::Heading ? 8 : 0;
    return top + 2 * kRowPadding + int(lines * m_lineSpacing * scale);
}

void DiffPane::ensureTops() const
{
    if (!m_topsDirty)
        return;
    m_tops.resize(m_heights.size() + 1);
    qint64 y = kHeader;
    for (size_t i = 0; i < m_heights.size(); ++i) {
        m_tops[i] = y;
        y += m_heights[i];
    }
    m_tops[m_heights.size()] = y;
    m_topsDirty = false;
}

qint64 DiffPane::rowTop(int row) const
{
    ensureTops();
    return m_tops[size_t(std::clamp<qsizetype>(row, 0, qsizetype(m_heights.size())))];
}

int DiffPane::rowAt(int y) const
{
    ensureTops();
    if (m_heights.empty())
        return -1;
    auto it = std::upper_bound(m_tops.begin(), m_tops.end() - 1, qint64(y));
    const int row = int(it - m_tops.begin()) - 1;
    return std::clamp(row, 0, int(m_heights.size()) - 1);
}

void DiffPane::updateScrollRange()
{
    ensureTops();
    const qint64 total = m_tops.empty() ? 0 : m_tops.back() + kMargin;
    QScrollBar *bar = verticalScrollBar();
    bar->setPageStep(viewport()->height());
    bar->setRange(0, int(std::max<qint64>(0, total - viewport()->height())));
}

int DiffPane::lineOfRow(int row) const
{
    const DiffDocument::Row &r = m_doc.rows()[row];
    return r.folded ? -1 : r.firstLine;
}

void DiffPane::buildCell(Cell &cell, const RedlineText &text, const RedlineLine &line, int width)
{
    QString s = text.text;
    s.replace(QLatin1Char('\n'), QChar::LineSeparator);
    auto layout = std::make_unique<QTextLayout>(s, fontFor(line));
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout->setTextOption(option);
    QList<QTextLayout::FormatRange> formats;
    formats.reserve(text.marks.size());
    for (const RedlineMark &m : text.marks)
        formats.append({m.start, m.length, DiffPalette::format(m.style)});
    layout->setFormats(formats);
    layout->beginLayout();
    qreal y = 0;
    while (true) {
        QTextLine tl = layout->createLine();
        if (!tl.isValid())
            break;
        tl.setLineWidth(width);
        tl.setPosition(QPointF(0, y));
        y += tl.height();
    }
    layout->endLayout();
    cell.height = int(std::ceil(y));
    cell.layout = std::move(layout);
}

DiffPane::RowLayout &DiffPane::layoutRow(int row)
{
    auto it = m_layouts.find(row);
    if (it != m_layouts.end())
        return it->second;
    RowLayout rl;
    const DiffDocument::Row &r = m_doc.rows()[row];
    if (r.folded) {
        rl.height = m_lineSpacing + 16;
        return m_layouts.emplace(row, std::move(rl)).first->second;
    }
    const RedlineLine &l = m_doc.lines()[r.firstLine];
    const VersionDiff &d = m_doc.comparison().diff;
    const int textWidth = std::max(40, columnWidth() - kBar - 2 * kPadding - indentOf(l));
    const int top = l.blockKind == DiffBlock::Kind::Heading ? 8 : 0;
    // A moved block says where it went (or came from) on its first line only.
    const RedlineLine *previous = r.firstLine > 0 ? &m_doc.lines()[r.firstLine - 1] : nullptr;
    const bool moved =
        (l.kind == RedlineLine::Kind::MovedFrom || l.kind == RedlineLine::Kind::MovedTo) &&
        !(previous && previous->kind == l.kind && previous->moveId == l.moveId);
    const bool down = moved && m_doc.counterpart(r.firstLine) > r.firstLine;
    if (m_mode == Mode::Inline) {
        buildCell(rl.left, RedlineLines::inlineText(d, l), l, textWidth);
        if (moved)
            rl.left.note = noteFor(l, down);
        rl.height = top + 2 * kRowPadding + rl.left.height + (moved ? m_lineSpacing : 0);
    } else {
        if (l.hasLeft)
            buildCell(rl.left, RedlineLines::leftText(d, l), l, textWidth);
        if (l.hasRight)
            buildCell(rl.right, RedlineLines::rightText(d, l), l, textWidth);
        if (moved && l.kind == RedlineLine::Kind::MovedFrom)
            rl.right.note = noteFor(l, down);
        if (moved && l.kind == RedlineLine::Kind::MovedTo)
            rl.left.note = noteFor(l, down);
        const int noteHeight =
            rl.left.note.isEmpty() && rl.right.note.isEmpty() ? 0 : m_lineSpacing;
        rl.height = top + 2 * kRowPadding + std::max({rl.left.height, rl.right.height, noteHeight});
    }
    // A small cache: rows far from view are laid out again when they return.
    if (m_layouts.size() > 4000)
        m_layouts.clear();
    return m_layouts.emplace(row, std::move(rl)).first->second;
}

void DiffPane::layoutVisible()
{
    if (m_doc.isEmpty() || m_heights.empty())
        return;
    if (columnWidth() != m_layoutWidth) {
        const int line = firstVisibleLine();
        relayoutAll();
        if (line >= 0 && m_doc.rowOfLine(line) >= 0)
            verticalScrollBar()->setValue(int(rowTop(m_doc.rowOfLine(line)) - kHeader));
    }
    QScrollBar *bar = verticalScrollBar();
    const int y0 = bar->value();
    const int bottom = y0 + viewport()->height();
    const int anchor = rowAt(y0 + kHeader);
    const qint64 anchorOffset = y0 - rowTop(anchor);
    bool changed = false;
    qint64 y = rowTop(anchor);
    for (int r = anchor; r < int(m_heights.size()) && y < bottom; ++r) {
        const int h = layoutRow(r).height;
        if (!m_exact[size_t(r)] || m_heights[size_t(r)] != h) {
            changed = changed || m_heights[size_t(r)] != h;
            m_heights[size_t(r)] = h;
            m_exact[size_t(r)] = 1;
        }
        y += h;
    }
    if (changed) {
        m_topsDirty = true;
        const QSignalBlocker block(bar);
        updateScrollRange();
        bar->setValue(int(rowTop(anchor) + anchorOffset));
        Q_EMIT viewChanged();
    }
}

void DiffPane::paintEvent(QPaintEvent *)
{
    layoutVisible();
    QPainter p(viewport());
    p.fillRect(viewport()->rect(), DiffPalette::paper());
    if (m_doc.isEmpty()) {
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(viewport()->rect(), Qt::AlignCenter, tr("No comparison loaded."));
        return;
    }
    const int y0 = verticalScrollBar()->value();
    const int bottom = y0 + viewport()->height();
    for (int r = rowAt(y0 + kHeader); r >= 0 && r < int(m_heights.size()) && rowTop(r) < bottom;
         ++r)
        paintRow(p, r, int(rowTop(r) - y0));

    // The sticky header: which version each column shows.
    const QRect header(0, 0, viewport()->width(), kHeader);
    p.fillRect(header, DiffPalette::gutter());
    p.setPen(QColor(0xCF, 0xCF, 0xCA));
    p.drawLine(header.bottomLeft(), header.bottomRight());
    QFont hf(QStringLiteral("DejaVu Sans"));
    hf.setPointSizeF(9.5);
    hf.setBold(true);
    p.setFont(hf);
    p.setPen(QColor(0x33, 0x33, 0x33));
    const VersionComparison &c = m_doc.comparison();
    const auto title = [](const ComparedVersion &v) {
        return v.capturedAt.isEmpty()
                   ? v.label
                   : QStringLiteral("%1 — captured %2").arg(v.label, v.capturedAt.left(10));
    };
    if (m_mode == Mode::Inline) {
        const QRect cell = cellRect(0, false);
        p.drawText(QRect(cell.x(), 0, cell.width(), kHeader), Qt::AlignVCenter | Qt::AlignLeft,
                   tr("Redline: %1 → %2").arg(title(c.oldVersion), title(c.newVersion)));
    } else {
        for (bool right : {false, true}) {
            const QRect cell = cellRect(0, right);
            p.drawText(QRect(cell.x() + kBar + kPadding, 0, cell.width() - kPadding, kHeader),
                       Qt::AlignVCenter | Qt::AlignLeft,
                       right ? tr("New: %1").arg(title(c.newVersion))
                             : tr("Old: %1").arg(title(c.oldVersion)));
        }
    }
    if (!m_painted) {
        m_painted = true;
        Q_EMIT firstPaint();
    }
}

void DiffPane::paintRow(QPainter &p, int row, int y)
{
    const DiffDocument::Row &r = m_doc.rows()[row];
    const RowLayout &rl = layoutRow(row);
    const int w = viewport()->width();
    if (r.folded) {
        const QRect box(kMargin, y + 4, w - 2 * kMargin, rl.height - 8);
        p.setPen(Qt::NoPen);
        p.setBrush(DiffPalette::collapsed());
        p.drawRoundedRect(box, 4, 4);
        QFont f(QStringLiteral("DejaVu Sans"));
        f.setPointSizeF(9);
        f.setItalic(true);
        p.setFont(f);
        p.setPen(QColor(0x55, 0x55, 0x55));
        p.drawText(box, Qt::AlignCenter,
                   r.lineCount == 1
                       ? tr("⋯ 1 unchanged paragraph — click to show")
                       : tr("⋯ %1 unchanged paragraphs — click to show").arg(r.lineCount));
        return;
    }
    const RedlineLine &l = m_doc.lines()[r.firstLine];
    const int change = m_doc.changeOf(r.firstLine);
    if (change >= 0 && change == m_currentChange) {
        QColor band = DiffPalette::currentChange();
        band.setAlpha(40);
        p.fillRect(QRect(0, y, w, rl.height), band);
        p.fillRect(QRect(0, y, 4, rl.height), DiffPalette::currentChange());
    }
    if (r.firstLine == m_flashLine) {
        QColor flash(0xFF, 0xE8, 0x8A);
        flash.setAlpha(150);
        p.fillRect(QRect(0, y, w, rl.height), flash);
    }
    const int top = l.blockKind == DiffBlock::Kind::Heading ? 8 : 0;
    const auto drawCell = [&](const Cell &cell, bool right, bool present) {
        const QRect box = cellRect(row, right);
        if (l.isChange() && present)
            p.fillRect(QRect(box.x(), y + 2, kBar, rl.height - 4), DiffPalette::bar(l.kind));
        const int x = box.x() + kBar + kPadding + indentOf(l);
        if (cell.layout) {
            p.setPen(QColor(0x1B, 0x1B, 0x1B));
            cell.layout->draw(&p, QPointF(x, y + top + kRowPadding));
        }
        if (!cell.note.isEmpty()) {
            QFont f(QStringLiteral("DejaVu Sans"));
            f.setPointSizeF(9);
            f.setItalic(true);
            p.setFont(f);
            p.setPen(DiffPalette::foreground(RedlineMark::Style::MovedTo));
            const int ny =
                cell.layout ? y + top + kRowPadding + cell.height : y + top + kRowPadding;
            p.drawText(QRect(box.x() + kBar + kPadding, ny, box.width() - kPadding, m_lineSpacing),
                       Qt::AlignVCenter | Qt::AlignLeft, cell.note);
        }
    };
    if (m_mode == Mode::Inline) {
        drawCell(rl.left, false, true);
        return;
    }
    drawCell(rl.left, false, l.hasLeft);
    drawCell(rl.right, true, l.hasRight);
}

void DiffPane::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollRange();
    viewport()->update();
    Q_EMIT viewChanged();
}

void DiffPane::scrollContentsBy(int, int)
{
    viewport()->update();
    Q_EMIT viewChanged();
}

int DiffPane::firstVisibleLine() const
{
    if (m_doc.isEmpty() || m_heights.empty())
        return -1;
    for (int r = rowAt(verticalScrollBar()->value() + kHeader); r < int(m_doc.rows().size()); ++r)
        if (!m_doc.rows()[r].folded)
            return m_doc.rows()[r].firstLine;
    return -1;
}

bool DiffPane::isLineInView(int line) const
{
    const int row = m_doc.rowOfLine(line);
    if (row < 0)
        return false;
    const QRect r = rowRect(row);
    return r.bottom() > kHeader && r.top() < viewport()->height();
}

QRect DiffPane::rowRect(int row) const
{
    if (row < 0 || row >= int(m_heights.size()))
        return {};
    return QRect(0, int(rowTop(row) - verticalScrollBar()->value()), viewport()->width(),
                 m_heights[size_t(row)]);
}

void DiffPane::scrollToRow(int row, double at)
{
    if (row < 0)
        return;
    const int target = int(rowTop(row) - kHeader - at * (viewport()->height() - kHeader));
    verticalScrollBar()->setValue(std::max(0, target));
    // Estimated heights above may become exact once in view; lay out and aim again.
    layoutVisible();
    const int again = int(rowTop(row) - kHeader - at * (viewport()->height() - kHeader));
    verticalScrollBar()->setValue(std::max(0, again));
    viewport()->update();
}

void DiffPane::revealLine(int line)
{
    const int before = int(m_doc.rows().size());
    const int row = m_doc.reveal(line);
    if (row < 0)
        return;
    if (int(m_doc.rows().size()) != before)
        relayoutAll();
    m_flashLine = line;
    scrollToRow(row, 0.2);
    const int change = m_doc.changeOf(line);
    if (change >= 0 && change != m_currentChange) {
        m_currentChange = change;
        Q_EMIT currentChangeChanged(change);
    }
    QTimer::singleShot(1200, this, [this, line] {
        if (m_flashLine == line) {
            m_flashLine = -1;
            viewport()->update();
        }
    });
}

void DiffPane::setCurrentChange(int change)
{
    if (m_doc.isEmpty() || change < 0 || change >= m_doc.changeCount())
        return;
    m_currentChange = change;
    const int line = m_doc.firstLineOfChange(change);
    scrollToRow(m_doc.reveal(line), 0.2);
    viewport()->update();
    Q_EMIT currentChangeChanged(change);
}

void DiffPane::nextChange()
{
    if (m_doc.changeCount() == 0)
        return;
    int next = m_currentChange + 1;
    if (m_currentChange < 0) {
        // From the top of the view: the first change at or below it.
        const int top = firstVisibleLine();
        next = 0;
        for (int c = 0; c < m_doc.changeCount(); ++c)
            if (m_doc.firstLineOfChange(c) >= top) {
                next = c;
                break;
            }
    }
    if (next < m_doc.changeCount())
        setCurrentChange(next);
}

void DiffPane::previousChange()
{
    if (m_doc.changeCount() == 0)
        return;
    if (m_currentChange < 0)
        setCurrentChange(m_doc.changeCount() - 1);
    else if (m_currentChange > 0)
        setCurrentChange(m_currentChange - 1);
}

void DiffPane::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_F7) {
        if (event->modifiers() & Qt::ShiftModifier)
            previousChange();
        else
            nextChange();
        event->accept();
        return;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void DiffPane::mousePressEvent(QMouseEvent *event)
{
    if (m_doc.isEmpty() || event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    const int y = int(event->position().y()) + verticalScrollBar()->value();
    if (event->position().y() < kHeader)
        return;
    const int row = rowAt(y);
    if (row < 0)
        return;
    const DiffDocument::Row &r = m_doc.rows()[row];
    if (r.folded) {
        const int firstLine = r.firstLine;
        const qint64 offset = verticalScrollBar()->value() - rowTop(row);
        m_doc.unfold(row);
        relayoutAll();
        verticalScrollBar()->setValue(int(rowTop(m_doc.rowOfLine(firstLine)) + offset));
        viewport()->update();
        return;
    }
    const bool onRight =
        m_mode == Mode::SideBySide && event->position().x() >= cellRect(row, true).x();
    const RowLayout &rl = layoutRow(row);
    const bool onNote = m_mode == Mode::Inline
                            ? !rl.left.note.isEmpty()
                            : !(onRight ? rl.right.note : rl.left.note).isEmpty();
    if (onNote) {
        revealLine(m_doc.counterpart(r.firstLine));
        return;
    }
    const int change = m_doc.changeOf(r.firstLine);
    if (change >= 0 && change != m_currentChange) {
        m_currentChange = change;
        viewport()->update();
        Q_EMIT currentChangeChanged(change);
    }
}

QList<DiffPane::Mark> DiffPane::changeMarks() const
{
    QList<Mark> out;
    if (m_doc.isEmpty() || m_heights.empty())
        return out;
    const double total = double(rowTop(int(m_heights.size())));
    for (int c = 0; c < m_doc.changeCount(); ++c) {
        int line = m_doc.firstLineOfChange(c);
        const int first = line;
        RedlineLine::Kind kind = m_doc.lines()[line].kind;
        int last = line;
        while (line < m_doc.lines().size() && m_doc.changeOf(line) == c) {
            if (m_doc.lines()[line].kind != kind)
                kind = RedlineLine::Kind::Modified;
            last = line++;
        }
        const int r0 = m_doc.rowOfLine(first);
        const int r1 = m_doc.rowOfLine(last);
        if (r0 < 0 || r1 < 0)
            continue;
        out.append(
            {double(rowTop(r0)) / total, double(rowTop(r1) + m_heights[size_t(r1)]) / total, kind});
    }
    return out;
}

std::pair<double, double> DiffPane::visibleFraction() const
{
    if (m_heights.empty())
        return {0, 1};
    const double total = double(rowTop(int(m_heights.size())) + kMargin);
    const double y = verticalScrollBar()->value();
    return {y / total, std::min(1.0, (y + viewport()->height()) / total)};
}

void DiffPane::scrollToFraction(double fraction)
{
    if (m_heights.empty())
        return;
    const double total = double(rowTop(int(m_heights.size())) + kMargin);
    verticalScrollBar()->setValue(int(fraction * total - viewport()->height() / 2.0));
}

} // namespace cw::ui
