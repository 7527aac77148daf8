#pragma once

#include "classify/RuleSet.h"

#include <QList>
#include <QString>
#include <QStringView>
#include <vector>

namespace cw {

class KeywordIndex;

/// A clause prepared for matching (internal to the classifier). `matchText()`
/// has typographic quotes, dashes and non-breaking spaces replaced one for one
/// by their ASCII forms, so every offset in it is an offset into the original.
/// The keyword pre-filters are answered from one scan with a KeywordIndex.
class ClauseText
{
public:
    /// `keywords` must outlive this object.
    ClauseText(const QString &text, const KeywordIndex &keywords);

    const QString &original() const { return m_original; }
    const QString &matchText() const { return m_match; }

    /// True if a keyword of the set (an id from KeywordIndex::addSet) occurs in
    /// the text, ASCII case folded; true for -1 (no filter).
    bool hasAny(int keywordSet) const
    {
        return keywordSet < 0 || m_hitSets[std::size_t(keywordSet)];
    }

    /// Number of words (runs of letters/digits) in [from, to).
    int wordsBetween(qsizetype from, qsizetype to) const;

    /// Start of the span of at most `words` words before `pos`, not crossing a
    /// sentence boundary (. ; ! ? followed by a space).
    qsizetype windowStart(qsizetype pos, int words) const;
    /// True if one of the `words` words before `pos` (same sentence) is in
    /// `cueWords` (lower case, whole words; letters and apostrophes make a word).
    bool cueBefore(qsizetype pos, int words, const QStringList &cueWords) const;
    /// End of the sentence that contains `pos` (exclusive).
    qsizetype sentenceEnd(qsizetype pos) const;

    /// True if the clause reads as a heading under `filter` (see RuleSet::HeadingFilter).
    bool looksLikeHeading(const RuleSet::HeadingFilter &filter) const;

private:
    bool isBoundary(qsizetype i) const;

    QString m_original;
    QString m_match;
    std::vector<char> m_hitSets; ///< keyword set id -> a keyword occurs
};

} // namespace cw
