#include "extract/PdfModule.h"

#include "util/ModuleLoader.h"

namespace cw {

std::shared_ptr<const PdfTextReader> PdfModule::reader()
{
    // ModuleLoader remembers the outcome, so this is cheap after the first call.
    using Entry = const PdfTextReader *(*)();
    auto entry = ModuleLoader::entry(QStringLiteral("clausewatch_pdf"), "cw_pdf_text_reader");
    if (!entry)
        return nullptr;
    // The module owns the reader (a static); never delete it.
    return std::shared_ptr<const PdfTextReader>(reinterpret_cast<Entry>(*entry)(),
                                                [](const PdfTextReader *) {});
}

QString PdfModule::loadError()
{
    auto entry = ModuleLoader::entry(QStringLiteral("clausewatch_pdf"), "cw_pdf_text_reader");
    return entry ? QString() : entry.error().toString();
}

} // namespace cw
