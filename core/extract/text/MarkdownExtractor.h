#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cw {

struct MarkdownExtraction
{
    QString text;  ///< canonical text (COMMON.md)
    QString title; ///< first level-1 heading, else the first heading; "" when none
};

/// Markdown (CommonMark with GitHub tables, strikethrough and task lists, which is
/// what Open Terms Archive stores) → canonical text.
///
/// Parsed with md4c (Debian's libmd4c, the parser Qt itself uses for Markdown):
/// CommonMark-conformant, streaming, fuzzed upstream, and it already ships with
/// Qt's runtime. Hand-writing a Markdown reader would have to redo CommonMark's
/// many corner cases (backslash escapes as OTA's Turndown writes them, lazy
/// continuation, setext vs thematic breaks, list tightness) for no gain; cmark-gfm
/// would do too but builds a tree we do not need.
///
/// Mapping: ATX and setext headings keep their level; paragraphs, list items
/// (nesting, own markers in the text winning over generated ones, ordered lists'
/// start numbers and ')' delimiters), tables as `| a | b |` rows, block quotes as
/// blocks; emphasis, strikethrough, link targets and images are dropped (links keep
/// their text); code is kept as text; a hard line break starts a new paragraph
/// (as <br> does in HTML); HTML blocks go through HtmlExtractor and inline HTML
/// tags are dropped. Entities are decoded. Pure function; safe from any thread.
class MarkdownExtractor
{
public:
    /// `utf8` is UTF-8 Markdown.
    static Result<MarkdownExtraction> extract(const QByteArray &utf8);
};

} // namespace cw
