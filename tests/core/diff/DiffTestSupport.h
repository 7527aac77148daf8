#pragma once

// Helpers shared by the diff tests: options files, structural invariants of a
// VersionDiff, and a compact rendering of spans.

#include "diff/DiffOptions.h"
#include "diff/VersionDiff.h"
#include "diff/token/Tokenizer.h"

#include <QFile>
#include <QString>
#include <QStringList>

namespace cw::test {

inline QString readUtf8(const QString &path, bool *ok = nullptr)
{
    QFile f(path);
    const bool opened = f.open(QIODevice::ReadOnly);
    if (ok)
        *ok = opened;
    return opened ? QString::fromUtf8(f.readAll()) : QString();
}

/// Parses the lines of a `<case>_options.txt` (see tests/data/diff/README.md).
/// Unknown lines are reported through `error`.
inline DiffOptions parseOptions(const QString &text, QString *error)
{
    DiffOptions o;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (line == QLatin1String("ignoreWhitespace"))
            o.ignoreWhitespace = true;
        else if (line == QLatin1String("ignoreCase"))
            o.ignoreCase = true;
        else if (line == QLatin1String("ignorePunctuation"))
            o.ignorePunctuation = true;
        else if (line == QLatin1String("ignoreFormatting"))
            o.ignoreFormatting = true;
        else if (line == QLatin1String("noMoves"))
            o.detectMoves = false;
        else if (line == QLatin1String("noCleanup"))
            o.semanticCleanup = false;
        else if (line.startsWith(QLatin1String("maxEditCost=")))
            o.maxEditCost = line.mid(12).toInt();
        else if (line.startsWith(QLatin1String("workBudget=")))
            o.workBudget = line.mid(11).toLongLong();
        else if (error)
            *error += QStringLiteral("unknown option '%1'; ").arg(line);
    }
    return o;
}

/// Checks the contracts documented on VersionDiff, DiffHunk, DiffRow and
/// DiffSpan. Returns an empty string when they hold, else what broke.
inline QString checkInvariants(const VersionDiff &d, const DiffOptions &options)
{
    const QStringView left(d.oldText), right(d.newText);
    const int nl = int(d.leftBlocks.size()), nr = int(d.rightBlocks.size());
    auto fail = [](const QString &what) { return what; };
    auto leftEnd = [&](int b) { return d.leftBlocks[b].end(); };
    auto rightEnd = [&](int b) { return d.rightBlocks[b].end(); };

    int lc = 0, rc = 0; // block cursors in document order
    int wordsAdded = 0, wordsRemoved = 0, wordsMoved = 0;
    QList<int> movedFromSeen(d.moves.size(), 0), movedToSeen(d.moves.size(), 0);
    for (qsizetype hi = 0; hi < d.hunks.size(); ++hi) {
        const DiffHunk &h = d.hunks[hi];
        const QString where = QStringLiteral("hunk %1: ").arg(hi);
        if (h.leftBlock != lc || h.rightBlock != rc)
            return fail(where + QStringLiteral("does not start at the cursors (%1,%2) vs (%3,%4)")
                                    .arg(h.leftBlock).arg(h.rightBlock).arg(lc).arg(rc));
        if (hi > 0 && d.hunks[hi - 1].changed == h.changed)
            return fail(where + QStringLiteral("two hunks of the same kind in a row"));
        if (!h.changed) {
            if (h.leftBlockCount != h.rightBlockCount || h.leftBlockCount == 0 || !h.rows.isEmpty())
                return fail(where + QStringLiteral("bad unchanged hunk"));
            lc += h.leftBlockCount;
            rc += h.rightBlockCount;
            continue;
        }
        if (h.rows.isEmpty())
            return fail(where + QStringLiteral("changed hunk without rows"));
        for (qsizetype ri = 0; ri < h.rows.size(); ++ri) {
            const DiffRow &r = h.rows[ri];
            const QString at = where + QStringLiteral("row %1: ").arg(ri);
            const bool placedLeft = r.leftBlockCount > 0 && r.kind != DiffRow::Kind::MovedTo;
            const bool placedRight = r.rightBlockCount > 0 && r.kind != DiffRow::Kind::MovedFrom;
            if (placedLeft) {
                if (r.leftBlock != lc)
                    return fail(at + QStringLiteral("left block %1, cursor %2").arg(r.leftBlock).arg(lc));
                lc += r.leftBlockCount;
            }
            if (placedRight) {
                if (r.rightBlock != rc)
                    return fail(at + QStringLiteral("right block %1, cursor %2").arg(r.rightBlock).arg(rc));
                rc += r.rightBlockCount;
            }
            if (r.leftBlockCount > 0
                && (r.leftStart != d.leftBlocks[r.leftBlock].start
                    || r.leftStart + r.leftLength != leftEnd(r.leftBlock + r.leftBlockCount - 1)))
                return fail(at + QStringLiteral("left range does not match its blocks"));
            if (r.rightBlockCount > 0
                && (r.rightStart != d.rightBlocks[r.rightBlock].start
                    || r.rightStart + r.rightLength != rightEnd(r.rightBlock + r.rightBlockCount - 1)))
                return fail(at + QStringLiteral("right range does not match its blocks"));
            const bool moved = r.kind == DiffRow::Kind::MovedFrom || r.kind == DiffRow::Kind::MovedTo;
            if (moved != (r.moveId >= 0) || r.moveId >= d.moves.size())
                return fail(at + QStringLiteral("bad move id"));
            if (r.kind == DiffRow::Kind::MovedFrom)
                ++movedFromSeen[r.moveId];
            if (r.kind == DiffRow::Kind::MovedTo)
                ++movedToSeen[r.moveId];

            // Pure renumberings do not count as added or removed words.
            bool onlyNumbering = r.renumbered && r.leftBlockCount == 1 && r.rightBlockCount == 1;
            for (const DiffSpan &s : r.spans) {
                const DiffBlock &lb = d.leftBlocks[r.leftBlock >= 0 ? r.leftBlock : 0];
                const DiffBlock &rb = d.rightBlocks[r.rightBlock >= 0 ? r.rightBlock : 0];
                if (s.kind == DiffSpan::Kind::Delete
                    && (s.leftStart < lb.start || s.leftStart + s.leftLength > lb.bodyStart))
                    onlyNumbering = false;
                if (s.kind == DiffSpan::Kind::Insert
                    && (s.rightStart < rb.start || s.rightStart + s.rightLength > rb.bodyStart))
                    onlyNumbering = false;
            }

            // Tiling: left-side spans cover the left range, right-side spans the right.
            qsizetype pl = r.leftStart, pr = r.rightStart;
            const bool tileRight = r.kind != DiffRow::Kind::MovedFrom;
            bool anyChange = false;
            for (const DiffSpan &s : r.spans) {
                const bool onLeft = s.kind != DiffSpan::Kind::Insert;
                // MovedFrom spans also say where their text went (not tiled).
                const bool onRight = s.kind != DiffSpan::Kind::Delete && s.kind != DiffSpan::Kind::MovedFrom;
                if (s.leftLength == 0 && s.rightLength == 0)
                    return fail(at + QStringLiteral("empty span"));
                if (onLeft) {
                    if (s.leftStart != pl)
                        return fail(at + QStringLiteral("left gap/overlap at %1 (span at %2)").arg(pl).arg(s.leftStart));
                    pl += s.leftLength;
                } else if (s.leftLength != 0) {
                    return fail(at + QStringLiteral("insert span with left length"));
                }
                if (onRight && tileRight) {
                    if (s.rightStart != pr)
                        return fail(at + QStringLiteral("right gap/overlap at %1 (span at %2)").arg(pr).arg(s.rightStart));
                    pr += s.rightLength;
                } else if (s.kind == DiffSpan::Kind::Delete && s.rightLength != 0) {
                    return fail(at + QStringLiteral("left-only span with right length"));
                }
                const QStringView lt = left.mid(s.leftStart, s.leftLength);
                const QStringView rt = right.mid(s.rightStart, s.rightLength);
                const bool sameKind = s.kind == DiffSpan::Kind::Equal || s.kind == DiffSpan::Kind::MovedTo
                                      || (s.kind == DiffSpan::Kind::MovedFrom);
                if (sameKind && !options.ignoresAnything() && lt != rt)
                    return fail(at + QStringLiteral("equal span differs: '%1' vs '%2'").arg(lt).arg(rt));
                const int lw = Tokenizer::countWords(left, s.leftStart, s.leftStart + s.leftLength);
                const int rw = Tokenizer::countWords(right, s.rightStart, s.rightStart + s.rightLength);
                if (s.kind == DiffSpan::Kind::Insert) {
                    anyChange = true;
                    if (r.kind != DiffRow::Kind::MovedFrom && !onlyNumbering)
                        wordsAdded += rw;
                } else if (s.kind == DiffSpan::Kind::Delete) {
                    anyChange = true;
                    if (r.kind != DiffRow::Kind::MovedFrom && !onlyNumbering)
                        wordsRemoved += lw;
                } else if (s.kind == DiffSpan::Kind::MovedTo) {
                    wordsMoved += rw;
                }
                if (r.kind == DiffRow::Kind::MovedFrom && (s.kind == DiffSpan::Kind::Equal || s.kind == DiffSpan::Kind::Insert || s.kind == DiffSpan::Kind::MovedTo))
                    return fail(at + QStringLiteral("bad span kind in a moved-from row"));
                if (r.kind == DiffRow::Kind::MovedTo && (s.kind == DiffSpan::Kind::Equal || s.kind == DiffSpan::Kind::MovedFrom))
                    return fail(at + QStringLiteral("bad span kind in a moved-to row"));
                if (!moved && (s.kind == DiffSpan::Kind::MovedFrom || s.kind == DiffSpan::Kind::MovedTo))
                    return fail(at + QStringLiteral("move span outside a moved row"));
            }
            if (r.leftBlockCount > 0 && pl != r.leftStart + r.leftLength)
                return fail(at + QStringLiteral("left spans end at %1, row at %2").arg(pl).arg(r.leftStart + r.leftLength));
            if (tileRight && r.rightBlockCount > 0 && pr != r.rightStart + r.rightLength)
                return fail(at + QStringLiteral("right spans end at %1, row at %2").arg(pr).arg(r.rightStart + r.rightLength));
            if (r.kind == DiffRow::Kind::Equal && anyChange)
                return fail(at + QStringLiteral("equal row with changes"));
            if (r.kind == DiffRow::Kind::Modified && !anyChange)
                return fail(at + QStringLiteral("modified row without changes"));
        }
        if (h.leftBlockCount != lc - h.leftBlock || h.rightBlockCount != rc - h.rightBlock)
            return fail(where + QStringLiteral("block counts do not match its rows"));
    }
    if (lc != nl || rc != nr)
        return fail(QStringLiteral("hunks cover %1/%2 left and %3/%4 right blocks").arg(lc).arg(nl).arg(rc).arg(nr));
    for (qsizetype m = 0; m < d.moves.size(); ++m)
        if (movedFromSeen[m] != d.moves[m].blockCount || movedToSeen[m] != d.moves[m].blockCount)
            return fail(QStringLiteral("move %1 has %2/%3 rows for %4 blocks").arg(m).arg(movedFromSeen[m]).arg(movedToSeen[m]).arg(d.moves[m].blockCount));
    if (!options.ignoresAnything()) {
        if (wordsAdded != d.stats.wordsAdded || wordsRemoved != d.stats.wordsRemoved
            || wordsMoved != d.stats.wordsMoved)
            return fail(QStringLiteral("stats words +%1 -%2 moved %3, spans say +%4 -%5 moved %6")
                            .arg(d.stats.wordsAdded).arg(d.stats.wordsRemoved).arg(d.stats.wordsMoved)
                            .arg(wordsAdded).arg(wordsRemoved).arg(wordsMoved));
    }
    return {};
}

} // namespace cw::test
