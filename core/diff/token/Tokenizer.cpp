#include "diff/token/Tokenizer.h"

#include <QChar>

namespace cw {

namespace {

struct CodePoint
{
    char32_t value;
    int width; // UTF-16 units
};

inline CodePoint codePointAt(const QChar *s, qsizetype i, qsizetype end)
{
    const char16_t u = s[i].unicode();
    if (QChar::isHighSurrogate(u) && i + 1 < end && QChar::isLowSurrogate(s[i + 1].unicode()))
        return {QChar::surrogateToUcs4(u, s[i + 1].unicode()), 2};
    return {u, 1};
}

inline bool isSpaceCp(char32_t c)
{
    if (c < 0x80)
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
    return QChar::isSpace(c);
}

inline bool isWordCp(char32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    return QChar::isLetterOrNumber(c);
}

inline bool isDigitCp(char32_t c)
{
    return c < 0x80 ? (c >= '0' && c <= '9') : QChar::isDigit(c);
}

inline bool isMarkCp(char32_t c)
{
    return c >= 0x300 && QChar::isMark(c);
}

// Scripts written without spaces between words: one character is one word, so
// that a changed character does not turn a whole sentence into one token.
inline bool isIdeographicCp(char32_t c)
{
    if (c < 0x2E80)
        return false;
    const QChar::Script s = QChar::script(c);
    return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana;
}

inline bool isApostrophe(char32_t c)
{
    return c == '\'' || c == 0x2019;
}

// Characters that continue an emoji or symbol sequence.
inline bool isSequenceExtender(char32_t c)
{
    return (c >= 0xFE00 && c <= 0xFE0F) || (c >= 0x1F3FB && c <= 0x1F3FF) || c == 0x20E3
           || (c >= 0xE0020 && c <= 0xE007F) || isMarkCp(c);
}

inline bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

// Offset just past the link target "](...)" that starts at i (s[i] == ']'), or
// -1. Targets do not span lines.
qsizetype linkTargetEnd(const QChar *s, qsizetype i, qsizetype end)
{
    if (i + 1 >= end || s[i + 1] != u'(')
        return -1;
    for (qsizetype k = i + 2; k < end; ++k) {
        const char16_t c = s[k].unicode();
        if (c == u')')
            return k + 1;
        if (c == u'\n' || c == u' ' || c == u'(')
            return -1;
    }
    return -1;
}

// True when the '[' at i opens a Markdown link: "](" follows on the same line.
bool opensLink(const QChar *s, qsizetype i, qsizetype end)
{
    for (qsizetype k = i + 1; k < end; ++k) {
        const char16_t c = s[k].unicode();
        if (c == u'\n' || c == u'[')
            return false;
        if (c == u']')
            return linkTargetEnd(s, k, end) > 0;
    }
    return false;
}

template <typename Emit>
void scan(QStringView text, qsizetype begin, qsizetype end, Emit emit)
{
    const QChar *s = text.data();
    qsizetype i = begin;
    while (i < end) {
        // Fast paths for plain ASCII words, single spaces and punctuation: the
        // bulk of policy text. Anything unusual falls through to the general
        // scanner below, which gives the same result.
        {
            const char16_t u = s[i].unicode();
            if (u < 0x80) {
                const char16_t l = u | 0x20;
                if ((l >= 'a' && l <= 'z') || (u >= '0' && u <= '9')) {
                    qsizetype j = i + 1;
                    while (j < end) {
                        const char16_t c = s[j].unicode();
                        const char16_t cl = c | 0x20;
                        if ((cl >= 'a' && cl <= 'z') || (c >= '0' && c <= '9'))
                            ++j;
                        else
                            break;
                    }
                    const char16_t next = j < end ? s[j].unicode() : u' ';
                    // Stop on characters that can continue a word (apostrophe,
                    // digit separators, non-ASCII letters and marks): general path.
                    if (next < 0x80 && next != u'\'' && next != u'.' && next != u',') {
                        emit(i, j - i, Token::Kind::Word);
                        i = j;
                        continue;
                    }
                } else if (u == u' '
                           && (i + 1 >= end || (s[i + 1].unicode() > u' ' && s[i + 1].unicode() < 0x80))) {
                    emit(i, 1, Token::Kind::Space);
                    ++i;
                    continue;
                } else if (u > u' ' && u != u'*' && u != u'_' && u != u'[' && u != u']'
                           && (i + 1 >= end || s[i + 1].unicode() != u)) {
                    emit(i, 1, Token::Kind::Punct);
                    ++i;
                    continue;
                }
            }
        }
        const CodePoint cp = codePointAt(s, i, end);
        const qsizetype start = i;
        Token::Kind kind;
        if (isSpaceCp(cp.value)) {
            bool lineBreak = false;
            while (i < end) {
                const char16_t u = s[i].unicode();
                if (u == u'\n')
                    lineBreak = true;
                else if (!(u == u' ' || u == u'\t' || u == u'\r' || (u >= 0x80 && QChar::isSpace(u))))
                    break;
                ++i;
            }
            kind = lineBreak ? Token::Kind::LineBreak : Token::Kind::Space;
        } else if (isIdeographicCp(cp.value)) {
            i += cp.width;
            while (i < end) {
                const CodePoint next = codePointAt(s, i, end);
                if (!isMarkCp(next.value))
                    break;
                i += next.width;
            }
            kind = Token::Kind::Word;
        } else if (isWordCp(cp.value)) {
            i += cp.width;
            bool lastDigit = isDigitCp(cp.value);
            while (i < end) {
                // Fast path: ASCII letters and digits.
                const char16_t u = s[i].unicode();
                if (u < 0x80) {
                    if ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') {
                        lastDigit = false;
                        ++i;
                        continue;
                    }
                    if (u >= '0' && u <= '9') {
                        lastDigit = true;
                        ++i;
                        continue;
                    }
                }
                const CodePoint next = codePointAt(s, i, end);
                if (isMarkCp(next.value)) {
                    i += next.width;
                    continue;
                }
                if (isWordCp(next.value) && !isIdeographicCp(next.value)) {
                    lastDigit = isDigitCp(next.value);
                    i += next.width;
                    continue;
                }
                // Inner apostrophe ("don't", "user's") or digit separator
                // ("1,000", "7.1"): only when a word (digit) character follows.
                if (i + 1 < end) {
                    const CodePoint after = codePointAt(s, i + 1, end);
                    if (isApostrophe(next.value) && isWordCp(after.value)
                        && !isIdeographicCp(after.value)) {
                        i += 1 + after.width;
                        lastDigit = isDigitCp(after.value);
                        continue;
                    }
                    if (lastDigit && (next.value == '.' || next.value == ',')
                        && isDigitCp(after.value)) {
                        i += 1 + after.width;
                        continue;
                    }
                }
                break;
            }
            kind = Token::Kind::Word;
        } else if (cp.value == '*' || cp.value == '_') {
            while (i < end && s[i].unicode() == cp.value)
                ++i;
            kind = Token::Kind::Markup;
        } else if (cp.value == '[' && opensLink(s, i, end)) {
            ++i;
            kind = Token::Kind::Markup;
        } else if (cp.value == ']' && linkTargetEnd(s, i, end) > 0) {
            i = linkTargetEnd(s, i, end);
            kind = Token::Kind::Markup;
        } else {
            kind = Token::Kind::Punct;
            if (cp.value < 0x80) {
                // Runs of one ASCII punctuation character ("...", "--") stay together.
                const char16_t c = s[i].unicode();
                while (i < end && s[i].unicode() == c)
                    ++i;
            } else {
                i += cp.width;
                bool flagPair = isRegionalIndicator(cp.value);
                while (i < end) {
                    const CodePoint next = codePointAt(s, i, end);
                    if (isSequenceExtender(next.value)) {
                        i += next.width;
                    } else if (next.value == 0x200D && i + 1 < end) { // ZWJ joins the next symbol
                        i += 1;
                        i += codePointAt(s, i, end).width;
                    } else if (flagPair && isRegionalIndicator(next.value)) {
                        i += next.width;
                        flagPair = false;
                    } else {
                        break;
                    }
                }
            }
        }
        emit(start, i - start, kind);
    }
}

} // namespace

void Tokenizer::tokenize(QStringView text, qsizetype begin, qsizetype end, std::vector<Token> &out)
{
    out.reserve(out.size() + size_t(end - begin) / 3 + 4);
    scan(text, begin, end, [&out](qsizetype start, qsizetype length, Token::Kind kind) {
        out.push_back(Token{qint32(start), qint32(length), kind});
    });
}

QList<Token> Tokenizer::tokenize(QStringView text)
{
    std::vector<Token> tokens;
    tokenize(text, 0, text.size(), tokens);
    return QList<Token>(tokens.begin(), tokens.end());
}

int Tokenizer::countWords(QStringView text, qsizetype begin, qsizetype end)
{
    int n = 0;
    scan(text, begin, end, [&n](qsizetype, qsizetype, Token::Kind kind) {
        n += kind == Token::Kind::Word;
    });
    return n;
}

} // namespace cw
