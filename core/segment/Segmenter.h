#pragma once

#include "segment/ClauseSpan.h"

#include <QList>
#include <QString>

namespace cw {

struct SegmenterOptions
{
    /// A paragraph, section or list item longer than this many characters is
    /// cut into sentences (kind Sentence). 500 characters is three to five
    /// sentences of policy prose: long enough that short numbered clauses stay
    /// whole, short enough that a flag points at the sentence that matters.
    /// 0 or less: never split.
    int sentenceSplitThreshold = 500;
    /// Sentences shorter than this merge into a neighbour (see SentenceSplitter).
    int minSentenceLength = 20;
    /// Treat short ALL-CAPS or Title Case lines without '#' or number, followed
    /// by more text, as headings (plain-text documents, bold-paragraph headings
    /// that extraction turned into paragraphs).
    bool detectPlainHeadings = true;
};

/// Cuts a version's canonical text (see the brief's canonical format:
/// blocks separated by blank lines, `#` headings, `- ` / `1. ` / `(a) ` list
/// items, `|` tables) into clauses. Also accepts plain numbered documents
/// without Markdown ("4. PAYMENT" / "4.2 Fees. You will pay …" / "(a) …"),
/// with or without blank lines between numbered lines.
///
/// What becomes a clause:
///  - a numbered block ("4.2 …", "Article 5 …", "§ 3 …", "A. …") → Section;
///  - an item of a list, or a block numbered "(a)", "iv)", "a." → ListItem
///    (the "- " bullet itself is not part of the span; ordered markers are);
///  - any other block → Paragraph; a table row → TableRow (separator rows skipped);
///  - any of the first three longer than sentenceSplitThreshold → its sentences.
/// Text with no letter or digit ("---", "* * *") is not a clause either.
/// Headings (Markdown, or a short title-like numbered or plain line) are not
/// clauses; they form the heading path of what follows (see OutlineTracker).
/// Lines of one block that start with no marker continue the previous clause
/// (hard-wrapped plain text).
///
/// Pure, thread-safe, linear in the text length.
class Segmenter
{
public:
    static QList<ClauseSpan> segment(const QString &canonicalText,
                                     const SegmenterOptions &options = {});
};

} // namespace cw
