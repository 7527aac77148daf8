#pragma once

#include <QByteArray>

namespace cw {

/// Bounds the element nesting of an HTML document before gumbo sees it.
///
/// Why: gumbo 0.10 builds and frees its tree recursively and checks element scope
/// by walking the open-element stack, so a document nested 100,000 deep takes
/// ~26 s to parse and overflows a 1 MiB thread stack. Browsers cap the tree depth
/// too (Blink: 512); this does the same on the byte level: a light tokenizer keeps
/// an approximate stack of open elements (void elements, implied end tags of p/li/
/// td/…, raw-text elements, comments and foreign content are understood) and drops
/// start tags that would nest deeper than `maxDepth`, with their end tags. The text
/// inside dropped elements is kept; it joins the enclosing block.
///
/// Contract: returns `html` unchanged (shared, not copied) when nothing needed
/// dropping; `droppedTags` (optional) receives the number of tags removed.
/// Linear time in the input size. Pure function; safe from any thread.
class HtmlDepthLimiter
{
public:
    static constexpr int DefaultMaxDepth = 512;

    static QByteArray limit(const QByteArray &html, int maxDepth = DefaultMaxDepth,
                            qsizetype *droppedTags = nullptr);
};

} // namespace cw
