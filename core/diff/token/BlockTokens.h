#pragma once

#include "diff/DiffBlock.h"
#include "diff/token/TokenInterner.h"
#include "diff/token/Tokenizer.h"

#include <QList>
#include <QStringView>

#include <memory>
#include <vector>

namespace cw {

/// Tokens and interned ids of blocks, built lazily on first use and kept, so
/// that a changed block is tokenized and interned once however many passes
/// (keys, word bags, word diff) look at it. Views stay valid for the lifetime
/// of the BlockTokens. One side of a diff; one thread.
class BlockTokens
{
public:
    struct View
    {
        const Token *tokens = nullptr;
        const qint32 *ids = nullptr;
        qint32 count = 0;
        qint32 bodyIndex = 0; ///< first token at or after the block's bodyStart
    };

    BlockTokens(QStringView text, const QList<DiffBlock> &blocks, TokenInterner &interner);

    View get(int block);
    QStringView text() const { return m_text; }
    const QList<DiffBlock> &blocks() const { return m_blocks; }
    TokenInterner &interner() { return m_interner; }

private:
    QStringView m_text;
    const QList<DiffBlock> &m_blocks;
    TokenInterner &m_interner;
    std::vector<View> m_views;
    std::vector<bool> m_built;
    // Fixed chunks that never move, so that views stay valid.
    std::vector<std::unique_ptr<Token[]>> m_tokenChunks;
    std::vector<std::unique_ptr<qint32[]>> m_idChunks;
    size_t m_chunkUsed = 0;
    size_t m_chunkSize = 0;
    std::vector<Token> m_scratch;
};

} // namespace cw
