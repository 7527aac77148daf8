#pragma once

#include <QString>
#include <QStringView>

namespace cw {

/// Plain text (and the text a PDF reader returns) → canonical text.
///
/// Paragraphs are separated by blank lines; the lines of one paragraph are joined
/// with spaces (hard-wrapped text becomes one line). Within a paragraph, lines that
/// start with a list marker ("- ", "• ", "(a) ", "1. " …) become list items, and
/// lines that look like headings — short, without closing punctuation, numbered
/// ("4. Disputes", "4.2 Arbitration", "Section 5 Liability") or in capitals
/// ("TERMS OF SERVICE") — stay blocks of their own (as paragraphs: plain text
/// gives no reliable heading level). A text with no blank line at all is read as
/// one paragraph per line, which is how unwrapped text files are written.
/// Pure function; safe from any thread.
class PlainTextExtractor
{
public:
    static QString extract(QStringView text);

    /// True if `line` (trimmed) looks like a heading as described above.
    static bool looksLikeHeading(QStringView line);
};

} // namespace cw
