#pragma once

#include "diff/VersionDiff.h"

#include <QString>

namespace cw {

/// Plain-text redline of a VersionDiff, one line per row: the golden-test
/// format and a base for the CLI's `--text`. Markers: `[-deleted-]`,
/// `{+inserted+}`; line prefixes `=` equal, `≈` equal up to ignored
/// differences, `~` modified, `-` deleted, `+` inserted, `<` moved away (to
/// move N), `>` moved here (from move N). Line breaks inside a row print as `¶`.
class DiffTextRenderer
{
public:
    struct Options
    {
        bool header = true;       ///< stats, fallback and moves before the rows
        int equalContext = -1;    ///< unchanged blocks shown around changes; -1 = all
    };

    static QString render(const VersionDiff &diff, const Options &options);
    static QString render(const VersionDiff &diff) { return render(diff, Options{}); }
};

} // namespace cw
