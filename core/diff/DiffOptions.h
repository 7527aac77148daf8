#pragma once

#include <QtGlobal>

namespace cw {

/// What a version diff compares and how hard it may work. A plain value; the
/// defaults are what the CLI and the view use unless the analyst toggles them.
struct DiffOptions
{
    /// Spaces, tabs and line breaks inside a block do not count as changes
    /// (a paragraph split or merged with no word changed then reads as equal).
    bool ignoreWhitespace = false;
    /// "Terms" and "terms" compare equal (Unicode case folding).
    bool ignoreCase = false;
    /// Punctuation and symbol tokens (",", ";", "§", emoji) do not count as changes.
    bool ignorePunctuation = false;
    /// Markdown emphasis runs (`*`, `_`) and link targets (`[text](url)` compares
    /// as `text`) do not count as changes.
    bool ignoreFormatting = false;

    /// Recognise blocks deleted in one place and inserted in another as moves.
    bool detectMoves = true;
    /// Minimum word similarity (Dice coefficient over distinct words, 0..1) for a
    /// non-identical block to count as moved rather than deleted and inserted.
    double moveSimilarity = 0.9;
    /// Merge small equalities between changes so that redlines read by phrase.
    bool semanticCleanup = true;

    /// Bound of one middle-snake search in the word diff (edit cost explored
    /// before the search settles for a good, non-minimal split). Reaching it sets
    /// VersionDiff::fallbackUsed. 0 = exact minimal word diffs (no bound, and no
    /// anchoring of long passages on unique words): slower, for tests.
    int maxEditCost = 1000;
    /// Hard bound on the total comparison steps of one diff. When spent, the
    /// remaining changed stretches are shown as whole replacements and
    /// VersionDiff::fallbackUsed is set. 0 = automatic (scales with input size).
    qint64 workBudget = 0;

    bool ignoresAnything() const
    {
        return ignoreWhitespace || ignoreCase || ignorePunctuation || ignoreFormatting;
    }
};

} // namespace cw
