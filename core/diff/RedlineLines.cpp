#include "diff/RedlineLines.h"

namespace cw {

namespace {

RedlineLine::Kind lineKind(DiffRow::Kind k)
{
    switch (k) {
    case DiffRow::Kind::Modified:
        return RedlineLine::Kind::Modified;
    case DiffRow::Kind::Deleted:
        return RedlineLine::Kind::Deleted;
    case DiffRow::Kind::Inserted:
        return RedlineLine::Kind::Inserted;
    case DiffRow::Kind::MovedFrom:
        return RedlineLine::Kind::MovedFrom;
    case DiffRow::Kind::MovedTo:
        return RedlineLine::Kind::MovedTo;
    case DiffRow::Kind::Equal:
        break;
    }
    return RedlineLine::Kind::Equal;
}

const DiffRow *rowOf(const VersionDiff &d, const RedlineLine &line)
{
    if (line.row < 0 || line.hunk < 0 || line.hunk >= d.hunks.size())
        return nullptr;
    const DiffHunk &h = d.hunks[line.hunk];
    return line.row < h.rows.size() ? &h.rows[line.row] : nullptr;
}

void addMark(RedlineText &t, qsizetype start, qsizetype length, RedlineMark::Style style)
{
    if (length <= 0)
        return;
    // Adjacent marks of one style read as one.
    if (!t.marks.isEmpty()) {
        RedlineMark &last = t.marks.last();
        if (last.style == style && last.start + last.length == start) {
            last.length += int(length);
            return;
        }
    }
    t.marks.append({int(start), int(length), style});
}

/// Removes the Markdown heading marks ("## ") in front of the text, moving the
/// marks with it.
void stripHeadingMarks(RedlineText &t)
{
    int n = 0;
    while (n < t.text.size() && n < 6 && t.text[n] == QLatin1Char('#'))
        ++n;
    if (n == 0 || n >= t.text.size() || t.text[n] != QLatin1Char(' '))
        return;
    const int p = n + 1;
    t.text.remove(0, p);
    QList<RedlineMark> kept;
    for (RedlineMark m : std::as_const(t.marks)) {
        const int start = std::max(m.start - p, 0);
        const int end = std::max(m.start + m.length - p, 0);
        if (end > start) {
            m.start = start;
            m.length = end - start;
            kept.append(m);
        }
    }
    t.marks = kept;
}

} // namespace

QList<RedlineLine> RedlineLines::lines(const VersionDiff &d)
{
    QList<RedlineLine> out;
    out.reserve(std::max(d.leftBlocks.size(), d.rightBlocks.size()));
    for (int hi = 0; hi < int(d.hunks.size()); ++hi) {
        const DiffHunk &h = d.hunks[hi];
        if (!h.changed) {
            for (int k = 0; k < h.leftBlockCount; ++k) {
                const DiffBlock &lb = d.leftBlocks[h.leftBlock + k];
                const DiffBlock &rb = d.rightBlocks[h.rightBlock + k];
                RedlineLine l;
                l.hunk = hi;
                l.indexInHunk = k;
                l.blockKind = rb.kind;
                l.level = rb.level;
                l.leftStart = lb.start;
                l.leftLength = lb.length;
                l.rightStart = rb.start;
                l.rightLength = rb.length;
                l.hasLeft = l.hasRight = true;
                out.append(l);
            }
            continue;
        }
        for (int ri = 0; ri < int(h.rows.size()); ++ri) {
            const DiffRow &r = h.rows[ri];
            RedlineLine l;
            l.kind = lineKind(r.kind);
            l.hunk = hi;
            l.row = ri;
            l.indexInHunk = ri;
            l.moveId = r.moveId;
            l.renumbered = r.renumbered;
            l.similarity = r.similarity;
            l.leftStart = r.leftStart;
            l.leftLength = r.leftLength;
            l.rightStart = r.rightStart;
            l.rightLength = r.rightLength;
            l.hasLeft = r.leftBlockCount > 0 && r.kind != DiffRow::Kind::Inserted &&
                        r.kind != DiffRow::Kind::MovedTo;
            l.hasRight = r.rightBlockCount > 0 && r.kind != DiffRow::Kind::Deleted &&
                         r.kind != DiffRow::Kind::MovedFrom;
            const bool readLeft = !l.hasRight;
            const int b = readLeft ? r.leftBlock : r.rightBlock;
            const QList<DiffBlock> &blocks = readLeft ? d.leftBlocks : d.rightBlocks;
            if (b >= 0 && b < blocks.size()) {
                l.blockKind = blocks[b].kind;
                l.level = blocks[b].level;
            }
            out.append(l);
        }
    }
    return out;
}

RedlineText RedlineLines::leftText(const VersionDiff &d, const RedlineLine &line)
{
    RedlineText t;
    if (!line.hasLeft)
        return t;
    t.text = d.oldText.mid(line.leftStart, line.leftLength);
    if (line.kind == RedlineLine::Kind::Deleted) {
        addMark(t, 0, t.text.size(), RedlineMark::Style::Delete);
    } else if (const DiffRow *r = rowOf(d, line)) {
        for (const DiffSpan &s : r->spans) {
            if (s.kind == DiffSpan::Kind::Delete)
                addMark(t, s.leftStart - line.leftStart, s.leftLength, RedlineMark::Style::Delete);
            else if (s.kind == DiffSpan::Kind::MovedFrom)
                addMark(t, s.leftStart - line.leftStart, s.leftLength,
                        RedlineMark::Style::MovedFrom);
        }
    }
    stripHeadingMarks(t);
    return t;
}

RedlineText RedlineLines::rightText(const VersionDiff &d, const RedlineLine &line)
{
    RedlineText t;
    if (!line.hasRight)
        return t;
    t.text = d.newText.mid(line.rightStart, line.rightLength);
    if (line.kind == RedlineLine::Kind::Inserted) {
        addMark(t, 0, t.text.size(), RedlineMark::Style::Insert);
    } else if (const DiffRow *r = rowOf(d, line)) {
        for (const DiffSpan &s : r->spans) {
            if (s.kind == DiffSpan::Kind::Insert)
                addMark(t, s.rightStart - line.rightStart, s.rightLength,
                        RedlineMark::Style::Insert);
            else if (s.kind == DiffSpan::Kind::MovedTo)
                addMark(t, s.rightStart - line.rightStart, s.rightLength,
                        RedlineMark::Style::MovedTo);
        }
    }
    stripHeadingMarks(t);
    return t;
}

RedlineText RedlineLines::inlineText(const VersionDiff &d, const RedlineLine &line)
{
    switch (line.kind) {
    case RedlineLine::Kind::Equal:
        return line.hasRight ? rightText(d, line) : leftText(d, line);
    case RedlineLine::Kind::Deleted:
    case RedlineLine::Kind::MovedFrom:
        return leftText(d, line);
    case RedlineLine::Kind::Inserted:
        return rightText(d, line);
    case RedlineLine::Kind::Modified:
    case RedlineLine::Kind::MovedTo:
        break;
    }
    RedlineText t;
    const DiffRow *r = rowOf(d, line);
    if (!r)
        return rightText(d, line);
    for (const DiffSpan &s : r->spans) {
        const QStringView oldPart = QStringView(d.oldText).mid(s.leftStart, s.leftLength);
        const QStringView newPart = QStringView(d.newText).mid(s.rightStart, s.rightLength);
        const qsizetype at = t.text.size();
        switch (s.kind) {
        case DiffSpan::Kind::Equal:
            t.text += newPart;
            break;
        case DiffSpan::Kind::Insert:
            t.text += newPart;
            addMark(t, at, newPart.size(), RedlineMark::Style::Insert);
            break;
        case DiffSpan::Kind::Delete:
            t.text += oldPart;
            addMark(t, at, oldPart.size(), RedlineMark::Style::Delete);
            break;
        case DiffSpan::Kind::MovedTo:
            t.text += newPart;
            addMark(t, at, newPart.size(), RedlineMark::Style::MovedTo);
            break;
        case DiffSpan::Kind::MovedFrom:
            t.text += oldPart;
            addMark(t, at, oldPart.size(), RedlineMark::Style::MovedFrom);
            break;
        }
    }
    stripHeadingMarks(t);
    return t;
}

QList<int> RedlineLines::changeIndexes(const QList<RedlineLine> &lines)
{
    QList<int> out(lines.size(), -1);
    int next = -1;
    bool inChange = false;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (lines[i].isChange()) {
            if (!inChange)
                ++next;
            inChange = true;
            out[i] = next;
        } else {
            inChange = false;
        }
    }
    return out;
}

} // namespace cw
