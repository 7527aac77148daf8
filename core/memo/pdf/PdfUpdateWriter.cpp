#include "memo/pdf/PdfUpdateWriter.h"

#include <QMap>

namespace cw::pdf {

PdfUpdateWriter::PdfUpdateWriter(const PdfFile &base)
    : m_base(base), m_nextNumber(qMax(1, base.objectCount()))
{
}

void PdfUpdateWriter::setObject(int num, const PdfValue &value)
{
    m_entries.append({num, QByteArray::number(num) + " 0 obj\n" + value.serialize() + "\nendobj\n"});
}

void PdfUpdateWriter::setStream(int num, PdfValue dict, const QByteArray &data)
{
    dict.set("Length", PdfValue::integer(data.size()));
    m_entries.append({num, QByteArray::number(num) + " 0 obj\n" + dict.serialize() + " stream\n" +
                               data + "\nendstream\nendobj\n"});
}

QByteArray PdfUpdateWriter::finish(PdfValue trailer) const
{
    QByteArray out = m_base.bytes();
    // The renderer may end the file right after %%EOF; objects must start on
    // their own line.
    if (!out.endsWith('\n'))
        out += '\n';
    QMap<int, qsizetype> offsets;
    int highest = m_base.objectCount() - 1;
    for (const Entry &e : m_entries) {
        offsets.insert(e.num, out.size());
        out += e.body;
        highest = qMax(highest, e.num);
    }

    const qsizetype xrefOffset = out.size();
    out += "xref\n0 1\n0000000000 65535 f \n";
    // Subsections of consecutive object numbers.
    for (auto it = offsets.cbegin(); it != offsets.cend();) {
        auto run = it;
        int count = 0;
        while (run != offsets.cend() && run.key() == it.key() + count) {
            ++run;
            ++count;
        }
        out += QByteArray::number(it.key()) + ' ' + QByteArray::number(count) + '\n';
        for (; it != run; ++it)
            out += QByteArray::number(it.value()).rightJustified(10, '0') + " 00000 n \n";
    }
    trailer.set("Size", PdfValue::integer(highest + 1));
    trailer.set("Prev", PdfValue::integer(m_base.startXref()));
    out += "trailer\n" + trailer.serialize() + "\nstartxref\n" + QByteArray::number(xrefOffset) +
           "\n%%EOF\n";
    return out;
}

} // namespace cw::pdf
