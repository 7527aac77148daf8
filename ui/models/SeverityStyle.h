#pragma once

#include "model/Severity.h"

#include <QColor>
#include <QCoreApplication>

namespace cw::ui {

/// Colours and words for severities. Colour never stands alone: every place
/// that colours a severity also shows its word. The palette (Okabe–Ito based)
/// stays distinguishable for the common colour-vision deficiencies.
struct SeverityStyle
{
    static QColor foreground(Severity s)
    {
        switch (s) {
        case Severity::High: return QColor(0xB3, 0x3A, 0x00);   // vermilion, darkened for text
        case Severity::Medium: return QColor(0x8A, 0x5A, 0x00); // amber, darkened for text
        case Severity::Low: break;
        }
        return QColor(0x00, 0x5A, 0x8C); // blue
    }
    static QColor background(Severity s)
    {
        switch (s) {
        case Severity::High: return QColor(0xF9, 0xD9, 0xC8);
        case Severity::Medium: return QColor(0xFB, 0xEB, 0xC0);
        case Severity::Low: break;
        }
        return QColor(0xD3, 0xE8, 0xF5);
    }
    /// Variants for dark palettes: light text on a deep tint of the same hue.
    static QColor foreground(Severity s, bool dark)
    {
        if (!dark)
            return foreground(s);
        switch (s) {
        case Severity::High: return QColor(0xFF, 0x9E, 0x75);
        case Severity::Medium: return QColor(0xF0, 0xC2, 0x5E);
        case Severity::Low: break;
        }
        return QColor(0x86, 0xC5, 0xF0);
    }
    static QColor background(Severity s, bool dark)
    {
        if (!dark)
            return background(s);
        switch (s) {
        case Severity::High: return QColor(0x5C, 0x2B, 0x16);
        case Severity::Medium: return QColor(0x52, 0x40, 0x12);
        case Severity::Low: break;
        }
        return QColor(0x17, 0x3B, 0x55);
    }
    static QString word(Severity s)
    {
        switch (s) {
        case Severity::High: return QCoreApplication::translate("cw::ui::Severity", "High");
        case Severity::Medium: return QCoreApplication::translate("cw::ui::Severity", "Medium");
        case Severity::Low: break;
        }
        return QCoreApplication::translate("cw::ui::Severity", "Low");
    }
};

} // namespace cw::ui
