#include "diff/token/BlockTokens.h"

#include <algorithm>

namespace cw {

BlockTokens::BlockTokens(QStringView text, const QList<DiffBlock> &blocks, TokenInterner &interner)
    : m_text(text), m_blocks(blocks), m_interner(interner), m_views(size_t(blocks.size())),
      m_built(size_t(blocks.size()), false)
{
}

BlockTokens::View BlockTokens::get(int block)
{
    if (m_built[size_t(block)])
        return m_views[size_t(block)];
    const DiffBlock &b = m_blocks[block];
    m_scratch.clear();
    Tokenizer::tokenize(m_text, b.start, b.end(), m_scratch);
    const size_t n = m_scratch.size();
    if (m_tokenChunks.empty() || m_chunkUsed + n > m_chunkSize) {
        m_chunkSize = std::max<size_t>(n, 1 << 14);
        m_tokenChunks.push_back(std::make_unique_for_overwrite<Token[]>(m_chunkSize));
        m_idChunks.push_back(std::make_unique_for_overwrite<qint32[]>(m_chunkSize));
        m_chunkUsed = 0;
    }
    Token *tokens = m_tokenChunks.back().get() + m_chunkUsed;
    qint32 *ids = m_idChunks.back().get() + m_chunkUsed;
    m_chunkUsed += n;
    const QChar *data = m_text.data();
    qint32 bodyIndex = qint32(n);
    for (size_t i = 0; i < n; ++i) {
        const Token &t = m_scratch[i];
        tokens[i] = t;
        ids[i] = m_interner.intern(data + t.start, t.length);
        if (bodyIndex == qint32(n) && t.start >= b.bodyStart)
            bodyIndex = qint32(i);
    }
    View v{tokens, ids, qint32(n), bodyIndex};
    m_views[size_t(block)] = v;
    m_built[size_t(block)] = true;
    return v;
}

} // namespace cw
