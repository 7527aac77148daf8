#include "util/Excerpt.h"

#include <algorithm>

namespace cw {

namespace {

bool endsSentence(const QString &t, qsizetype i)
{
    // A full stop, question or exclamation mark followed by a space or the end.
    const QChar c = t.at(i);
    if (c != QLatin1Char('.') && c != QLatin1Char('?') && c != QLatin1Char('!') &&
        c != QLatin1Char(';'))
        return false;
    return i + 1 >= t.size() || t.at(i + 1).isSpace();
}

} // namespace

QString Excerpt::oneLine(const QString &raw, const QList<std::pair<int, int>> &evidence,
                         int maxChars)
{
    const QString text = raw;
    if (text.isEmpty() || maxChars <= 0)
        return {};
    qsizetype spanStart = 0;
    qsizetype spanEnd = 0;
    if (!evidence.isEmpty()) {
        spanStart = std::clamp<qsizetype>(evidence.first().first, 0, text.size());
        spanEnd = std::clamp<qsizetype>(evidence.first().second, spanStart, text.size());
    }
    // The sentence around the span.
    qsizetype from = spanStart;
    while (from > 0 && !endsSentence(text, from - 1))
        --from;
    qsizetype to = spanEnd;
    while (to < text.size() && !endsSentence(text, to))
        ++to;
    if (to < text.size())
        ++to; // keep the full stop
    bool cutLeft = false;
    bool cutRight = false;
    if (to - from > maxChars) {
        // Too long: a window around the span, at word boundaries.
        const qsizetype spanLen = std::min<qsizetype>(spanEnd - spanStart, maxChars);
        const qsizetype slack = (maxChars - spanLen) / 2;
        qsizetype lo = std::max(from, spanStart - slack);
        qsizetype hi = std::min(to, lo + maxChars);
        lo = std::max(from, hi - maxChars);
        while (lo > from && lo < spanStart && !text.at(lo - 1).isSpace())
            ++lo;
        while (hi < to && hi > spanEnd && !text.at(hi).isSpace())
            --hi;
        cutLeft = lo > from;
        cutRight = hi < to;
        from = lo;
        to = hi;
    }
    QString out = text.mid(from, to - from).simplified();
    if (cutLeft)
        out.prepend(QChar(0x2026));
    if (cutRight)
        out.append(QChar(0x2026));
    return out;
}

} // namespace cw
