#include "diff/VersionDiffer.h"

#include "diff/block/BlockAligner.h"
#include "diff/block/BlockKeys.h"
#include "diff/block/BlockSplitter.h"
#include "diff/block/WordBags.h"
#include "diff/token/BlockTokens.h"
#include "diff/token/RowDiffer.h"
#include "diff/token/TokenInterner.h"
#include "diff/token/Tokenizer.h"

#include <QCoreApplication>
#include <QHash>

namespace cw {

namespace {

using ARow = BlockAligner::Row;

// Turns the block alignment into hunks, rows and spans, word-diffing the rows
// that need it, and keeps the statistics.
class HunkBuilder
{
public:
    HunkBuilder(VersionDiff &out, RowDiffer &rows, const std::atomic_bool *cancel)
        : m_out(out), m_rowDiffer(rows), m_cancel(cancel),
          m_left(out.oldText), m_right(out.newText)
    {
    }

    // False when cancelled.
    bool build(const BlockAligner::Alignment &alignment)
    {
        for (const BlockAligner::Move &m : alignment.moves) {
            DiffMove move;
            move.id = int(m_out.moves.size());
            move.leftBlock = m.leftBegin;
            move.rightBlock = m.rightBegin;
            move.blockCount = m.count;
            const DiffBlock &l0 = m_out.leftBlocks[m.leftBegin];
            const DiffBlock &l1 = m_out.leftBlocks[m.leftBegin + m.count - 1];
            const DiffBlock &r0 = m_out.rightBlocks[m.rightBegin];
            const DiffBlock &r1 = m_out.rightBlocks[m.rightBegin + m.count - 1];
            move.leftStart = l0.start;
            move.leftLength = l1.end() - l0.start;
            move.rightStart = r0.start;
            move.rightLength = r1.end() - r0.start;
            move.similarity = m.similarity;
            m_out.moves.append(move);
        }
        int sincePoll = 0;
        for (const ARow &row : alignment.rows) {
            if (++sincePoll == 64) {
                sincePoll = 0;
                if (m_cancel && m_cancel->load(std::memory_order_relaxed))
                    return false;
            }
            addRow(row);
        }
        closeHunk();
        return true;
    }

private:
    QStringView leftView(const DiffBlock &b) const { return m_left.mid(b.start, b.length); }
    QStringView rightView(const DiffBlock &b) const { return m_right.mid(b.start, b.length); }

    bool numberingDiffers(int l, int r) const
    {
        const DiffBlock &a = m_out.leftBlocks[l];
        const DiffBlock &b = m_out.rightBlocks[r];
        return m_left.mid(a.numberStart, a.bodyStart - a.numberStart).trimmed()
               != m_right.mid(b.numberStart, b.bodyStart - b.numberStart).trimmed();
    }

    // True when every change of the spans lies within the markers and section
    // numbers of blocks l and r.
    bool changesOnlyInPrefix(const QList<DiffSpan> &spans, int l, int r) const
    {
        const DiffBlock &a = m_out.leftBlocks[l];
        const DiffBlock &b = m_out.rightBlocks[r];
        for (const DiffSpan &s : spans) {
            if (s.kind == DiffSpan::Kind::Delete
                && (s.leftStart < a.start || s.leftStart + s.leftLength > a.bodyStart))
                return false;
            if (s.kind == DiffSpan::Kind::Insert
                && (s.rightStart < b.start || s.rightStart + s.rightLength > b.bodyStart))
                return false;
        }
        return true;
    }

    void fillLeft(DiffRow &row, int begin, int end) const
    {
        row.leftBlock = begin;
        row.leftBlockCount = end - begin;
        row.leftStart = m_out.leftBlocks[begin].start;
        row.leftLength = m_out.leftBlocks[end - 1].end() - row.leftStart;
    }

    void fillRight(DiffRow &row, int begin, int end) const
    {
        row.rightBlock = begin;
        row.rightBlockCount = end - begin;
        row.rightStart = m_out.rightBlocks[begin].start;
        row.rightLength = m_out.rightBlocks[end - 1].end() - row.rightStart;
    }

    qsizetype leftPosition(int block) const
    {
        return block < m_out.leftBlocks.size() ? m_out.leftBlocks[block].start : m_left.size();
    }

    qsizetype rightPosition(int block) const
    {
        return block < m_out.rightBlocks.size() ? m_out.rightBlocks[block].start : m_right.size();
    }

    void addRow(const ARow &a)
    {
        switch (a.kind) {
        case ARow::Kind::Matched: addMatched(a.leftBegin, a.rightBegin); return;
        case ARow::Kind::Paired: addPaired(a); return;
        case ARow::Kind::Deleted: {
            DiffRow row;
            row.kind = DiffRow::Kind::Deleted;
            fillLeft(row, a.leftBegin, a.leftEnd);
            row.rightStart = rightPosition(m_rightCursor);
            row.spans.append({DiffSpan::Kind::Delete, row.leftStart, row.leftLength, row.rightStart, 0});
            m_out.stats.wordsRemoved += Tokenizer::countWords(m_left, row.leftStart, row.leftStart + row.leftLength);
            ++m_out.stats.blocksRemoved;
            place(std::move(row), 1, 0);
            return;
        }
        case ARow::Kind::Inserted: {
            DiffRow row;
            row.kind = DiffRow::Kind::Inserted;
            fillRight(row, a.rightBegin, a.rightEnd);
            row.leftStart = leftPosition(m_leftCursor);
            row.spans.append({DiffSpan::Kind::Insert, row.leftStart, 0, row.rightStart, row.rightLength});
            m_out.stats.wordsAdded += Tokenizer::countWords(m_right, row.rightStart, row.rightStart + row.rightLength);
            ++m_out.stats.blocksAdded;
            place(std::move(row), 0, 1);
            return;
        }
        case ARow::Kind::MovedFrom:
        case ARow::Kind::MovedTo: addMoved(a); return;
        }
    }

    void addMatched(int l, int r)
    {
        const DiffBlock &lb = m_out.leftBlocks[l];
        const DiffBlock &rb = m_out.rightBlocks[r];
        // Bodies are equal under the options: the only visible difference can
        // be in the markers or the section number.
        if (m_left.mid(lb.start, lb.bodyStart - lb.start) == m_right.mid(rb.start, rb.bodyStart - rb.start)) {
            equalBlock(l, r);
            return;
        }
        RowDiffer::Result d = m_rowDiffer.diffBlocks(l, l + 1, r, r + 1);
        if (!d.changed) {
            equalBlock(l, r);
            return;
        }
        DiffRow row;
        row.kind = DiffRow::Kind::Modified;
        fillLeft(row, l, l + 1);
        fillRight(row, r, r + 1);
        row.similarity = d.similarity;
        row.renumbered = numberingDiffers(l, r);
        countChange(row, d, 1);
        row.spans = std::move(d.spans);
        place(std::move(row), 1, 1);
    }

    void addPaired(const ARow &a)
    {
        const int lc = a.leftEnd - a.leftBegin, rc = a.rightEnd - a.rightBegin;
        RowDiffer::Result d = m_rowDiffer.diffBlocks(a.leftBegin, a.leftEnd, a.rightBegin, a.rightEnd);
        if (!d.changed && lc == 1 && rc == 1) {
            equalBlock(a.leftBegin, a.rightBegin);
            return;
        }
        DiffRow row;
        row.kind = d.changed ? DiffRow::Kind::Modified : DiffRow::Kind::Equal;
        fillLeft(row, a.leftBegin, a.leftEnd);
        fillRight(row, a.rightBegin, a.rightEnd);
        row.similarity = d.similarity;
        row.renumbered = numberingDiffers(a.leftBegin, a.rightBegin);
        if (d.changed)
            countChange(row, d, std::max(lc, rc));
        row.spans = std::move(d.spans);
        place(std::move(row), lc, rc);
    }

    // A pure renumbering counts as such, not as modified blocks or words.
    bool renumberedOnly(const DiffRow &row, const RowDiffer::Result &d) const
    {
        return row.renumbered && row.leftBlockCount == 1 && row.rightBlockCount == 1
               && changesOnlyInPrefix(d.spans, row.leftBlock, row.rightBlock);
    }

    void countChange(const DiffRow &row, const RowDiffer::Result &d, int blocks)
    {
        if (renumberedOnly(row, d)) {
            ++m_out.stats.blocksRenumbered;
            return;
        }
        m_out.stats.wordsAdded += d.insertedWords;
        m_out.stats.wordsRemoved += d.deletedWords;
        m_out.stats.blocksModified += blocks;
    }

    void addMoved(const ARow &a)
    {
        const DiffBlock &lb = m_out.leftBlocks[a.leftBegin];
        const DiffBlock &rb = m_out.rightBlocks[a.rightBegin];
        // Both rows of a moved block share one word diff.
        auto it = m_moveDiffs.find(a.leftBegin);
        RowDiffer::Result d;
        if (it != m_moveDiffs.end()) {
            d = it.value();
            m_moveDiffs.erase(it);
        } else if (leftView(lb) == rightView(rb)) {
            // Moved verbatim: one span, no word diff needed.
            d.spans.append({DiffSpan::Kind::Equal, lb.start, lb.length, rb.start, rb.length});
            d.equalWords = Tokenizer::countWords(m_right, rb.start, rb.end());
            m_moveDiffs.insert(a.leftBegin, d);
        } else {
            d = m_rowDiffer.diffBlocks(a.leftBegin, a.leftEnd, a.rightBegin, a.rightEnd);
            m_moveDiffs.insert(a.leftBegin, d);
        }
        DiffRow row;
        row.moveId = a.moveId;
        fillLeft(row, a.leftBegin, a.leftEnd);
        fillRight(row, a.rightBegin, a.rightEnd);
        row.similarity = d.similarity;
        row.renumbered = numberingDiffers(a.leftBegin, a.rightBegin);
        if (a.kind == ARow::Kind::MovedFrom) {
            row.kind = DiffRow::Kind::MovedFrom;
            for (DiffSpan s : std::as_const(d.spans)) {
                if (s.kind == DiffSpan::Kind::Insert)
                    continue;
                if (s.kind == DiffSpan::Kind::Equal)
                    s.kind = DiffSpan::Kind::MovedFrom;
                row.spans.append(s);
            }
            place(std::move(row), 1, 0);
            return;
        }
        row.kind = DiffRow::Kind::MovedTo;
        for (DiffSpan s : std::as_const(d.spans)) {
            if (s.kind == DiffSpan::Kind::Equal)
                s.kind = DiffSpan::Kind::MovedTo;
            row.spans.append(s);
        }
        m_out.stats.wordsMoved += d.equalWords;
        if (!renumberedOnly(row, d)) {
            m_out.stats.wordsAdded += d.insertedWords;
            m_out.stats.wordsRemoved += d.deletedWords;
        }
        ++m_out.stats.blocksMoved;
        m_out.moves[a.moveId].words += d.equalWords;
        place(std::move(row), 0, 1);
    }

    void equalBlock(int l, int r)
    {
        Q_ASSERT(l == m_leftCursor && r == m_rightCursor);
        if (m_open && m_hunk.changed)
            closeHunk();
        if (!m_open)
            openHunk(false);
        ++m_leftCursor;
        ++m_rightCursor;
    }

    // Appends a row that occupies `lc` left and `rc` right blocks at the cursors.
    void place(DiffRow &&row, int lc, int rc)
    {
        if (m_open && !m_hunk.changed)
            closeHunk();
        if (!m_open)
            openHunk(true);
        m_hunk.rows.append(std::move(row));
        m_leftCursor += lc;
        m_rightCursor += rc;
    }

    void openHunk(bool changed)
    {
        m_hunk = DiffHunk();
        m_hunk.changed = changed;
        m_hunk.leftBlock = m_leftCursor;
        m_hunk.rightBlock = m_rightCursor;
        m_open = true;
    }

    void closeHunk()
    {
        if (!m_open)
            return;
        m_open = false;
        DiffHunk &h = m_hunk;
        h.leftBlockCount = m_leftCursor - h.leftBlock;
        h.rightBlockCount = m_rightCursor - h.rightBlock;
        h.leftStart = leftPosition(h.leftBlock);
        h.rightStart = rightPosition(h.rightBlock);
        if (h.leftBlockCount > 0)
            h.leftLength = m_out.leftBlocks[m_leftCursor - 1].end() - h.leftStart;
        if (h.rightBlockCount > 0)
            h.rightLength = m_out.rightBlocks[m_rightCursor - 1].end() - h.rightStart;
        m_out.hunks.append(std::move(h));
    }

    VersionDiff &m_out;
    RowDiffer &m_rowDiffer;
    const std::atomic_bool *m_cancel;
    QStringView m_left;
    QStringView m_right;
    QHash<int, RowDiffer::Result> m_moveDiffs;
    DiffHunk m_hunk;
    bool m_open = false;
    int m_leftCursor = 0;
    int m_rightCursor = 0;
};

VersionDiff cancelledResult(const QString &oldText, const QString &newText)
{
    VersionDiff d;
    d.oldText = oldText;
    d.newText = newText;
    d.cancelled = true;
    return d;
}

} // namespace

qint64 VersionDiffer::automaticWorkBudget(qsizetype oldSize, qsizetype newSize)
{
    return 20'000'000 + 25 * qint64(oldSize + newSize);
}

VersionDiff VersionDiffer::diff(const QString &oldText, const QString &newText,
                                const DiffOptions &options, const std::atomic_bool *cancel)
{
    auto cancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };
    VersionDiff out;
    out.oldText = oldText;
    out.newText = newText;
    out.leftBlocks = BlockSplitter::split(oldText);
    out.rightBlocks = BlockSplitter::split(newText);
    if (cancelled())
        return cancelledResult(oldText, newText);

    TokenInterner interner(options.ignoreCase);
    DiffBudget budget;
    budget.remaining = options.workBudget > 0
                           ? options.workBudget
                           : automaticWorkBudget(oldText.size(), newText.size());
    const qint64 initialBudget = budget.remaining;
    budget.maxEditCost = options.maxEditCost;
    budget.cancel = cancel;

    BlockTokens leftTokens(oldText, out.leftBlocks, interner);
    BlockTokens rightTokens(newText, out.rightBlocks, interner);
    const BlockKeys::Keys keys = BlockKeys::compute(leftTokens, rightTokens, options);
    if (cancelled())
        return cancelledResult(oldText, newText);
    WordBags leftWords(leftTokens);
    WordBags rightWords(rightTokens);
    const BlockAligner::Alignment alignment =
        BlockAligner::align(keys.left, keys.right, keys.count, out.leftBlocks, out.rightBlocks,
                            leftWords, rightWords, options, budget);
    if (budget.cancelled || cancelled())
        return cancelledResult(oldText, newText);

    RowDiffer rowDiffer(leftTokens, rightTokens, options, budget);
    HunkBuilder builder(out, rowDiffer, cancel);
    if (!builder.build(alignment) || budget.cancelled)
        return cancelledResult(oldText, newText);

    out.work = initialBudget - budget.remaining;
    if (budget.exhausted) {
        out.fallbackUsed = true;
        out.fallbackReason = QCoreApplication::translate(
            "cw::VersionDiffer",
            "The comparison reached its work limit: some changed passages are shown as whole "
            "replacements instead of word by word.");
    } else if (budget.heuristicUsed) {
        out.fallbackUsed = true;
        out.fallbackReason = QCoreApplication::translate(
            "cw::VersionDiffer",
            "%n heavily rewritten passage(s) were compared approximately (work bound reached): "
            "the redline is correct there but may mark more than the minimum.",
            nullptr, budget.approximatedRuns);
    }
    return out;
}

} // namespace cw
