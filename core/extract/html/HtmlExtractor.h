#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cw {

/// Options of one HTML extraction; stored on the document so that every
/// re-capture extracts the same way.
struct HtmlExtractOptions
{
    QString selectCss; ///< when set, only the parts matching it are kept (document order)
    QString removeCss; ///< when set, the parts matching it are dropped
};

struct HtmlExtraction
{
    QString text;                  ///< canonical text (COMMON.md)
    QString title;                 ///< <title>, else the first <h1>; "" when neither
    qsizetype droppedDeepTags = 0; ///< tags removed by the nesting cap (HtmlDepthLimiter)
};

/// HTML → canonical text, with gumbo (the HTML5 parsing algorithm, so broken
/// markup is read as browsers read it).
///
/// Structure kept: headings h1–h6 (and role="heading" with aria-level) with their
/// levels, paragraphs and other blocks, ordered/unordered lists with nesting (own
/// markers in the text — "(a) …", "1.2 …" — win over generated ones; <ol start,
/// type, reversed> and <li value> are honoured), data tables as `| a | b |` rows
/// (single-column tables, tables holding headings or other tables are layout and
/// read as blocks), <br> as a line break (a new paragraph; a space inside list
/// items, headings and table cells, which are one line each). Dropped: see
/// HtmlBoilerplate. The tree is walked with an explicit stack and nesting is
/// capped first (HtmlDepthLimiter), so no input can exhaust the call stack.
///
/// Errors: an invalid selector; a `select` that matches nothing on the page (the
/// page's layout changed — silently storing nothing would hide that).
/// Contract: `utf8Html` is UTF-8 (the Extractor facade decodes first). Pure
/// function; safe from any thread.
class HtmlExtractor
{
public:
    static Result<HtmlExtraction> extract(const QByteArray &utf8Html,
                                          const HtmlExtractOptions &options = {});
};

} // namespace cw
