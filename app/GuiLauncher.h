#pragma once

namespace cw {

/// Loads the GUI module (Widgets, WebEngine) at run time and hands it the
/// process. Command-line work never pays for those libraries.
/// Must be called before any Q*Application exists.
int launchGui(int argc, char **argv);

} // namespace cw
