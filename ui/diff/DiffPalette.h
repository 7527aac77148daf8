#pragma once

#include "diff/RedlineLine.h"

#include <QColor>
#include <QTextCharFormat>

namespace cw::ui {

/// Colours and line styles of the redline marks. The hues are Okabe–Ito
/// (blue / vermilion / bluish green stay apart for the common colour-vision
/// deficiencies), and every mark also has its own line style, so that the
/// redline reads without colour and in greyscale print:
///   insert     blue, single underline
///   delete     vermilion, struck through
///   moved away bluish green, struck through with a dotted underline
///   moved here bluish green, dashed underline
/// (The HTML export uses the same hues with double lines for moves.)
struct DiffPalette
{
    static QColor foreground(RedlineMark::Style s)
    {
        switch (s) {
        case RedlineMark::Style::Insert:
            return QColor(0x00, 0x4F, 0x7A);
        case RedlineMark::Style::Delete:
            return QColor(0x9A, 0x3A, 0x00);
        case RedlineMark::Style::MovedFrom:
        case RedlineMark::Style::MovedTo:
            break;
        }
        return QColor(0x00, 0x63, 0x4A);
    }

    static QColor background(RedlineMark::Style s)
    {
        switch (s) {
        case RedlineMark::Style::Insert:
            return QColor(0xD6, 0xE9, 0xF8);
        case RedlineMark::Style::Delete:
            return QColor(0xFB, 0xE0, 0xD0);
        case RedlineMark::Style::MovedFrom:
        case RedlineMark::Style::MovedTo:
            break;
        }
        return QColor(0xD3, 0xF0, 0xE6);
    }

    /// The character format of a mark (colours and line style).
    static QTextCharFormat format(RedlineMark::Style s)
    {
        QTextCharFormat f;
        f.setForeground(foreground(s));
        f.setBackground(background(s));
        switch (s) {
        case RedlineMark::Style::Insert:
            f.setUnderlineStyle(QTextCharFormat::SingleUnderline);
            break;
        case RedlineMark::Style::Delete:
            f.setFontStrikeOut(true);
            break;
        case RedlineMark::Style::MovedFrom:
            f.setFontStrikeOut(true);
            f.setUnderlineStyle(QTextCharFormat::DotLine);
            break;
        case RedlineMark::Style::MovedTo:
            f.setUnderlineStyle(QTextCharFormat::DashUnderline);
            break;
        }
        f.setUnderlineColor(foreground(s));
        return f;
    }

    /// The margin bar of a changed line, by the line's kind.
    static QColor bar(RedlineLine::Kind k)
    {
        switch (k) {
        case RedlineLine::Kind::Inserted:
            return foreground(RedlineMark::Style::Insert);
        case RedlineLine::Kind::Deleted:
            return foreground(RedlineMark::Style::Delete);
        case RedlineLine::Kind::MovedFrom:
        case RedlineLine::Kind::MovedTo:
            return foreground(RedlineMark::Style::MovedTo);
        case RedlineLine::Kind::Modified:
            return QColor(0x6A, 0x6A, 0x6A);
        case RedlineLine::Kind::Equal:
            break;
        }
        return Qt::transparent;
    }

    static QColor currentChange() { return QColor(0xE6, 0x9F, 0x00); } // Okabe–Ito orange
    static QColor paper() { return QColor(0xFF, 0xFF, 0xFF); }
    static QColor gutter() { return QColor(0xF3, 0xF3, 0xF1); }
    static QColor collapsed() { return QColor(0xEE, 0xEE, 0xEA); }
};

} // namespace cw::ui
