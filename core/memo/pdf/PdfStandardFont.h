#pragma once

#include "memo/pdf/PdfValue.h"

#include <QByteArray>
#include <QString>

namespace cw::pdf {

/// Helvetica, one of the 14 standard PDF fonts (every reader has it or a
/// metric-compatible substitute, so nothing is embedded), with WinAnsi
/// encoding. Used for the few lines the seal stamps onto rendered pages:
/// running header and footer, page numbers.
class PdfStandardFont
{
public:
    /// The font dictionary, with /Widths so that readers that substitute
    /// another face still place every glyph where we measured it.
    static PdfValue helveticaDictionary();
    /// `text` in WinAnsi (Windows-1252) bytes; characters it lacks become '?'.
    static QByteArray toWinAnsi(const QString &text);
    /// Advance width of WinAnsi bytes at `size` points.
    static double width(const QByteArray &winAnsi, double size);
    /// `text` shortened with an ellipsis so that it fits `maxWidth` points.
    static QByteArray fit(const QString &text, double size, double maxWidth);
};

} // namespace cw::pdf
