#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace cw {

/// A file read for `clausewatch diff --files`: its canonical text and bytes.
struct DiffInput
{
    QString text;   ///< canonical text
    QByteArray raw; ///< the file's bytes
    QString format; ///< "html", "markdown", "pdf", "text", or "canonical" (read as is)
    /// `text` is `raw` decoded and nothing else (valid UTF-8, no BOM, no CR), so
    /// its UTF-8 is `raw` itself and the two hash alike: callers hash once.
    bool textIsRaw = false;
};

/// Reads files for comparison without an archive.
///
/// HTML, Markdown and PDF files (by extension) go through the Extractor, as
/// captures do, so that a page and its Markdown export compare by content.
/// Any other file is taken as canonical text already (UTF-8, CRLF → LF); a
/// file that is not UTF-8 goes through the Extractor too (encoding detection).
///
/// Markdown that is already in canonical form (isCanonicalMarkdown()) is taken
/// as is: the extractor would return it unchanged, and skipping the parse keeps
/// `diff --files` on large inputs within the start-up budget of a command.
class DiffInputFile
{
public:
    static Result<DiffInput> read(const QString &path);

    /// True when `path` is read through an extractor by its extension
    /// (Markdown, HTML, PDF), not decoded as canonical text.
    static bool isStructured(const QString &path);

    /// True when Markdown extraction would leave `text` unchanged: blocks of
    /// single lines separated by one blank line, `#` headings, `- ` / `1. `
    /// lists of consecutive lines without indentation (and not two lists in a
    /// row, which Markdown merges), and none of the
    /// characters Markdown gives a meaning inline (* _ ` [ ] < > & \ | ~) or
    /// lines it would read as rules, setext underlines or code. Conservative:
    /// false only costs an extraction.
    static bool isCanonicalMarkdown(QStringView text);
};

} // namespace cw
