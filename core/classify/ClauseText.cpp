#include "classify/ClauseText.h"

#include "classify/KeywordIndex.h"

#include <QRegularExpression>

namespace cw {

namespace {

bool isWordChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u < 128)
        return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
    return c.isLetter();
}

} // namespace

ClauseText::ClauseText(const QString &text, const KeywordIndex &keywords)
    : m_original(text), m_match(text)
{
    // Most clauses are plain ASCII: share the original unless a character needs
    // replacing (typographic quotes, dashes, special spaces, tabs, newlines).
    bool plain = true;
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x80 || u == u'\t' || u == u'\n' || u == u'\r') {
            plain = false;
            break;
        }
    }
    if (plain) {
        keywords.scan(m_match, m_hitSets);
        return;
    }
    for (QChar &c : m_match) {
        switch (c.unicode()) {
        case 0x2018: // ‘
        case 0x2019: // ’
        case 0x201B:
        case 0x2032: // ′
            c = QLatin1Char('\'');
            break;
        case 0x201C: // “
        case 0x201D: // ”
        case 0x201E:
        case 0x00AB: // «
        case 0x00BB: // »
            c = QLatin1Char('"');
            break;
        case 0x2010:
        case 0x2011:
        case 0x2012:
        case 0x2013: // –
        case 0x2014: // —
        case 0x2212: // −
            c = QLatin1Char('-');
            break;
        case 0x00A0:
        case 0x2007:
        case 0x202F:
        case '\t':
        case '\n':
        case '\r':
            c = QLatin1Char(' ');
            break;
        default:
            break;
        }
    }
    keywords.scan(m_match, m_hitSets);
}

int ClauseText::wordsBetween(qsizetype from, qsizetype to) const
{
    int words = 0;
    bool inWord = false;
    for (qsizetype i = qMax<qsizetype>(0, from); i < qMin(to, m_match.size()); ++i) {
        const bool w = m_match.at(i).isLetterOrNumber();
        if (w && !inWord)
            ++words;
        inWord = w;
    }
    return words;
}

bool ClauseText::isBoundary(qsizetype i) const
{
    const QChar c = m_match.at(i);
    if (c != QLatin1Char('.') && c != QLatin1Char(';') && c != QLatin1Char('!') &&
        c != QLatin1Char('?'))
        return false;
    return i + 1 >= m_match.size() || m_match.at(i + 1).isSpace();
}

qsizetype ClauseText::windowStart(qsizetype pos, int words) const
{
    qsizetype i = qMin(pos, m_match.size());
    int seen = 0;
    bool inWord = false;
    while (i > 0) {
        const qsizetype j = i - 1;
        if (isBoundary(j))
            return i;
        const bool w = m_match.at(j).isLetterOrNumber();
        if (w && !inWord) {
            if (seen == words)
                return i;
            ++seen;
        }
        inWord = w;
        i = j;
    }
    return 0;
}

bool ClauseText::cueBefore(qsizetype pos, int words, const QStringList &cueWords) const
{
    // Cue words are short: a longer word is never compared.
    constexpr qsizetype kMaxCue = 10;
    const qsizetype from = windowStart(pos, words);
    qsizetype i = from;
    const qsizetype end = qMin(pos, m_match.size());
    while (i < end) {
        while (i < end && !isWordChar(m_match.at(i)))
            ++i;
        const qsizetype b = i;
        while (i < end && (isWordChar(m_match.at(i)) || m_match.at(i) == QLatin1Char('\'')))
            ++i;
        if (i > b && i - b <= kMaxCue) {
            // Lower-case the short word once, then compare exactly.
            char16_t lower[kMaxCue];
            for (qsizetype k = b; k < i; ++k) {
                const char16_t u = m_match.at(k).unicode();
                lower[k - b] = (u >= u'A' && u <= u'Z') ? char16_t(u + 32) : u;
            }
            const QStringView w(lower, i - b);
            for (const QString &cue : cueWords) {
                if (cue.size() == w.size() && w == QStringView(cue))
                    return true;
            }
        }
    }
    return false;
}

qsizetype ClauseText::sentenceEnd(qsizetype pos) const
{
    for (qsizetype i = qMax<qsizetype>(0, pos); i < m_match.size(); ++i) {
        if (isBoundary(i))
            return i + 1;
    }
    return m_match.size();
}

} // namespace cw

namespace cw {

bool ClauseText::looksLikeHeading(const RuleSet::HeadingFilter &filter) const
{
    if (!filter.enabled)
        return false;
    QStringView text = QStringView(m_match).trimmed();
    if (text.startsWith(QLatin1Char('#')))
        return true;
    // Cheap rejections first: most clauses are far longer than a heading, and a
    // heading does not start in lower case.
    if (text.isEmpty() || text.size() > 24 * (filter.maxWords + 1) || text.at(0).isLower() ||
        text.count(QLatin1Char(' ')) > filter.maxWords + 2)
        return false;
    // Numbering such as "12.", "4.2", "(b)", "IV." is not a word of the heading.
    static const QRegularExpression numbering(
        QStringLiteral("^(?:(?:\\d+(?:\\.\\d+)*|[ivxlc]+|[a-z])[.)]|\\((?:\\d+|[ivxlc]+|[a-z])\\)"
                       "|\\d+(?:\\.\\d+)+)\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    if (text.at(0).isDigit() || text.at(0) == QLatin1Char('(') ||
        (text.size() > 1 && (text.at(1) == QLatin1Char('.') || text.at(1) == QLatin1Char(')')))) {
        const QRegularExpressionMatch m = numbering.match(text);
        if (m.hasMatch())
            text = text.mid(m.capturedLength());
    }
    // Every word must be capitalised, a number or a minor word; most sentences
    // fail on their second or third word, so check words before anything else.
    int words = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        while (i < text.size() && text.at(i) == QLatin1Char(' '))
            ++i;
        const qsizetype b0 = i;
        while (i < text.size() && text.at(i) != QLatin1Char(' '))
            ++i;
        if (i == b0)
            break;
        if (++words > filter.maxWords)
            return false;
        qsizetype b = b0, e = i;
        while (b < e && !text.at(b).isLetterOrNumber())
            ++b;
        while (e > b && !text.at(e - 1).isLetterOrNumber())
            --e;
        if (b == e || text.at(b).isUpper() || text.at(b).isDigit())
            continue;
        const QStringView core = text.mid(b, e - b);
        bool minor = false;
        for (const QString &m : filter.minorWords) {
            if (m.size() == core.size() && core.compare(m, Qt::CaseInsensitive) == 0) {
                minor = true;
                break;
            }
        }
        if (!minor)
            return false;
    }
    if (words == 0)
        return false;
    // Title Case ("We Both Agree To Arbitrate") is a heading even with a verb;
    // an all-capitals line with a verb is usually an emphasised sentence.
    bool allCaps = true;
    for (QChar ch : text) {
        if (ch.isLower()) {
            allCaps = false;
            break;
        }
    }
    if (allCaps && filter.verbs.isValid() && !filter.verbs.pattern().isEmpty() &&
        filter.verbs.match(text).hasMatch())
        return false;
    return true;
}

} // namespace cw
