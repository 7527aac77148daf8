#include "RendererLoader.h"

#include "GuiLauncher.h"

#include <cstdio>
#include <string>

namespace cw {

namespace {

using PrinterEntry = const MemoPdfPrinter *(*)();
using PagesEntry = const PageRenderer *(*)();
PrinterEntry g_printer = nullptr;
PagesEntry g_pages = nullptr;

} // namespace

int runWithRenderer(int argc, char **argv, int (*body)(int, char **))
{
    using RunEntry = int (*)(int, char **, int (*)(int, char **));
    std::string error;
    auto run = reinterpret_cast<RunEntry>(guiModuleSymbol("cw_run_with_renderer", error));
    if (run)
        g_printer = reinterpret_cast<PrinterEntry>(guiModuleSymbol("cw_pdf_printer", error));
    if (g_printer)
        g_pages = reinterpret_cast<PagesEntry>(guiModuleSymbol("cw_page_renderer", error));
    if (!run || !g_printer || !g_pages) {
        std::fprintf(stderr, "clausewatch: cannot load the renderer (clausewatch_gui.so): %s\n",
                     error.c_str());
        return 2;
    }
    return run(argc, argv, body);
}

const PageRenderer *pageRenderer()
{
    return g_pages ? g_pages() : nullptr;
}

const MemoPdfPrinter *pdfPrinter()
{
    return g_printer ? g_printer() : nullptr;
}

} // namespace cw
