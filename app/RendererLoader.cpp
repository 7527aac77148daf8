#include "RendererLoader.h"

#include "GuiLauncher.h"

#include <cstdio>
#include <string>

namespace cw {

namespace {

using PrinterEntry = const MemoPdfPrinter *(*)();
PrinterEntry g_printer = nullptr;

} // namespace

int runWithRenderer(int argc, char **argv, int (*body)(int, char **))
{
    using RunEntry = int (*)(int, char **, int (*)(int, char **));
    std::string error;
    auto run = reinterpret_cast<RunEntry>(guiModuleSymbol("cw_run_with_renderer", error));
    if (run)
        g_printer = reinterpret_cast<PrinterEntry>(guiModuleSymbol("cw_pdf_printer", error));
    if (!run || !g_printer) {
        std::fprintf(stderr, "clausewatch: cannot load the PDF renderer (clausewatch_gui.so): %s\n",
                     error.c_str());
        return 2;
    }
    return run(argc, argv, body);
}

const MemoPdfPrinter *pdfPrinter()
{
    return g_printer ? g_printer() : nullptr;
}

} // namespace cw
