#pragma once

#include "memo/MemoSpec.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cw {

/// Page geometry of a memo, in millimetres; the renderer lays the page out
/// with it and the seal stamps header and footer into its margins.
struct MemoPageSetup
{
    PaperSize paper = PaperSize::A4;
    double marginTopMm = 24;
    double marginRightMm = 20;
    double marginBottomMm = 22;
    double marginLeftMm = 20;

    static MemoPageSetup forPaper(PaperSize paper)
    {
        MemoPageSetup s;
        s.paper = paper;
        return s;
    }
    static double toPoints(double mm) { return mm * 72.0 / 25.4; }
};

/// One HTML document to print.
struct PdfPrintJob
{
    QString html; ///< complete, self-contained (MemoBuilder output)
    MemoPageSetup page;
};

/// Turns HTML into PDF bytes. Implemented in the GUI module by QtWebEngine
/// (ui/memo/MemoRenderer), so that the core and the command line never link
/// it; tests may implement it otherwise.
///
/// Contract: no network access and no scripts while printing; returns the
/// PDF exactly as the engine wrote it (the seal is added by MemoExporter).
/// Called on the thread that owns the printer.
class MemoPdfPrinter
{
public:
    virtual ~MemoPdfPrinter() = default;
    virtual Result<QByteArray> print(const PdfPrintJob &job) const = 0;
};

} // namespace cw
