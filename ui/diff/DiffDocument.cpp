#include "diff/DiffDocument.h"

#include "diff/RedlineLines.h"

namespace cw::ui {

DiffDocument::DiffDocument(std::shared_ptr<const VersionComparison> comparison, int context)
    : m_comparison(std::move(comparison)), m_context(std::max(0, context))
{
    if (!m_comparison)
        return;
    m_lines = RedlineLines::lines(m_comparison->diff);
    m_changeOf = RedlineLines::changeIndexes(m_lines);
    for (int i = 0; i < int(m_changeOf.size()); ++i)
        if (m_changeOf[i] >= 0 && m_changeOf[i] == m_changeFirstLine.size())
            m_changeFirstLine.append(i);
    rebuildRows();
}

void DiffDocument::rebuildRows()
{
    m_rows.clear();
    m_rowOfLine = QList<int>(m_lines.size(), -1);
    const int n = int(m_lines.size());
    const bool anyChange = !m_changeFirstLine.isEmpty();
    for (int i = 0; i < n;) {
        if (m_lines[i].isChange() || !anyChange) {
            m_rowOfLine[i] = int(m_rows.size());
            m_rows.append({false, i, 1});
            ++i;
            continue;
        }
        int end = i;
        while (end < n && !m_lines[end].isChange())
            ++end;
        const int head = i > 0 ? m_context : 0;
        const int tail = end < n ? m_context : 0;
        const int hidden = end - i - head - tail;
        // Folding fewer than two paragraphs saves nothing.
        const bool fold = hidden >= 2 && !m_unfolded.contains(i + head);
        for (int k = i; k < end; ++k) {
            if (fold && k == i + head) {
                m_rows.append({true, k, hidden});
                k += hidden - 1;
                continue;
            }
            m_rowOfLine[k] = int(m_rows.size());
            m_rows.append({false, k, 1});
        }
        i = end;
    }
}

int DiffDocument::rowOfLine(int line) const
{
    return m_rowOfLine.value(line, -1);
}

bool DiffDocument::unfold(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_rows[row].folded)
        return false;
    m_unfolded.insert(m_rows[row].firstLine);
    rebuildRows();
    return true;
}

int DiffDocument::reveal(int line)
{
    if (line < 0 || line >= m_lines.size())
        return -1;
    if (m_rowOfLine[line] < 0) {
        for (int r = 0; r < int(m_rows.size()); ++r) {
            const Row &row = m_rows[r];
            if (row.folded && line >= row.firstLine && line < row.firstLine + row.lineCount) {
                unfold(r);
                break;
            }
        }
    }
    return m_rowOfLine.value(line, -1);
}

int DiffDocument::lineAtOffset(qsizetype offset, bool oldSide) const
{
    // Lines are in reading order; moved-to lines break the order of the old
    // side and moved-from lines that of the new, so scan (thousands of lines
    // at most, once per click).
    for (int i = 0; i < int(m_lines.size()); ++i) {
        const RedlineLine &l = m_lines[i];
        if (oldSide ? !l.hasLeft : !l.hasRight)
            continue;
        const qsizetype start = oldSide ? l.leftStart : l.rightStart;
        const qsizetype length = oldSide ? l.leftLength : l.rightLength;
        if (offset >= start && offset < start + std::max<qsizetype>(length, 1))
            return i;
    }
    return -1;
}

int DiffDocument::counterpart(int line) const
{
    if (line < 0 || line >= m_lines.size())
        return -1;
    const RedlineLine &l = m_lines[line];
    if (l.moveId < 0)
        return -1;
    const RedlineLine::Kind other = l.kind == RedlineLine::Kind::MovedFrom
                                        ? RedlineLine::Kind::MovedTo
                                        : RedlineLine::Kind::MovedFrom;
    // The same block of the move: the n-th line of the move at one end is the
    // n-th at the other.
    int nth = 0;
    for (int i = 0; i < line; ++i)
        nth += m_lines[i].moveId == l.moveId && m_lines[i].kind == l.kind ? 1 : 0;
    for (int i = 0; i < int(m_lines.size()); ++i)
        if (m_lines[i].moveId == l.moveId && m_lines[i].kind == other && nth-- == 0)
            return i;
    return -1;
}

} // namespace cw::ui
