#pragma once

#include "memo/MemoContent.h"

#include <QString>

namespace cw {

/// HTML fragments shared by the memo's sections. Every function that takes
/// archive text escapes it: nothing from the archive reaches the page as markup.
class MemoHtml
{
public:
    /// Escapes & < > " ' so that text prints literally in element content and
    /// in attribute values.
    static QString escape(const QString &text);
    /// The severity badge: bars, word and colour (survives grayscale).
    static QString severityBadge(std::optional<Severity> s);
    static QString severityWord(Severity s);
    static QString statusLabel(ReviewStatus s, bool changedSinceReview);
    /// Escaped text with the [start, end) spans wrapped in <mark>.
    static QString highlighted(const QString &text, const QList<std::pair<int, int>> &spans);
    /// At most `max` characters around the first span (or from the start), cut
    /// at word boundaries, escaped, with ellipses where text was left out.
    static QString excerpt(const QString &text, const QList<std::pair<int, int>> &spans, int max);
    /// Plain text shortened to `max` characters at a word boundary, escaped.
    static QString shortened(const QString &text, int max);
    /// An id usable in href="#…" (record ids are already safe; this keeps it so).
    static QString anchor(const QString &prefix, const QString &key);
};

} // namespace cw
