#include "diff/DiffTextRenderer.h"

#include <QStringBuilder>

namespace cw {

namespace {

QString visible(QStringView s)
{
    QString out = s.toString();
    out.replace(QLatin1Char('\n'), QChar(0x00B6));
    return out;
}

QString spansText(const VersionDiff &d, const DiffRow &row)
{
    QString out;
    const bool leftRow = row.kind == DiffRow::Kind::MovedFrom;
    for (const DiffSpan &s : row.spans) {
        const QStringView l = QStringView(d.oldText).mid(s.leftStart, s.leftLength);
        const QStringView r = QStringView(d.newText).mid(s.rightStart, s.rightLength);
        switch (s.kind) {
        case DiffSpan::Kind::Equal: out += visible(leftRow ? l : r); break;
        case DiffSpan::Kind::MovedFrom: out += visible(l); break;
        case DiffSpan::Kind::MovedTo: out += visible(r); break;
        case DiffSpan::Kind::Delete: out += u"[-" % visible(l) % u"-]"; break;
        case DiffSpan::Kind::Insert: out += u"{+" % visible(r) % u"+}"; break;
        }
    }
    return out;
}

QString rowLine(const VersionDiff &d, const DiffRow &row)
{
    switch (row.kind) {
    case DiffRow::Kind::Equal: return u"= " % spansText(d, row);
    case DiffRow::Kind::Modified:
        return u"~ " % spansText(d, row) % (row.renumbered ? u"  (renumbered)" : u"");
    case DiffRow::Kind::Deleted: return u"- " % spansText(d, row);
    case DiffRow::Kind::Inserted: return u"+ " % spansText(d, row);
    case DiffRow::Kind::MovedFrom:
        return u"< [move " % QString::number(row.moveId) % u"] " % spansText(d, row);
    case DiffRow::Kind::MovedTo:
        return u"> [move " % QString::number(row.moveId) % u"] " % spansText(d, row);
    }
    return {};
}

} // namespace

QString DiffTextRenderer::render(const VersionDiff &d, const Options &options)
{
    QString out;
    if (options.header) {
        const DiffStats &s = d.stats;
        out += QStringLiteral("stats: words +%1 -%2 moved %3; blocks added %4, removed %5, "
                              "modified %6, moved %7, renumbered %8\n")
                   .arg(s.wordsAdded)
                   .arg(s.wordsRemoved)
                   .arg(s.wordsMoved)
                   .arg(s.blocksAdded)
                   .arg(s.blocksRemoved)
                   .arg(s.blocksModified)
                   .arg(s.blocksMoved)
                   .arg(s.blocksRenumbered);
        out += u"fallback: " % (d.fallbackUsed ? d.fallbackReason : QStringLiteral("none")) % u'\n';
        for (const DiffMove &m : d.moves)
            out += QStringLiteral("move %1: left blocks %2-%3 -> right blocks %4-%5, similarity "
                                  "%6, %7 words\n")
                       .arg(m.id)
                       .arg(m.leftBlock)
                       .arg(m.leftBlock + m.blockCount - 1)
                       .arg(m.rightBlock)
                       .arg(m.rightBlock + m.blockCount - 1)
                       .arg(double(m.similarity), 0, 'f', 2)
                       .arg(m.words);
        out += u"--\n";
    }
    for (qsizetype hi = 0; hi < d.hunks.size(); ++hi) {
        const DiffHunk &h = d.hunks[hi];
        if (h.changed) {
            for (const DiffRow &row : h.rows)
                out += rowLine(d, row) % u'\n';
            continue;
        }
        const int n = h.leftBlockCount;
        const int ctx = options.equalContext;
        const bool before = hi > 0, after = hi + 1 < d.hunks.size();
        for (int k = 0; k < n; ++k) {
            const bool shown = ctx < 0 || (after && k >= n - ctx) || (before && k < ctx);
            if (!shown) {
                const int skipTo = after ? n - ctx : n;
                out += QStringLiteral("  … %1 unchanged\n").arg(skipTo - k);
                k = skipTo - 1;
                continue;
            }
            const DiffBlock &lb = d.leftBlocks[h.leftBlock + k];
            const DiffBlock &rb = d.rightBlocks[h.rightBlock + k];
            const QStringView l = QStringView(d.oldText).mid(lb.start, lb.length);
            const QStringView r = QStringView(d.newText).mid(rb.start, rb.length);
            out += (l == r ? u"= " : u"≈ ") % r % u'\n';
        }
    }
    return out;
}

} // namespace cw
