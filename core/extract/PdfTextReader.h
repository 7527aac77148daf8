#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cw {

/// Reads the text of a PDF. The core stays free of QtGui, so the implementation
/// (QtPdf or poppler) lives in a module loaded on demand and is handed to the
/// Extractor (Extractor::setPdfTextReader).
///
/// Contract for implementations: return the text of every page in order, pages
/// separated by a blank line ("\n\n"), lines as the PDF lays them out; an empty
/// string (not an error) for a PDF that has no text layer, so that the quality gate
/// can say so; an Error for a PDF that cannot be opened. readText() may be called
/// from several threads at once.
class PdfTextReader
{
public:
    virtual ~PdfTextReader() = default;
    virtual Result<QString> readText(const QByteArray &pdf) const = 0;
};

} // namespace cw
