#pragma once

#include "memo/pdf/PdfValue.h"
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace cw::pdf {

/// A page of a PDF: its object number and dictionary, and its media box in
/// PDF points (1/72 inch; origin bottom left).
struct PdfPage
{
    int num = 0;
    int gen = 0;
    PdfValue dict;
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;

    double width() const { return x1 - x0; }
    double height() const { return y1 - y0; }
};

/// An internal link on a page: its rectangle and the named destination it
/// points to (how Chromium writes `<a href="#id">`).
struct PdfLink
{
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    QByteArray destination;
};

/// Read access to a PDF held in memory, enough to append an incremental
/// update to it and to read such an update back: the cross-reference tables
/// (classic tables, following /Prev; newest entries win), the trailer,
/// indirect objects, the page tree, named destinations and link annotations.
///
/// Not a general PDF reader: cross-reference streams and object streams
/// (PDF 1.5 compression) are refused with an Error. Chromium's printToPdf
/// (Skia) writes neither.
class PdfFile
{
public:
    static Result<PdfFile> parse(const QByteArray &bytes);

    const QByteArray &bytes() const { return m_bytes; }
    /// The newest trailer dictionary.
    const PdfValue &trailer() const { return m_trailer; }
    /// Offset of the newest cross-reference section (the file's startxref).
    qsizetype startXref() const { return m_startXref; }
    /// The trailer's /Size: one more than the highest object number.
    int objectCount() const { return int(m_trailer.get("Size") ? m_trailer.get("Size")->toInteger() : 0); }

    /// The value of object `num` (a stream's dictionary for streams).
    Result<PdfValue> object(int num) const;
    /// The raw (still encoded) bytes of stream object `num`.
    Result<QByteArray> streamData(int num) const;
    /// `v` itself, or the object it refers to (following chains, bounded).
    Result<PdfValue> resolve(const PdfValue &v) const;
    /// The value under `key` in dictionary `dict`, resolved; Null when absent.
    Result<PdfValue> resolvedEntry(const PdfValue &dict, const QByteArray &key) const;

    /// Pages in document order (walks /Root /Pages; media boxes inherited).
    Result<QList<PdfPage>> pages() const;
    /// Named destinations (catalog /Dests and the /Names /Dests tree) mapped
    /// to page numbers, 0-based.
    Result<QHash<QByteArray, int>> namedDestinationPages(const QList<PdfPage> &pages) const;
    /// A page's link annotations that point to named destinations.
    Result<QList<PdfLink>> links(const PdfPage &page) const;

private:
    Status readXrefChain();
    Result<qsizetype> offsetOf(int num) const;

    QByteArray m_bytes;
    QHash<int, qsizetype> m_offsets;
    PdfValue m_trailer;
    qsizetype m_startXref = 0;
};

} // namespace cw::pdf
