#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace cw {

/// A clause number or bullet recognised at the start of a line: "4.2", "4.",
/// "(a)", "iv)", "A.", "§ 3", "Article 5", "ARTICLE V", "Section 12", "- ".
///
/// Contract: all indices are into the QStringView given to parse(), which must
/// start at the marker (callers skip indentation first). parse() is strict
/// enough that ordinary sentences are not mistaken for numbers: "30 days",
/// "Section 5 of the Act", "3.5 million", "e.g." and "U.S." are not markers.
struct NumberMarker
{
    enum class Family {
        Decimal,     ///< 4 / 4.2 / 4.2.1, written "4.", "4.2", "4)", "(4)"
        Alpha,       ///< a, b, c … written "a.", "(a)", "a)", "A."
        Roman,       ///< i, ii, iv … written "iv.", "(iv)", "iv)", "IV."
        Keyword,     ///< "Article 5", "Section 12.3", "Chapter II", "Sec. 4"
        SectionSign, ///< "§ 3", "§§ 3.1"
        Bullet,      ///< "- ", "* ", "+ ", "• "
    };
    enum class Wrap {
        None,       ///< "4.2", "Article 5", "§ 3", bullets
        Dot,        ///< "4.", "a.", "IV."
        CloseParen, ///< "4)", "a)"
        BothParens, ///< "(4)", "(a)", "(iv)"
    };

    Family family = Family::Decimal;
    Wrap wrap = Wrap::None;
    bool upper = false; ///< letters written as capitals ("A.", "IV.", "ARTICLE")
    int level = 1;      ///< dotted components of the number: "4.2.1" → 3
    int ordinal = 0;    ///< value of the last component: a → 1, iv → 4, 12 → 12; 0 if unknown
    /// A single i/v/x (or I/V/X): Roman by default, but the letter after h/u/w
    /// in an alphabetic list. parse() reports Roman; callers with context decide.
    bool alphaRomanAmbiguous = false;
    QString keyword;      ///< lower-case keyword for Family::Keyword ("article", "section", "sec")
    QString number;       ///< display form: "4.2", "4", "(a)", "a", "iv)", "§ 3", "Article 5"
    int markerEnd = 0;    ///< index just past the marker token ("4.2." / "(a)" / "Article 5")
    int contentStart = 0; ///< first character of the text after the marker and its separator

    /// Recognises a marker at the very start of `line`; nullopt when there is none.
    static std::optional<NumberMarker> parse(QStringView line);

    /// Same list style (family, wrapping, case, depth, keyword): siblings share it.
    bool sameStyle(const NumberMarker &other) const;

    /// Same numbering family at any depth: "4." / "4.2" / "4.2.1" are one
    /// family, "Section 12" / "Section 12.3" another, "(a)" / "(b)" a third.
    bool sameFamily(const NumberMarker &other) const;

    /// A lower-level item marker ("(a)", "iv)", "a.") rather than a section number
    /// ("4.2", "A.", "Article 5", "§ 3"). Items are list-like clauses.
    bool isItemStyle() const;

    /// The same marker reinterpreted as the alphabetic letter it also spells
    /// (only meaningful when alphaRomanAmbiguous).
    NumberMarker asAlpha() const;
};

} // namespace cw
