#pragma once

#include "diff/DiffBlock.h"
#include "diff/token/TokenInterner.h"
#include "diff/token/Tokenizer.h"

#include <QList>
#include <QStringView>

#include <memory>
#include <span>
#include <vector>

namespace cw {

/// The words of blocks' bodies as sorted interned ids, built lazily (only the
/// blocks that did not match exactly ever need them) and kept for reuse.
/// Word similarity throughout the diff is the Dice coefficient over these.
/// Spans returned stay valid for the lifetime of the WordBags.
class WordBags
{
public:
    WordBags(QStringView text, const QList<DiffBlock> &blocks, TokenInterner &interner);

    /// Sorted word ids of a block's body, with repetitions.
    std::span<const qint32> words(int block);
    /// Sorted distinct word ids of a block's body.
    std::span<const qint32> distinct(int block);

    /// Size of the multiset intersection of two sorted id lists.
    static int common(std::span<const qint32> a, std::span<const qint32> b);
    /// Same, against the union of two sorted lists (a split or a merge).
    static int common(std::span<const qint32> a, std::span<const qint32> b1,
                      std::span<const qint32> b2);
    /// 2·common / (|a| + |b|); 0 when both are empty.
    static float dice(int common, qsizetype sizeA, qsizetype sizeB)
    {
        return sizeA + sizeB == 0 ? 0.f : float(2 * common) / float(sizeA + sizeB);
    }

private:
    void build(int block);

    QStringView m_text;
    const QList<DiffBlock> &m_blocks;
    TokenInterner &m_interner;
    // Bags live in fixed chunks that never move, so that spans stay valid.
    std::vector<std::unique_ptr<qint32[]>> m_chunks;
    size_t m_chunkUsed = 0;
    size_t m_chunkSize = 0;
    std::vector<const qint32 *> m_data; ///< per block: words then distinct; null = not built
    std::vector<qint32> m_count;        ///< per block: number of words
    std::vector<qint32> m_distinctCount;
    std::vector<qint32> m_scratch;
    QList<Token> m_tokens;
};

} // namespace cw
