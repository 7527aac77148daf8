#pragma once

#include "diff/RedlineLine.h"
#include "diff/VersionDiff.h"

#include <QList>

namespace cw {

/// Turns a VersionDiff into the lines a redline shows, and each line into
/// text with highlights. Shared by the diff view (ui/diff) and the HTML
/// redline (RedlineHtml) so that both show the same thing. Pure.
///
/// Marks: Delete (words only in the old version), Insert (only in the new),
/// MovedFrom (a moved block at its old place), MovedTo (at its new place).
/// A moved block's word changes are shown at its new place (Insert and
/// Delete marks inside the MovedTo line), and its deletions also at the old.
class RedlineLines
{
public:
    /// Every line in reading order: unchanged blocks one line each, then the
    /// rows of each changed hunk as the engine ordered them.
    static QList<RedlineLine> lines(const VersionDiff &diff);

    /// The old version's text of the line (empty when !line.hasLeft).
    static RedlineText leftText(const VersionDiff &diff, const RedlineLine &line);
    /// The new version's text of the line (empty when !line.hasRight).
    static RedlineText rightText(const VersionDiff &diff, const RedlineLine &line);
    /// Both in one: deleted words struck through next to the inserted ones.
    static RedlineText inlineText(const VersionDiff &diff, const RedlineLine &line);

    /// The change (a run of consecutive changed lines) each line belongs to,
    /// -1 for unchanged lines; changes are numbered from 0 in reading order.
    static QList<int> changeIndexes(const QList<RedlineLine> &lines);
};

} // namespace cw
