#pragma once

#include <QString>
#include <QStringView>

namespace cw {

/// Turns text into the canonical text format shared by extract, segment and diff
/// (COMMON.md): Unicode NFC, '\n' line endings, no trailing spaces, runs of spaces
/// collapsed, blocks separated by exactly one blank line, no leading or trailing
/// blank line and no final newline.
///
/// Character policy (applied before NFC so that removing a character can never
/// leave an uncomposed pair behind):
/// - NBSP, narrow NBSP, figure space, the U+2000..U+200A spaces, ideographic space,
///   tab, VT and FF become an ordinary space;
/// - soft hyphen, zero-width space, word joiner, BOM/ZWNBSP and C0/C1 control
///   characters are removed;
/// - CR LF, CR, NEL and U+2028 end a line; U+2029 ends a paragraph (blank line);
/// - ZWJ/ZWNJ and bidi marks are kept: they change how some scripts and emoji
///   read, so removing them would alter the text, not just its encoding;
/// - typographic quotes, dashes and ellipses are kept as written.
///
/// Line policy: leading spaces are kept only on list-item lines (indent rounded
/// down to an even count, since nesting is two spaces per level); every other line
/// loses its leading spaces. Single line breaks inside a block are kept, because
/// list and table blocks are several lines; joining wrapped prose into paragraphs
/// is the extractors' job, not this one's.
///
/// Contract: normalize(normalize(x)) == normalize(x) for every x.
class TextNormalizer
{
public:
    /// Whole-text normalisation to the canonical format.
    static QString normalize(QStringView text);

    /// normalize() for text made only of what normalizeInline() writes and of
    /// '\n' separators (or of normalize() output): the character policy would
    /// change nothing there, so only NFC and the line policy run.
    static QString normalizeMapped(QStringView text);

    /// The character policy, line-ending unification and NFC only: lines and
    /// their indentation are left as they are (for readers that need them).
    static QString normalizeCharacters(QStringView text);

    /// Normalisation of one block's inline text: the character policy above, then
    /// every run of whitespace (line breaks included) becomes one space, and the
    /// result is trimmed. No NFC here: normalize() applies it to the whole text.
    static QString normalizeInline(QStringView text);

    /// True if `line` (without its indentation) starts with a list marker as the
    /// canonical format writes them: "- ", "• ", "1. ", "1) ", "1.2 ", "(a) ",
    /// "a) ", "iv. ". Used for the indentation rule and by the plain-text reader.
    static bool startsWithListMarker(QStringView line);

    /// Length of the list marker at the start of `line`, including its trailing
    /// space, or 0 when there is none (same grammar as startsWithListMarker).
    static qsizetype listMarkerLength(QStringView line);

private:
    /// The line policy over text the character policy and NFC went through.
    static QString normalizeLines(const QString &mapped);
};

} // namespace cw
