#pragma once

#include "settings/AppSettings.h"

#include <QPalette>

namespace cw::ui {

/// The application's look: the system palette (light or dark, as the desktop
/// says) or a forced light or dark one.
class Appearance
{
public:
    /// Applies to the whole application. System restores the palette the
    /// platform theme gives; Light and Dark use the Fusion style with a fixed
    /// palette, so they look the same on every desktop.
    static void apply(AppSettings::Appearance appearance);
    /// Whether a palette is dark (its window colour is darker than its text).
    static bool isDark(const QPalette &palette);
    static QPalette darkPalette();
    static QPalette lightPalette();
};

} // namespace cw::ui
