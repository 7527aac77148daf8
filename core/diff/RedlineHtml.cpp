#include "diff/RedlineHtml.h"

#include "diff/RedlineLines.h"

#include <QCoreApplication>

namespace cw {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cw::RedlineHtml", text);
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

// Okabe–Ito colours (distinguishable with the common colour-vision
// deficiencies); every mark also has its own line style.
const char *const kStyle = R"CSS(
@page { size: A4; margin: 16mm 14mm; }
body { font-family: "DejaVu Serif", Georgia, serif; font-size: 10.5pt; color: #1b1b1b;
       line-height: 1.45; margin: 0 auto; max-width: 60em; padding: 1em; }
h1 { font-size: 16pt; margin: 0 0 .3em 0; }
h2 { font-size: 12.5pt; margin: 1.2em 0 .4em 0; border-bottom: 1px solid #bbb; }
table { border-collapse: collapse; }
.meta td, .meta th { text-align: left; vertical-align: top; padding: 1px 10px 1px 0; font-size: 9pt; }
.meta th { color: #555; font-weight: normal; white-space: nowrap; }
.hash { font-family: "DejaVu Sans Mono", monospace; font-size: 8pt; word-break: break-all; }
.legend { font-size: 9pt; margin: .6em 0; padding: .3em .6em; border: 1px solid #ccc; }
.legend span.item { margin-right: 1.4em; white-space: nowrap; }
.summary .headline { font-weight: bold; margin: .2em 0; }
.summary ul { margin: .2em 0 .2em 1.2em; padding: 0; }
.stats { color: #444; font-size: 9pt; }
.fallback { color: #8a5a00; font-size: 9pt; }
.clauses td, .clauses th { border: 1px solid #ccc; padding: 2px 5px; font-size: 9pt; vertical-align: top; }
.clauses th { background: #f0f0f0; text-align: left; }
ins { color: #004f7a; background: #d6e9f8; text-decoration: underline; text-decoration-thickness: 1.5px; }
del { color: #9a3a00; background: #fbe0d0; text-decoration: line-through; }
.mvfrom { color: #00634a; background: #d3f0e6; text-decoration: line-through double; }
.mvto { color: #00634a; background: #d3f0e6; text-decoration: underline double; }
.l { margin: 0 0 .55em 0; page-break-inside: avoid; }
.l.changed { border-left: 3px solid #999; padding-left: 6px; }
.l.h { font-family: "DejaVu Sans", Arial, sans-serif; font-weight: bold; margin-top: .9em; }
.l.h1 { font-size: 13pt; } .l.h2 { font-size: 12pt; } .l.h3 { font-size: 11pt; }
.l.tr { font-family: "DejaVu Sans Mono", monospace; font-size: 9pt; }
.note { display: block; font-family: "DejaVu Sans", Arial, sans-serif; font-size: 8pt; color: #00634a; }
.note a { color: #00634a; }
.skip { color: #666; font-style: italic; font-size: 9pt; margin: .4em 0 .8em 0; }
.sbs { width: 100%; table-layout: fixed; }
.sbs td { vertical-align: top; width: 50%; padding: 0 8px 0 0; }
.sbs th { text-align: left; font-size: 9pt; color: #555; }
)CSS";

QString marked(const RedlineText &t)
{
    QString out;
    int at = 0;
    const auto plain = [&](int from, int to) {
        QString s = esc(t.text.mid(from, to - from));
        s.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
        out += s;
    };
    for (const RedlineMark &m : t.marks) {
        plain(at, m.start);
        const char *open = "<ins>";
        const char *close = "</ins>";
        switch (m.style) {
        case RedlineMark::Style::Insert:
            break;
        case RedlineMark::Style::Delete:
            open = "<del>";
            close = "</del>";
            break;
        case RedlineMark::Style::MovedFrom:
            open = "<span class=\"mvfrom\">";
            close = "</span>";
            break;
        case RedlineMark::Style::MovedTo:
            open = "<span class=\"mvto\">";
            close = "</span>";
            break;
        }
        out += QLatin1String(open);
        plain(m.start, m.start + m.length);
        out += QLatin1String(close);
        at = m.start + m.length;
    }
    plain(at, int(t.text.size()));
    return out;
}

QString lineClass(const RedlineLine &l)
{
    QString c = QStringLiteral("l");
    if (l.isChange())
        c += QStringLiteral(" changed");
    switch (l.blockKind) {
    case DiffBlock::Kind::Heading:
        c += QStringLiteral(" h h%1").arg(std::min<int>(l.level, 3));
        break;
    case DiffBlock::Kind::TableRow:
        c += QStringLiteral(" tr");
        break;
    case DiffBlock::Kind::ListItem:
    case DiffBlock::Kind::Paragraph:
        break;
    }
    return c;
}

QString moveNote(const RedlineLine &l)
{
    if (l.kind == RedlineLine::Kind::MovedFrom)
        return QStringLiteral(
                   "<span class=\"note\"><a id=\"move%1from\" href=\"#move%1to\">%2</a></span>")
            .arg(l.moveId)
            .arg(esc(tr("Moved away from here (move %1) — see its new place").arg(l.moveId + 1)));
    if (l.kind == RedlineLine::Kind::MovedTo)
        return QStringLiteral(
                   "<span class=\"note\"><a id=\"move%1to\" href=\"#move%1from\">%2</a></span>")
            .arg(l.moveId)
            .arg(esc(tr("Moved here (move %1) — see its old place").arg(l.moveId + 1)));
    return {};
}

QString indentStyle(const RedlineLine &l)
{
    if (l.blockKind != DiffBlock::Kind::ListItem || l.level == 0)
        return {};
    return QStringLiteral(" style=\"margin-left:%1em\"").arg(1.5 * l.level);
}

QString metaRow(const QString &label, const QString &valueHtml)
{
    return QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(label), valueHtml);
}

QString sideHtml(const RedlineHeader::Side &s)
{
    QStringList parts;
    if (!s.label.isEmpty())
        parts << QStringLiteral("<b>%1</b>").arg(esc(s.label));
    if (!s.capturedAt.isEmpty())
        parts << esc(tr("captured %1").arg(s.capturedAt));
    if (!s.declaredUpdated.isEmpty())
        parts << esc(tr("states “last updated” %1").arg(s.declaredUpdated));
    QString html = parts.join(QStringLiteral(" · "));
    if (!s.textSha256.isEmpty())
        html += QStringLiteral("<br><span class=\"hash\">%1 %2</span>")
                    .arg(esc(tr("SHA-256 of text:")), esc(s.textSha256));
    if (!s.rawSha256.isEmpty())
        html += QStringLiteral("<br><span class=\"hash\">%1 %2</span>")
                    .arg(esc(tr("SHA-256 of captured bytes:")), esc(s.rawSha256));
    if (!s.source.isEmpty())
        html += QStringLiteral("<br><span class=\"hash\">%1</span>").arg(esc(s.source));
    return html;
}

QString kindWord(const ClauseChange &c)
{
    switch (c.kind) {
    case ClauseChange::Kind::Added:
        return tr("Added");
    case ClauseChange::Kind::Removed:
        return tr("Removed");
    case ClauseChange::Kind::Modified:
        return tr("Modified");
    case ClauseChange::Kind::Moved:
        return c.wordingChanged ? tr("Moved and modified") : tr("Moved");
    case ClauseChange::Kind::Renumbered:
        return tr("Renumbered");
    case ClauseChange::Kind::Unchanged:
        break;
    }
    return tr("Unchanged");
}

QString severityWord(Severity s)
{
    switch (s) {
    case Severity::High:
        return tr("High");
    case Severity::Medium:
        return tr("Medium");
    case Severity::Low:
        break;
    }
    return tr("Low");
}

QString clauseTable(const ClauseChangeList &list)
{
    QString html =
        QStringLiteral("<section class=\"clauses\"><h2>%1</h2>").arg(esc(tr("Clause changes")));
    QList<const ClauseChange *> shown;
    for (const ClauseChange &c : list.changes)
        if (c.kind != ClauseChange::Kind::Renumbered)
            shown << &c;
    if (shown.isEmpty()) {
        html += QStringLiteral("<p>%1</p></section>").arg(esc(tr("No clause changed.")));
        return html;
    }
    html += QStringLiteral("<table><tr><th>%1</th><th>%2</th><th>%3</th><th>%4</th></tr>")
                .arg(esc(tr("Change")), esc(tr("Clause")), esc(tr("Similarity")), esc(tr("Flags")));
    for (const ClauseChange *c : std::as_const(shown)) {
        const Clause &cl = c->clause();
        QString where = cl.headingPath.isEmpty() ? QString() : cl.headingPath.last();
        if (!cl.number.isEmpty())
            where = where.isEmpty() ? cl.number : QStringLiteral("%1 — %2").arg(where, cl.number);
        QString text = cl.text.simplified();
        if (text.size() > 160)
            text = text.left(157) + QChar(0x2026);
        QStringList flags;
        for (const ClauseFlagRef &f : c->flags)
            flags << QStringLiteral("%1 (%2, %3)")
                         .arg(esc(f.typeName), esc(severityWord(f.severity)), esc(f.recordId()));
        const QString similarity = c->before && c->after
                                       ? QStringLiteral("%1%").arg(qRound(c->similarity * 100))
                                       : QStringLiteral("—");
        html += QStringLiteral("<tr><td>%1</td><td><b>%2</b><br>%3</td><td>%4</td><td>%5</td></tr>")
                    .arg(esc(kindWord(*c)), esc(where), esc(text), similarity,
                         flags.join(QStringLiteral("<br>")));
    }
    html += QStringLiteral("</table>");
    if (list.renumbered > 0)
        html += QStringLiteral("<p class=\"stats\">%1</p>")
                    .arg(esc(
                        list.renumbered == 1
                            ? tr("1 further clause was only renumbered.")
                            : tr("%1 further clauses were only renumbered.").arg(list.renumbered)));
    return html + QStringLiteral("</section>");
}

} // namespace

QString RedlineHtml::build(const VersionDiff &diff, const ClauseChangeList &clauses,
                           const ChangeSummary &summary, const RedlineHeader &header,
                           const RedlineHtmlOptions &options)
{
    QString html;
    html.reserve(diff.newText.size() + diff.oldText.size() / 4 + 16384);
    const QString title = header.title.isEmpty() ? tr("Redline") : header.title;
    html +=
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                       "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src "
                       "'none'; style-src 'unsafe-inline'\">"
                       "<meta name=\"generator\" content=\"Clausewatch\"><title>%1</title><style>")
            .arg(esc(title));
    html += QLatin1String(kStyle);
    html += QStringLiteral("</style></head><body>\n<header><h1>%1</h1><table class=\"meta\">")
                .arg(esc(title));
    if (!header.platform.isEmpty())
        html += metaRow(tr("Platform"), esc(header.platform));
    if (!header.document.isEmpty() || !header.termsType.isEmpty()) {
        QString doc = esc(header.document);
        if (!header.termsType.isEmpty())
            doc += QStringLiteral(" (%1)").arg(esc(header.termsType));
        if (!header.recordId.isEmpty())
            doc += QStringLiteral(" · %1").arg(esc(header.recordId));
        html += metaRow(tr("Document"), doc);
    }
    html += metaRow(tr("Old version"), sideHtml(header.oldSide));
    html += metaRow(tr("New version"), sideHtml(header.newSide));
    if (!header.generatedAt.isEmpty())
        html += metaRow(tr("Generated"), esc(header.generatedAt));
    html += QStringLiteral("</table></header>\n");

    html += QStringLiteral("<div class=\"legend\"><b>%1</b> "
                           "<span class=\"item\"><ins>%2</ins></span>"
                           "<span class=\"item\"><del>%3</del></span>"
                           "<span class=\"item\"><span class=\"mvfrom\">%4</span></span>"
                           "<span class=\"item\"><span class=\"mvto\">%5</span></span></div>\n")
                .arg(esc(tr("Legend:")), esc(tr("inserted (underlined)")),
                     esc(tr("deleted (struck through)")), esc(tr("moved away (double strike)")),
                     esc(tr("moved here (double underline)")));

    html += QStringLiteral("<section class=\"summary\"><h2>%1</h2><p class=\"headline\">%2</p>")
                .arg(esc(tr("Summary")), esc(summary.headline));
    if (!summary.points.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &p : summary.points)
            html += QStringLiteral("<li>%1</li>").arg(esc(p));
        html += QStringLiteral("</ul>");
    }
    const DiffStats &s = diff.stats;
    html += QStringLiteral("<p class=\"stats\">%1</p>")
                .arg(esc(tr("Words: %1 inserted, %2 deleted, %3 moved. Paragraphs: %4 added, %5 "
                            "removed, %6 modified, %7 moved, %8 renumbered only.")
                             .arg(s.wordsAdded)
                             .arg(s.wordsRemoved)
                             .arg(s.wordsMoved)
                             .arg(s.blocksAdded)
                             .arg(s.blocksRemoved)
                             .arg(s.blocksModified)
                             .arg(s.blocksMoved)
                             .arg(s.blocksRenumbered)));
    if (diff.fallbackUsed)
        html += QStringLiteral("<p class=\"fallback\">%1</p>").arg(esc(diff.fallbackReason));
    html += QStringLiteral("</section>\n");
    if (options.clauseTable)
        html += clauseTable(clauses);

    html += QStringLiteral("<section class=\"redline\"><h2>%1</h2>\n").arg(esc(tr("Redline")));
    if (options.sideBySide)
        html += QStringLiteral("<table class=\"sbs\"><tr><th>%1</th><th>%2</th></tr>\n")
                    .arg(esc(header.oldSide.label.isEmpty() ? tr("Old") : header.oldSide.label),
                         esc(header.newSide.label.isEmpty() ? tr("New") : header.newSide.label));
    const QList<RedlineLine> lines = RedlineLines::lines(diff);
    // A move says where it went on its first line only.
    const auto firstOfMove = [&](const RedlineLine &l) {
        const qsizetype i = &l - lines.constData();
        return i == 0 || lines[i - 1].kind != l.kind || lines[i - 1].moveId != l.moveId;
    };
    const auto emitLine = [&](const RedlineLine &l) {
        const QString cls = lineClass(l);
        const QString indent = indentStyle(l);
        const QString note = firstOfMove(l) ? moveNote(l) : QString();
        if (options.sideBySide) {
            const QString left = l.hasLeft ? marked(RedlineLines::leftText(diff, l)) : QString();
            const QString right = l.hasRight ? marked(RedlineLines::rightText(diff, l)) : QString();
            html += QStringLiteral("<tr><td><div class=\"%1\"%2>%3%4</div></td><td><div "
                                   "class=\"%1\"%2>%5%6</div></td></tr>\n")
                        .arg(cls, indent, left,
                             l.kind == RedlineLine::Kind::MovedFrom ? note : QString(), right,
                             l.kind == RedlineLine::Kind::MovedTo ? note : QString());
            return;
        }
        html += QStringLiteral("<div class=\"%1\"%2>%3%4</div>\n")
                    .arg(cls, indent, marked(RedlineLines::inlineText(diff, l)), note);
    };
    const auto skip = [&](int n) {
        const QString text =
            n == 1 ? tr("… 1 unchanged paragraph …") : tr("… %1 unchanged paragraphs …").arg(n);
        if (options.sideBySide)
            html += QStringLiteral("<tr><td colspan=\"2\"><p class=\"skip\">%1</p></td></tr>\n")
                        .arg(esc(text));
        else
            html += QStringLiteral("<p class=\"skip\">%1</p>\n").arg(esc(text));
    };
    for (qsizetype i = 0; i < lines.size();) {
        const RedlineLine &l = lines[i];
        if (l.row >= 0 || options.context < 0) {
            emitLine(l);
            ++i;
            continue;
        }
        // A run of unchanged blocks: keep `context` on each side of the changes.
        qsizetype end = i;
        while (end < lines.size() && lines[end].row < 0)
            ++end;
        const qsizetype n = end - i;
        const qsizetype head = i > 0 ? options.context : 0;
        const qsizetype tail = end < lines.size() ? options.context : 0;
        if (n <= head + tail + 1) {
            for (qsizetype k = i; k < end; ++k)
                emitLine(lines[k]);
        } else {
            for (qsizetype k = i; k < i + head; ++k)
                emitLine(lines[k]);
            skip(int(n - head - tail));
            for (qsizetype k = end - tail; k < end; ++k)
                emitLine(lines[k]);
        }
        i = end;
    }
    if (options.sideBySide)
        html += QStringLiteral("</table>");
    html += QStringLiteral("</section>\n</body></html>\n");
    return html;
}

} // namespace cw
