#pragma once

#include <QList>
#include <QStringView>
#include <utility>

namespace cw {

/// Splits one paragraph of policy text into sentences, avoiding the usual
/// traps of legal English: abbreviations ("e.g.", "i.e.", "No. 5", "Art. 3"),
/// company suffixes ("Inc.", "Ltd.") and acronyms ("U.S.") that may or may not
/// end a sentence, initials ("J. Smith"), decimal numbers ("3.5"), ellipses,
/// and punctuation inside closing quotes or brackets.
///
/// Rule of thumb: a boundary is terminal punctuation followed by white space
/// and an upper-case letter, digit or opening quote. After a word that never
/// ends a sentence (titles, "No.", "e.g.") there is no boundary; after a word
/// that may or may not (an "Inc.", "U.S.", "etc.", an initial, an ellipsis)
/// there is one only if the next word is a typical sentence opener ("The",
/// "You", "We", "If" …). Pure and thread-safe.
class SentenceSplitter
{
public:
    /// Sentence spans as [start, end) indices into `text`, in order, each
    /// trimmed of white space and together covering every non-blank character.
    /// Boundaries before `scanFrom` are ignored (callers pass the end of a
    /// leading clause number, so "4. " is not a sentence). A piece shorter than
    /// `minSentenceLength` characters is merged into its neighbour, so run-in
    /// titles ("4.2 Fees.") and "Thank you." do not stand alone.
    static QList<std::pair<int, int>> split(QStringView text, int scanFrom = 0,
                                            int minSentenceLength = 20);
};

} // namespace cw
