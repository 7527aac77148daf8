#include "memo/MemoHtml.h"

#include <QCoreApplication>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::MemoBuilder", s);
}

// Index of the nearest word boundary at or before `i` (never before `floor`).
qsizetype backToSpace(const QString &t, qsizetype i, qsizetype floor)
{
    for (qsizetype j = i; j > floor; --j)
        if (t.at(j).isSpace())
            return j;
    return i;
}

} // namespace

QString MemoHtml::escape(const QString &text)
{
    QString out;
    out.reserve(text.size() + text.size() / 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '&': out += QLatin1String("&amp;"); break;
        case '<': out += QLatin1String("&lt;"); break;
        case '>': out += QLatin1String("&gt;"); break;
        case '"': out += QLatin1String("&quot;"); break;
        case '\'': out += QLatin1String("&#39;"); break;
        case 0: break; // NUL never reaches the page
        default: out += c;
        }
    }
    return out;
}

QString MemoHtml::severityWord(Severity s)
{
    switch (s) {
    case Severity::High: return tr("High");
    case Severity::Medium: return tr("Medium");
    case Severity::Low: break;
    }
    return tr("Low");
}

QString MemoHtml::severityBadge(std::optional<Severity> s)
{
    if (!s)
        return QStringLiteral("<span class=\"badge sev-none\">%1</span>")
            .arg(escape(tr("Not flagged")));
    const int bars = int(*s);
    const QString barText = QString(bars, QChar(0x25A0)) + QString(3 - bars, QChar(0x25A1));
    return QStringLiteral("<span class=\"badge sev-%1\"><span class=\"bars\">%2</span>%3</span>")
        .arg(severityKey(*s), barText, escape(severityWord(*s)));
}

QString MemoHtml::statusLabel(ReviewStatus s, bool changedSinceReview)
{
    QString label;
    switch (s) {
    case ReviewStatus::Confirmed: label = tr("Confirmed by analyst"); break;
    case ReviewStatus::Rejected: label = tr("Rejected by analyst"); break;
    case ReviewStatus::Suggested: label = tr("Suggested — not yet reviewed"); break;
    }
    QString html = QStringLiteral("<span class=\"status %1\">%2</span>")
                       .arg(reviewStatusKey(s), escape(label));
    if (changedSinceReview)
        html += QStringLiteral(" <span class=\"flagmark\">%1</span>")
                    .arg(escape(tr("▲ wording changed since review")));
    return html;
}

QString MemoHtml::highlighted(const QString &text, const QList<std::pair<int, int>> &spans)
{
    QString out;
    qsizetype pos = 0;
    for (auto [s, e] : spans) { // sorted, clipped by the collector
        s = qMax<qsizetype>(s, pos);
        e = qMin<qsizetype>(e, text.size());
        if (e <= s)
            continue;
        out += escape(text.mid(pos, s - pos));
        out += QLatin1String("<mark>") + escape(text.mid(s, e - s)) + QLatin1String("</mark>");
        pos = e;
    }
    out += escape(text.mid(pos));
    return out;
}

QString MemoHtml::excerpt(const QString &t, const QList<std::pair<int, int>> &spans, int max)
{
    if (t.size() <= max)
        return highlighted(t, spans);
    qsizetype start = 0;
    if (!spans.isEmpty() && spans.first().first > max / 3)
        start = backToSpace(t, spans.first().first - max / 4, 0);
    qsizetype end = qMin<qsizetype>(t.size(), start + max);
    if (end < t.size())
        end = backToSpace(t, end, start + max / 2);
    QList<std::pair<int, int>> shifted;
    for (const auto &[s, e] : spans)
        if (e > start && s < end)
            shifted.append({int(qMax<qsizetype>(s, start) - start), int(qMin<qsizetype>(e, end) - start)});
    QString out = highlighted(t.mid(start, end - start), shifted);
    if (start > 0)
        out.prepend(QStringLiteral("… "));
    if (end < t.size())
        out += QStringLiteral(" …");
    return out;
}

QString MemoHtml::shortened(const QString &text, int max)
{
    if (text.size() <= max)
        return escape(text);
    const qsizetype end = backToSpace(text, max, max / 2);
    return escape(text.left(end).trimmed()) + QStringLiteral(" …");
}

QString MemoHtml::anchor(const QString &prefix, const QString &key)
{
    QString out = prefix;
    for (const QChar c : key)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') ? c : QLatin1Char('_');
    return out;
}

} // namespace cw
