#include "diff/block/BlockSplitter.h"

#include <QChar>
#include <QStringView>
#include <qstringalgorithms.h>

#include <algorithm>

namespace cw {

namespace {

inline bool isAsciiDigit(QChar c)
{
    return c.unicode() >= '0' && c.unicode() <= '9';
}

inline bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode() | 0x20;
    return u >= 'a' && u <= 'z';
}

inline bool isRoman(QChar c)
{
    switch (c.unicode() | 0x20) {
    case 'i': case 'v': case 'x': case 'l': case 'c': case 'd': case 'm': return true;
    default: return false;
    }
}

inline bool isLineSpace(QChar c)
{
    return c == u' ' || c == u'\t';
}

// Words that introduce a section number ("Section 12.", "Article 3").
const char16_t *const kSectionWords[] = {u"section", u"article", u"clause", u"part",
                                         u"chapter", u"schedule", u"annex"};

// Length of a section number at line[i] ("12.", "7.1", "7.1.2.", "IV.", "(a)",
// "b)", "§ 4"), including the spaces and an optional dash after it; 0 when the
// text there is not a number followed by a space.
qsizetype numberingLength(QStringView line, qsizetype i)
{
    const qsizetype n = line.size();
    if (i >= n)
        return 0;
    const char16_t first = line[i].unicode();
    const char16_t lower = first | 0x20;
    // Fast exit: numbers start with a digit, '(', '§' or an ASCII letter.
    if (!(isAsciiDigit(line[i]) || first == u'(' || first == u'§'
          || (lower >= 'a' && lower <= 'z')))
        return 0;
    qsizetype k = i;
    bool sectionWord = false;
    if (first == u'§') {
        ++k;
        while (k < n && isLineSpace(line[k]))
            ++k;
        sectionWord = true;
    } else if (lower == 's' || lower == 'a' || lower == 'c' || lower == 'p') {
        for (const char16_t *w : kSectionWords) {
            const QStringView word(w);
            if (k + word.size() >= n || !isLineSpace(line[k + word.size()]))
                continue;
            bool same = true;
            for (qsizetype c = 0; c < word.size() && same; ++c)
                same = (line[k + c].unicode() | 0x20) == word[c].unicode();
            if (same) {
                k += word.size() + 1;
                while (k < n && isLineSpace(line[k]))
                    ++k;
                sectionWord = true;
                break;
            }
        }
    }
    const qsizetype numberStart = k;
    bool ok = false;
    if (k < n && line[k] == u'(') {
        qsizetype j = k + 1;
        while (j < n && j - k <= 5 && (isAsciiLetter(line[j]) || isAsciiDigit(line[j])))
            ++j;
        if (j > k + 1 && j < n && line[j] == u')') {
            k = j + 1;
            ok = true;
        }
    } else if (k < n && isAsciiDigit(line[k])) {
        qsizetype j = k;
        bool inner = false;
        while (j < n && isAsciiDigit(line[j]))
            ++j;
        while (j + 1 < n && line[j] == u'.' && isAsciiDigit(line[j + 1])) {
            inner = true;
            ++j;
            while (j < n && isAsciiDigit(line[j]))
                ++j;
        }
        if (j < n && (line[j] == u'.' || line[j] == u')' || line[j] == u':')) {
            ++j;
            ok = true;
        } else {
            ok = inner || sectionWord;
        }
        k = j;
    } else if (k < n && (isRoman(line[k]) || isAsciiLetter(line[k]))) {
        qsizetype j = k;
        while (j < n && j - k < 6 && isRoman(line[j]))
            ++j;
        if (j == k) // a single non-roman letter: "a." / "B)"
            j = k + 1;
        if (j < n && (line[j] == u'.' || line[j] == u')')
            && (j - k == 1 || line[k].isUpper() == line[j - 1].isUpper())) {
            k = j + 1;
            ok = true;
        } else if (sectionWord && j < n && isLineSpace(line[j])) {
            k = j;
            ok = true;
        }
    }
    if (!ok || k == numberStart)
        return 0;
    if (k < n && !isLineSpace(line[k]))
        return 0; // "1.5%" or "a.m." is text, not a number
    while (k < n && isLineSpace(line[k]))
        ++k;
    // "7. – Fees", "Section 4: Term"
    if (k + 1 < n && (line[k] == u'-' || line[k] == u'–' || line[k] == u'—' || line[k] == u':')
        && isLineSpace(line[k + 1])) {
        k += 2;
        while (k < n && isLineSpace(line[k]))
            ++k;
    }
    if (k >= n)
        return 0; // a number alone is the body ("12.")
    return k - i;
}

} // namespace

DiffBlock BlockSplitter::analyseLine(QStringView line)
{
    DiffBlock b;
    b.length = line.size();
    const qsizetype n = line.size();
    qsizetype i = 0;
    if (n > 0 && line[0] == u'#') {
        while (i < n && line[i] == u'#')
            ++i;
        if (i <= 6 && i < n && isLineSpace(line[i])) {
            b.kind = DiffBlock::Kind::Heading;
            b.level = quint8(i);
            while (i < n && isLineSpace(line[i]))
                ++i;
        } else {
            i = 0;
        }
    }
    if (b.kind == DiffBlock::Kind::Paragraph) {
        while (i < n && line[i] == u' ')
            ++i;
        const qsizetype indent = i;
        if (i < n && line[i] == u'|') {
            b.kind = DiffBlock::Kind::TableRow;
            i = 0;
        } else if (i + 1 < n && (line[i] == u'-' || line[i] == u'*' || line[i] == u'+')
                   && isLineSpace(line[i + 1])) {
            b.kind = DiffBlock::Kind::ListItem;
            b.level = quint8(std::min<qsizetype>(indent / 2, 255));
            i += 2;
            while (i < n && isLineSpace(line[i]))
                ++i;
        } else if (indent > 0) {
            b.level = quint8(std::min<qsizetype>(indent / 2, 255));
        }
    }
    b.numberStart = i;
    if (b.kind != DiffBlock::Kind::TableRow) {
        const qsizetype len = numberingLength(line, i);
        if (len > 0 && b.kind == DiffBlock::Kind::Paragraph)
            b.kind = DiffBlock::Kind::ListItem;
        i += len;
    }
    b.bodyStart = i;
    return b;
}

QList<DiffBlock> BlockSplitter::split(QStringView text)
{
    QList<DiffBlock> blocks;
    blocks.reserve(text.size() / 120 + 4);
    const qsizetype n = text.size();
    qsizetype pos = 0;
    bool afterBlank = true;
    while (pos < n) {
        // qustrchr is the SIMD search behind indexOf, without its per-call
        // dispatch (which costs more than the search on short lines).
        const char16_t *hit = QtPrivate::qustrchr(text.mid(pos), u'\n');
        const qsizetype eol = hit == text.utf16() + n ? n : hit - text.utf16();
        qsizetype end = eol;
        while (end > pos && (text[end - 1] == u'\r' || isLineSpace(text[end - 1])))
            --end;
        if (end == pos) {
            afterBlank = true;
        } else {
            DiffBlock b = analyseLine(text.mid(pos, end - pos));
            b.start = pos;
            b.bodyStart += pos;
            b.numberStart += pos;
            b.opensBlock = afterBlank;
            afterBlank = false;
            blocks.append(b);
        }
        pos = eol + 1;
    }
    return blocks;
}

} // namespace cw
