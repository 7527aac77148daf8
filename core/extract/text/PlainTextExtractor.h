#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace cw {

/// Plain text (and the text a PDF reader returns) → canonical text.
///
/// Paragraphs are separated by blank lines; the lines of one paragraph are joined
/// with spaces (hard-wrapped text becomes one line). Text that is hard-wrapped
/// (most lines close to one width of 40 to 140 characters, as PDF readers and
/// e-mail give it) also ends a paragraph at a short line that closes a sentence,
/// since such text often has no blank lines at all. Within a paragraph, lines that
/// start with a list marker ("- ", "• ", "(a) ", "1. " …) become list items, and
/// lines that look like headings — short, without closing punctuation, numbered
/// ("4. Disputes", "4.2 Arbitration", "Section 5 Liability") or in capitals
/// ("TERMS OF SERVICE") — stay blocks of their own (as paragraphs: plain text
/// gives no reliable heading level). A text that is neither wrapped nor has a blank
/// line is read as one paragraph per line, which is how unwrapped files are written.
/// Pure function; safe from any thread.
class PlainTextExtractor
{
public:
    static QString extract(QStringView text);

    /// True if `line` (trimmed) looks like a heading as described above.
    static bool looksLikeHeading(QStringView line);

private:
    struct Layout
    {
        bool blankLines = false; ///< blank lines separate paragraphs
        bool wrapped = false;    ///< lines are hard-wrapped at about `width` characters
        qsizetype width = 0;
    };
    static Layout layoutOf(const QList<QStringView> &lines);
};

} // namespace cw
