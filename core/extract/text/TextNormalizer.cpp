#include "extract/text/TextNormalizer.h"

namespace cw {

namespace {

enum class CharKind { Keep, Space, Remove, LineBreak, ParagraphBreak };

// One table lookup per character on the hot path; everything outside the ranges
// tested here is kept as is.
inline CharKind classify(char16_t c)
{
    if (c >= 0x20 && c < 0x7f)
        return c == u' ' ? CharKind::Space : CharKind::Keep;
    if (c < 0x20) {
        switch (c) {
        case u'\n':
        case u'\r':
            return CharKind::LineBreak;
        case u'\t':
        case u'\v':
        case u'\f':
            return CharKind::Space;
        default:
            return CharKind::Remove;
        }
    }
    if (c <= 0x9f)
        return c == 0x85 ? CharKind::LineBreak : CharKind::Remove; // DEL, C1; NEL breaks
    if (c < 0x2000) {
        if (c == 0xa0 || c == 0x1680)
            return CharKind::Space;
        if (c == 0xad)
            return CharKind::Remove;
        return CharKind::Keep;
    }
    if (c <= 0x200a || c == 0x202f || c == 0x205f || c == 0x3000)
        return CharKind::Space;
    if (c == 0x200b || c == 0x2060 || c == 0xfeff)
        return CharKind::Remove;
    if (c == 0x2028)
        return CharKind::LineBreak;
    if (c == 0x2029)
        return CharKind::ParagraphBreak;
    return CharKind::Keep;
}

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= u'0' && c.unicode() <= u'9';
}
inline bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}
inline bool isRoman(QChar c)
{
    return QStringView(u"ivxlcIVXLC").contains(c);
}

// Pass 1: character policy and line breaks; output lines separated by '\n', with
// U+2029 written as "\n\n". Spaces are not collapsed yet. Written into a raw
// buffer: this runs over every character of every document.
QString mapCharacters(QStringView text)
{
    const qsizetype n = text.size();
    qsizetype paragraphBreaks = 0;
    for (const QChar c : text)
        paragraphBreaks += c.unicode() == 0x2029;
    QString out(n + paragraphBreaks, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    qsizetype o = 0;
    const char16_t *src = reinterpret_cast<const char16_t *>(text.data());
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = src[i];
        switch (classify(c)) {
        case CharKind::Keep:
            d[o++] = c;
            break;
        case CharKind::Space:
            d[o++] = u' ';
            break;
        case CharKind::Remove:
            break;
        case CharKind::LineBreak:
            if (c == u'\r' && i + 1 < n && src[i + 1] == u'\n')
                ++i;
            d[o++] = u'\n';
            break;
        case CharKind::ParagraphBreak:
            d[o++] = u'\n';
            d[o++] = u'\n';
            break;
        }
    }
    out.truncate(o);
    return out;
}

} // namespace

qsizetype TextNormalizer::listMarkerLength(QStringView line)
{
    const qsizetype n = line.size();
    if (n < 2)
        return 0;
    const QChar first = line[0];
    if ((first == u'-' || first == u'*' || first == QChar(0x2022)) && line[1] == u' ')
        return 2;
    if (first == u'(') {
        qsizetype i = 1;
        while (i < n && i <= 6 && isAsciiAlnum(line[i]))
            ++i;
        if (i > 1 && i + 1 < n && line[i] == u')' && line[i + 1] == u' ')
            return i + 2;
        return 0;
    }
    if (isAsciiDigit(first)) {
        qsizetype i = 0;
        int groups = 0;
        for (;;) {
            const qsizetype start = i;
            while (i < n && i - start < 4 && isAsciiDigit(line[i]))
                ++i;
            if (i == start || (i < n && isAsciiDigit(line[i])))
                return 0; // no digits, or a number too long to be a marker (a year, an amount)
            ++groups;
            if (i + 1 < n && line[i] == u'.' && isAsciiDigit(line[i + 1])) {
                ++i;
                continue;
            }
            break;
        }
        if (i + 1 < n && (line[i] == u'.' || line[i] == u')') && line[i + 1] == u' ')
            return i + 2;
        if (groups > 1 && i < n && line[i] == u' ')
            return i + 1; // "1.2 Scope"
        return 0;
    }
    if (isRoman(first)) {
        qsizetype i = 0;
        while (i < n && i < 7 && isRoman(line[i]))
            ++i;
        if (i + 1 < n && (line[i] == u'.' || line[i] == u')') && line[i + 1] == u' ')
            return i + 2;
    }
    if (isAsciiAlnum(first) && !isAsciiDigit(first) && n >= 3 &&
        (line[1] == u'.' || line[1] == u')') && line[2] == u' ')
        return 3;
    return 0;
}

QString TextNormalizer::normalizeCharacters(QStringView text)
{
    return mapCharacters(text).normalized(QString::NormalizationForm_C);
}

bool TextNormalizer::startsWithListMarker(QStringView line)
{
    return listMarkerLength(line) > 0;
}

QString TextNormalizer::normalizeInline(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    qsizetype o = 0;
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (classify(c)) {
        case CharKind::Keep:
            if (pendingSpace && o > 0)
                d[o++] = u' ';
            pendingSpace = false;
            d[o++] = c;
            break;
        case CharKind::Remove:
            break;
        case CharKind::Space:
        case CharKind::LineBreak:
        case CharKind::ParagraphBreak:
            pendingSpace = true;
            break;
        }
    }
    out.truncate(o);
    return out;
}

QString TextNormalizer::normalize(QStringView text)
{
    return normalizeLines(normalizeCharacters(text));
}

QString TextNormalizer::normalizeMapped(QStringView text)
{
    return normalizeLines(text.toString().normalized(QString::NormalizationForm_C));
}

QString TextNormalizer::normalizeLines(const QString &mapped)
{
    const qsizetype n = mapped.size();
    const char16_t *src = reinterpret_cast<const char16_t *>(mapped.constData());

    // The output is never longer than the input: indentation is only ever kept or
    // shortened, and every separator written replaces at least one '\n'.
    QString out(n, Qt::Uninitialized);
    char16_t *d = reinterpret_cast<char16_t *>(out.data());
    qsizetype o = 0;
    bool pendingBlank = false; // a blank line was seen since the last written line
    qsizetype pos = 0;
    while (pos <= n) {
        qsizetype end = pos;
        while (end < n && src[end] != u'\n')
            ++end;
        qsizetype first = pos;
        while (first < end && src[first] == u' ')
            ++first;
        qsizetype last = end;
        while (last > first && src[last - 1] == u' ')
            --last;
        if (first == last) {
            pendingBlank = o > 0;
        } else {
            if (o > 0) {
                d[o++] = u'\n';
                if (pendingBlank)
                    d[o++] = u'\n';
            }
            pendingBlank = false;
            const qsizetype indent = first - pos;
            if (indent >= 2 && startsWithListMarker(QStringView(src + first, last - first))) {
                for (qsizetype k = 0; k < (indent & ~qsizetype(1)); ++k)
                    d[o++] = u' ';
            }
            // Copy, collapsing inner runs of spaces.
            bool prevSpace = false;
            for (qsizetype k = first; k < last; ++k) {
                const char16_t c = src[k];
                if (c == u' ') {
                    if (!prevSpace)
                        d[o++] = c;
                    prevSpace = true;
                } else {
                    d[o++] = c;
                    prevSpace = false;
                }
            }
        }
        pos = end + 1;
    }
    out.truncate(o);
    return out;
}

} // namespace cw
