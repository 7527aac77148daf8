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

void *guiModuleSymbol(const char *symbol, std::string &error)
{
    const std::string dir = executableDir();
    // Build tree first, then the installed layout.
    const std::string candidates[] = {dir + "/clausewatch_gui.so",
                                      dir + "/../lib/clausewatch/clausewatch_gui.so"};
    error.clear();
    for (const std::string &path : candidates) {
        if (access(path.c_str(), R_OK) != 0)
            continue;
        // The module stays loaded until exit: Qt objects it created may be
        // destroyed during static destruction.
        void *handle = dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
        if (!handle) {
            error = dlerror();
            continue;
        }
        if (void *entry = dlsym(handle, symbol))
            return entry;
        error = path + ": no " + symbol + " entry";
    }
    if (error.empty())
        error = "clausewatch_gui.so not found";
    return nullptr;
}

int launchGui(int argc, char **argv)
{
    using Entry = int (*)(int, char **);
    std::string error;
    auto entry = reinterpret_cast<Entry>(guiModuleSymbol("cw_gui_main", error));
    if (!entry) {
        std::fprintf(stderr, "clausewatch: cannot load the GUI module (clausewatch_gui.so): %s\n",
                     error.c_str());
        return 2;
    }
    return entry(argc, argv);
}

} // namespace cw
