#pragma once

#include "diff/RedlineLine.h"
#include "services/VersionComparison.h"

#include <QList>
#include <QSet>
#include <memory>

namespace cw::ui {

/// What the diff pane shows of a comparison: its redline lines in reading
/// order, the changes they form (runs of changed lines, numbered for F7), and
/// which stretches of unchanged lines are folded into one "12 unchanged
/// paragraphs" row. A value the pane owns; GUI-thread only.
class DiffDocument
{
public:
    /// A row of the pane: one redline line, or a folded stretch of unchanged lines.
    struct Row
    {
        bool folded = false;
        int firstLine = 0;
        int lineCount = 1;
    };

    DiffDocument() = default;
    /// `context`: unchanged lines kept visible next to each change.
    explicit DiffDocument(std::shared_ptr<const VersionComparison> comparison, int context = 1);

    bool isEmpty() const { return !m_comparison; }
    const VersionComparison &comparison() const { return *m_comparison; }
    std::shared_ptr<const VersionComparison> sharedComparison() const { return m_comparison; }
    const QList<RedlineLine> &lines() const { return m_lines; }
    const QList<Row> &rows() const { return m_rows; }

    /// Change index of each line (-1 for unchanged lines); changes are numbered
    /// from 0 in reading order.
    int changeOf(int line) const { return m_changeOf.value(line, -1); }
    int changeCount() const { return int(m_changeFirstLine.size()); }
    int firstLineOfChange(int change) const { return m_changeFirstLine.value(change, -1); }

    /// The row showing `line`, or -1 while it is folded away.
    int rowOfLine(int line) const;
    /// Unfolds a folded row (no-op for a line row); true when the rows changed.
    bool unfold(int row);
    /// Makes `line` visible, unfolding its stretch if needed; returns its row.
    int reveal(int line);

    /// The line showing the new text at `offset` (else the old text, for
    /// `oldSide`), -1 when none does.
    int lineAtOffset(qsizetype offset, bool oldSide) const;
    /// The other end of a moved line (moved-from ↔ moved-to), or -1.
    int counterpart(int line) const;

private:
    void rebuildRows();

    std::shared_ptr<const VersionComparison> m_comparison;
    QList<RedlineLine> m_lines;
    QList<int> m_changeOf;
    QList<int> m_changeFirstLine;
    QList<Row> m_rows;
    QList<int> m_rowOfLine; ///< -1 for folded lines
    QSet<int> m_unfolded;   ///< first lines of stretches the reader unfolded
    int m_context = 1;
};

} // namespace cw::ui
