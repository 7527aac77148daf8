#pragma once

#include <string>

namespace cw {

/// Loads the GUI module (Widgets, WebEngine) at run time and hands it the
/// process. Command-line work never pays for those libraries.
/// Must be called before any Q*Application exists.
int launchGui(int argc, char **argv);

/// dlopen()s the GUI module (build tree first, then the installed layout) and
/// returns the address of `symbol` in it; nullptr with `error` set when the
/// module or the symbol is missing. The module stays loaded until exit.
void *guiModuleSymbol(const char *symbol, std::string &error);

} // namespace cw
