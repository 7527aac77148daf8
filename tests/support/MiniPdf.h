#pragma once

// A tiny PDF writer for core tests that need a rendered PDF without
// QtWebEngine: classic cross-reference table, Helvetica text, link
// annotations to named destinations (the shapes Chromium's printToPdf writes).

#include <QByteArray>
#include <QList>
#include <QString>

namespace cw::test {

struct MiniPdfPage
{
    QStringList lines; ///< drawn top-down in Helvetica 11pt (ASCII)
    /// Links on this page: (destination name, line index the link sits on).
    QList<std::pair<QByteArray, int>> links;
    /// Named destinations at the top of this page.
    QList<QByteArray> destinations;
};

inline QByteArray miniPdf(const QList<MiniPdfPage> &pages)
{
    // Objects: 1 info, 2 catalog, 3 pages, 4 font, 5 dests, then per page:
    // page, contents, and one per link.
    QByteArray out = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets(6, 0);
    auto begin = [&](int num) {
        if (offsets.size() <= num)
            offsets.resize(num + 1);
        offsets[num] = out.size();
        out += QByteArray::number(num) + " 0 obj\n";
    };
    int next = 6;
    QList<int> pageNums, contentNums;
    QList<QList<int>> linkNums;
    for (const MiniPdfPage &p : pages) {
        pageNums << next++;
        contentNums << next++;
        QList<int> l;
        for (int i = 0; i < p.links.size(); ++i)
            l << next++;
        linkNums << l;
    }
    begin(1);
    out += "<</Producer (MiniPdf)\n/Creator (tests)>>\nendobj\n";
    begin(2);
    out += "<</Type /Catalog\n/Pages 3 0 R\n/Dests 5 0 R>>\nendobj\n";
    begin(3);
    out += "<</Type /Pages\n/Count " + QByteArray::number(pages.size()) + "\n/Kids [";
    for (int n : pageNums)
        out += QByteArray::number(n) + " 0 R ";
    out += "]>>\nendobj\n";
    begin(4);
    out += "<</Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding>>\nendobj\n";
    begin(5);
    out += "<<";
    for (int i = 0; i < pages.size(); ++i)
        for (const QByteArray &d : pages[i].destinations)
            out += "/" + d + " [" + QByteArray::number(pageNums[i]) + " 0 R /XYZ 50 800 0]\n";
    out += ">>\nendobj\n";
    for (int i = 0; i < pages.size(); ++i) {
        const MiniPdfPage &p = pages[i];
        begin(pageNums[i]);
        out += "<</Type /Page\n/Parent 3 0 R\n/MediaBox [0 0 595 842]\n/Resources <</Font <</F1 4 0 R>>>>\n"
               "/Contents " + QByteArray::number(contentNums[i]) + " 0 R";
        if (!p.links.isEmpty()) {
            out += "\n/Annots [";
            for (int n : linkNums[i])
                out += QByteArray::number(n) + " 0 R ";
            out += "]";
        }
        out += ">>\nendobj\n";
        QByteArray content = "BT /F1 11 Tf\n";
        for (int l = 0; l < p.lines.size(); ++l)
            content += "1 0 0 1 60 " + QByteArray::number(760 - 16 * l) + " Tm (" + p.lines[l].toLatin1() + ") Tj\n";
        content += "ET\n";
        begin(contentNums[i]);
        out += "<</Length " + QByteArray::number(content.size()) + ">> stream\n" + content +
               "\nendstream\nendobj\n";
        for (int k = 0; k < p.links.size(); ++k) {
            const int y = 760 - 16 * p.links[k].second;
            begin(linkNums[i][k]);
            out += "<</Type /Annot\n/Subtype /Link\n/Rect [60 " + QByteArray::number(y - 3) + " 300 " +
                   QByteArray::number(y + 11) + "]\n/Dest /" + p.links[k].first + ">>\nendobj\n";
        }
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(offsets.size()) + "\n0000000000 65535 f \n";
    for (int i = 1; i < offsets.size(); ++i)
        out += QByteArray::number(offsets[i]).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<</Size " + QByteArray::number(offsets.size()) + "\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n" +
           QByteArray::number(xref) + "\n%%EOF";
    return out;
}

/// Three pages: a contents page linking to sections on pages 2 and 3.
inline QByteArray threePagePdf()
{
    MiniPdfPage toc;
    toc.lines = {QStringLiteral("Contents"), QStringLiteral("1. First section"), QStringLiteral("2. Second section")};
    toc.links = {{"toc-first", 1}, {"toc-second", 2}, {"plain", 2}};
    MiniPdfPage a;
    a.lines = {QStringLiteral("First section body")};
    a.destinations = {"toc-first"};
    MiniPdfPage b;
    b.lines = {QStringLiteral("Second section body")};
    b.destinations = {"toc-second", "plain"};
    return miniPdf({toc, a, b});
}

} // namespace cw::test
