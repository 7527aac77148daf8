#pragma once

#include "diff/DiffDocument.h"

#include <QAbstractScrollArea>
#include <QTextLayout>
#include <memory>
#include <unordered_map>
#include <vector>

namespace cw::ui {

/// The redline itself, painted: old and new side by side in aligned rows (one
/// scroll bar, so both sides always scroll together), or one column with the
/// deletions struck through next to the insertions. Folded stretches of
/// unchanged text show as "12 unchanged paragraphs" rows that unfold on a
/// click; a moved block's empty side shows where it went, and a click there
/// jumps to the other end.
///
/// Layout is lazy: a row is laid out (QTextLayout) only when it comes into
/// view; rows never seen have estimated heights, so opening a 700 KB diff
/// costs the first screen only. Keyboard: F7 / Shift+F7 next / previous change.
class DiffPane : public QAbstractScrollArea
{
    Q_OBJECT

public:
    enum class Mode { SideBySide, Inline };

    explicit DiffPane(QWidget *parent = nullptr);
    ~DiffPane() override;

    void setDocument(DiffDocument document);
    const DiffDocument &document() const { return m_doc; }
    void setMode(Mode mode);
    Mode mode() const { return m_mode; }

    /// The change navigation stands on (-1 before the first F7).
    int currentChange() const { return m_currentChange; }
    void setCurrentChange(int change);
    void nextChange();
    void previousChange();

    /// Scrolls so that `line` shows near the top (unfolding it if folded) and
    /// marks it for a moment.
    void revealLine(int line);
    /// The line at the top of the view.
    int firstVisibleLine() const;
    /// Whether `line` is shown (not folded) and at least partly in view.
    bool isLineInView(int line) const;
    /// A row's rectangle in viewport coordinates (may lie outside the view).
    QRect rowRect(int row) const;
    /// Rows laid out so far (exact heights); for tests and the benchmark.
    int laidOutRows() const { return int(m_layouts.size()); }

    /// For the overview bar: where each change sits (0..1 of the whole) and
    /// which part of the whole is in view.
    struct Mark
    {
        double from = 0;
        double to = 0;
        RedlineLine::Kind kind = RedlineLine::Kind::Modified;
    };
    QList<Mark> changeMarks() const;
    std::pair<double, double> visibleFraction() const;
    /// Scrolls to a fraction (0..1) of the whole.
    void scrollToFraction(double fraction);

Q_SIGNALS:
    void currentChangeChanged(int change);
    /// Layout or scroll position changed (the overview bar repaints).
    void viewChanged();
    /// The first paint of a document is done (for the first-screen benchmark).
    void firstPaint();

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// One cell laid out: its text layout and the note shown instead (moved lines).
    struct Cell
    {
        std::unique_ptr<QTextLayout> layout;
        QString note; ///< "Moved to ↓ …" on the empty side of a moved line
        int height = 0;
    };
    struct RowLayout
    {
        Cell left;
        Cell right; ///< unused in inline mode and for folded rows
        int height = 0;
    };

    void relayoutAll();
    void updateScrollRange();
    void ensureTops() const;
    /// Lays out the rows in view (and fixes estimated heights above them).
    void layoutVisible();
    RowLayout &layoutRow(int row);
    int estimateHeight(int row) const;
    int rowAt(int y) const; ///< y in content coordinates
    qint64 rowTop(int row) const;
    void scrollToRow(int row, double at = 0.2);
    QRect cellRect(int row, bool right) const; ///< content coordinates
    int columnWidth() const;
    QFont fontFor(const RedlineLine &line) const;
    void buildCell(Cell &cell, const RedlineText &text, const RedlineLine &line, int width);
    void paintRow(QPainter &p, int row, int y);
    int lineOfRow(int row) const;

    DiffDocument m_doc;
    Mode m_mode = Mode::SideBySide;
    int m_currentChange = -1;
    int m_flashLine = -1;
    std::vector<int> m_heights;
    std::vector<char> m_exact;
    mutable std::vector<qint64> m_tops;
    mutable bool m_topsDirty = true;
    std::unordered_map<int, RowLayout> m_layouts;
    int m_layoutWidth = -1;
    int m_lineSpacing = 16;
    double m_charWidth = 7.0;
    bool m_painted = false;
};

} // namespace cw::ui
