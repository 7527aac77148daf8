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
        case u'\r': return CharKind::LineBreak;
        case u'\t':
        case u'\v':
        case u'\f': return CharKind::Space;
        default: return CharKind::Remove;
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

inline bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }
inline bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}
inline bool isRoman(QChar c) { return QStringView(u"ivxlcIVXLC").contains(c); }

// Pass 1: character policy and line breaks; output lines separated by '\n', with
// U+2029 written as "\n\n". Spaces are not collapsed yet.
QString mapCharacters(QStringView text)
{
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        switch (classify(c)) {
        case CharKind::Keep: out.append(QChar(c)); break;
        case CharKind::Space: out.append(u' '); break;
        case CharKind::Remove: break;
        case CharKind::LineBreak:
            if (c == u'\r' && i + 1 < n && text[i + 1] == u'\n')
                ++i;
            out.append(u'\n');
            break;
        case CharKind::ParagraphBreak: out.append(u"\n\n"); break;
        }
    }
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
    if (isAsciiAlnum(first) && !isAsciiDigit(first) && n >= 3
        && (line[1] == u'.' || line[1] == u')') && line[2] == u' ')
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
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar qc : text) {
        const char16_t c = qc.unicode();
        switch (classify(c)) {
        case CharKind::Keep:
            if (pendingSpace && !out.isEmpty())
                out.append(u' ');
            pendingSpace = false;
            out.append(qc);
            break;
        case CharKind::Remove: break;
        case CharKind::Space:
        case CharKind::LineBreak:
        case CharKind::ParagraphBreak: pendingSpace = true; break;
        }
    }
    return out;
}

QString TextNormalizer::normalize(QStringView text)
{
    const QString mapped = normalizeCharacters(text);

    QString out;
    out.reserve(mapped.size());
    bool pendingBlank = false; // a blank line was seen since the last written line
    qsizetype pos = 0;
    const qsizetype n = mapped.size();
    while (pos <= n) {
        qsizetype end = mapped.indexOf(u'\n', pos);
        if (end < 0)
            end = n;
        QStringView line = QStringView(mapped).mid(pos, end - pos);
        pos = end + 1;

        qsizetype indent = 0;
        while (indent < line.size() && line[indent] == u' ')
            ++indent;
        line = line.mid(indent);
        while (!line.isEmpty() && line.back() == u' ')
            line.chop(1);
        if (line.isEmpty()) {
            pendingBlank = !out.isEmpty();
            if (end == n)
                break;
            continue;
        }
        if (!out.isEmpty())
            out.append(pendingBlank ? u"\n\n" : u"\n");
        pendingBlank = false;
        if (indent >= 2 && startsWithListMarker(line))
            out.append(QString(indent & ~qsizetype(1), u' '));
        // Collapse inner runs of spaces.
        bool prevSpace = false;
        for (const QChar c : line) {
            if (c == u' ') {
                if (!prevSpace)
                    out.append(c);
                prevSpace = true;
            } else {
                out.append(c);
                prevSpace = false;
            }
        }
        if (end == n)
            break;
    }
    return out;
}

} // namespace cw
