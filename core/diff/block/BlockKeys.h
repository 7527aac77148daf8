#pragma once

#include "diff/DiffBlock.h"
#include "diff/DiffOptions.h"
#include "diff/token/BlockTokens.h"

#include <QList>
#include <QStringView>

namespace cw {

/// Matching keys of blocks: two blocks (of either side) get the same key id
/// exactly when their bodies — the text after markers and section numbers — are
/// equal under the options. Ids are dense, from 0.
class BlockKeys
{
public:
    struct Keys
    {
        QList<qint32> left;
        QList<qint32> right;
        qint32 count = 0;
    };

    /// Without ignore options the bodies are compared as raw text (no
    /// tokenizing). With them, as the sequence of kept, interned tokens (which
    /// tokenizes every block once; BlockTokens keeps them for later passes).
    static Keys compute(BlockTokens &left, BlockTokens &right, const DiffOptions &options);
};

} // namespace cw
