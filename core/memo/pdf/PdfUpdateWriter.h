#pragma once

#include "memo/pdf/PdfFile.h"
#include "memo/pdf/PdfValue.h"

#include <QByteArray>
#include <QList>

namespace cw::pdf {

/// Appends an incremental update (ISO 32000-1 §7.5.6) to a PDF: new and
/// replaced objects, a cross-reference section for them and a trailer whose
/// /Prev points to the previous section. The original bytes stay untouched in
/// front, so the update can add metadata and stamps without re-encoding what
/// the renderer wrote.
///
/// Output is deterministic: the same base and the same objects give the same
/// bytes.
class PdfUpdateWriter
{
public:
    explicit PdfUpdateWriter(const PdfFile &base);

    /// A fresh object number (above the base's /Size).
    int newObject() { return m_nextNumber++; }
    /// Adds object `num` (new, or a replacement for a base object).
    void setObject(int num, const PdfValue &value);
    /// Adds a stream object; /Length is set from `data`.
    void setStream(int num, PdfValue dict, const QByteArray &data);

    /// The base bytes followed by the update. `trailer` holds the entries to
    /// carry (at least /Root; /Info, /ID …); /Size and /Prev are set here.
    QByteArray finish(PdfValue trailer) const;

private:
    struct Entry
    {
        int num;
        QByteArray body; ///< serialised "num 0 obj … endobj\n"
    };

    const PdfFile &m_base;
    int m_nextNumber;
    QList<Entry> m_entries;
};

} // namespace cw::pdf
