#pragma once

#include "diff/DiffBlock.h"
#include "diff/token/BlockTokens.h"

#include <QList>
#include <QStringView>

#include <memory>
#include <span>
#include <vector>

namespace cw {

/// The words of blocks' bodies as sorted interned ids, built lazily from the
/// blocks' tokens (only blocks that did not match exactly ever need them).
/// Word similarity throughout the diff is the Dice coefficient over these.
/// Spans returned stay valid for the lifetime of the WordBags.
class WordBags
{
public:
    explicit WordBags(BlockTokens &tokens);

    /// Sorted word ids of a block's body, with repetitions.
    std::span<const qint32> words(int block);
    /// Sorted distinct word ids of a block's body.
    std::span<const qint32> distinct(int block);

    /// Whether the block's body has any word, without building its bag.
    bool hasWords(int block) const;

    /// Size of the multiset intersection of two sorted id lists.
    static int common(std::span<const qint32> a, std::span<const qint32> b);
    /// common(a, b) when it is at least `need`, else -1 — stopping as soon as
    /// the rest of the lists can no longer make up the difference.
    static int commonAtLeast(std::span<const qint32> a, std::span<const qint32> b, int need);
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

    BlockTokens &m_tokens;
    // Bags live in fixed chunks that never move, so that spans stay valid.
    std::vector<std::unique_ptr<qint32[]>> m_chunks;
    size_t m_chunkUsed = 0;
    size_t m_chunkSize = 0;
    std::vector<const qint32 *> m_data; ///< per block: words then distinct; null = not built
    std::vector<qint32> m_count;        ///< per block: number of words
    std::vector<qint32> m_distinctCount;
    std::vector<qint32> m_scratch;
};

} // namespace cw
