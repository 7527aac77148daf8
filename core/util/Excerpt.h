#pragma once

#include <QList>
#include <QString>

#include <utility>

namespace cw {

/// Short excerpts of clause text for lists ("a one-line quote"). Pure.
class Excerpt
{
public:
    /// One line of at most `maxChars` characters (plus ellipses) around the
    /// first evidence span: the sentence that holds it when it fits, otherwise
    /// a window centred on the span, cut at word boundaries with "…" where text
    /// was left out. Without evidence, the clause's opening. Whitespace
    /// (including newlines) is collapsed to single spaces.
    static QString oneLine(const QString &text, const QList<std::pair<int, int>> &evidence,
                           int maxChars = 160);
};

} // namespace cw
