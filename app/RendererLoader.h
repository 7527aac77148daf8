#pragma once

namespace cw {

class MemoPdfPrinter;
class PageRenderer;

/// Runs `body` inside the GUI module's rendering application (a
/// QGuiApplication set up for QtWebEngine), for commands that print PDFs.
/// The executable itself keeps linking QtCore only. Must be called before any
/// Q*Application exists; returns body's exit code, or 2 (with a one-line
/// message) when the module cannot be loaded.
/// `body` gets the original arguments; the application itself gets only the
/// program name, so that Qt does not read command options as its own.
int runWithRenderer(int argc, char **argv, int (*body)(int, char **));

/// The module's PDF printer while runWithRenderer's body runs; null otherwise.
const MemoPdfPrinter *pdfPrinter();

/// The module's page renderer (QtWebEngine, scripts on) while
/// runWithRenderer's body runs; null otherwise.
const PageRenderer *pageRenderer();

} // namespace cw
