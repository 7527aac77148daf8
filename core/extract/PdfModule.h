#pragma once

#include "extract/PdfTextReader.h"

#include <memory>

namespace cw {

/// Loads the PDF text reader module (clausewatch_pdf.so, QtPdf) on first use.
/// Found by ModuleLoader. Returns nullptr when it cannot be loaded; the Extractor then reports that PDFs cannot be read.
/// Thread-safe; the module stays loaded for the life of the process.
class PdfModule
{
public:
    static std::shared_ptr<const PdfTextReader> reader();
    /// Why the last load failed, for messages.
    static QString loadError();
};

} // namespace cw
