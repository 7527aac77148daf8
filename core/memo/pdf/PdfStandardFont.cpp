#include "memo/pdf/PdfStandardFont.h"

#include <array>

namespace cw::pdf {

namespace {

// Helvetica advance widths (1/1000 em) for WinAnsi codes 32..255, from the
// font's standard metrics. Codes WinAnsi leaves undefined are 0.
constexpr std::array<short, 224> kWidths = {
    // 32..127
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, //
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, //
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, //
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, //
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, //
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0, //
    // 128..159
    556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0, //
    0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667, //
    // 160..255
    278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333, //
    400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611, //
    667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278, //
    722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611, //
    556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278, //
    556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500};

// Unicode characters of the Windows-1252 block 0x80..0x9F.
constexpr std::array<char16_t, 32> kHighBlock = {
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178};

char toCode(char16_t u)
{
    if ((u >= 0x20 && u < 0x7f) || (u >= 0xa0 && u <= 0xff))
        return char(u);
    for (size_t i = 0; i < kHighBlock.size(); ++i)
        if (kHighBlock[i] && kHighBlock[i] == u)
            return char(0x80 + i);
    if (u == u'\t' || u == u'\n' || u == 0x2009 || u == 0x202F)
        return ' ';
    return '?';
}

} // namespace

PdfValue PdfStandardFont::helveticaDictionary()
{
    PdfValue d = PdfValue::dict();
    d.set("Type", PdfValue::name("Font"));
    d.set("Subtype", PdfValue::name("Type1"));
    d.set("BaseFont", PdfValue::name("Helvetica"));
    d.set("Encoding", PdfValue::name("WinAnsiEncoding"));
    d.set("FirstChar", PdfValue::integer(32));
    d.set("LastChar", PdfValue::integer(255));
    PdfValue widths = PdfValue::array();
    for (const short w : kWidths)
        widths.append(PdfValue::integer(w));
    d.set("Widths", widths);
    return d;
}

QByteArray PdfStandardFont::toWinAnsi(const QString &text)
{
    QByteArray out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += toCode(c.unicode());
    return out;
}

double PdfStandardFont::width(const QByteArray &winAnsi, double size)
{
    double units = 0;
    for (const char c : winAnsi) {
        const auto u = uchar(c);
        units += u >= 32 ? kWidths[u - 32] : 0;
    }
    return units * size / 1000.0;
}

QByteArray PdfStandardFont::fit(const QString &text, double size, double maxWidth)
{
    QByteArray bytes = toWinAnsi(text);
    if (width(bytes, size) <= maxWidth)
        return bytes;
    const char ellipsis = char(0x85);
    while (!bytes.isEmpty() && width(bytes + ellipsis, size) > maxWidth)
        bytes.chop(1);
    return bytes.trimmed() + ellipsis;
}

} // namespace cw::pdf
