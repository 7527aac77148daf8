#include "GuiLauncher.h"

#include <dlfcn.h>
#include <unistd.h>

#include <climits>
#include <cstdio>
#include <string>

namespace cw {

namespace {

// The executable's folder, without a QCoreApplication (none may exist yet:
// the GUI module creates a QApplication).
std::string executableDir()
{
    char buf[PATH_MAX];
    const ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
    if (n <= 0)
        return ".";
    std::string path(buf, size_t(n));
    return path.substr(0, path.find_last_of('/'));
}

} // namespace

int launchGui(int argc, char **argv)
{
    using Entry = int (*)(int, char **);
    const std::string dir = executableDir();
    // Build tree first, then the installed layout.
    const std::string candidates[] = {dir + "/clausewatch_gui.so",
                                      dir + "/../lib/clausewatch/clausewatch_gui.so"};
    std::string lastError;
    for (const std::string &path : candidates) {
        if (access(path.c_str(), R_OK) != 0)
            continue;
        void *handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            lastError = dlerror();
            continue;
        }
        auto entry = reinterpret_cast<Entry>(dlsym(handle, "cw_gui_main"));
        if (!entry) {
            lastError = path + ": no cw_gui_main entry";
            continue;
        }
        // The module stays loaded until exit: Qt objects it created may be
        // destroyed during static destruction.
        return entry(argc, argv);
    }
    std::fprintf(stderr, "clausewatch: cannot load the GUI module (clausewatch_gui.so)%s%s\n",
                 lastError.empty() ? "" : ": ", lastError.c_str());
    return 2;
}

} // namespace cw
