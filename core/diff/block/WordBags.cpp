#include "diff/block/WordBags.h"

#include <algorithm>

namespace cw {

WordBags::WordBags(BlockTokens &tokens)
    : m_tokens(tokens), m_data(size_t(tokens.blocks().size()), nullptr),
      m_count(size_t(tokens.blocks().size()), 0),
      m_distinctCount(size_t(tokens.blocks().size()), 0)
{
}

void WordBags::build(int block)
{
    const BlockTokens::View v = m_tokens.get(block);
    m_scratch.clear();
    for (qint32 i = v.bodyIndex; i < v.count; ++i)
        if (v.tokens[i].kind == Token::Kind::Word)
            m_scratch.push_back(v.ids[i]);
    const size_t count = m_scratch.size();
    std::sort(m_scratch.begin(), m_scratch.end());
    for (size_t i = 0; i < count; ++i)
        if (i == 0 || m_scratch[i] != m_scratch[i - 1])
            m_scratch.push_back(m_scratch[i]);

    const size_t need = std::max<size_t>(m_scratch.size(), 1);
    if (m_chunks.empty() || m_chunkUsed + need > m_chunkSize) {
        m_chunkSize = std::max<size_t>(need, 1 << 16);
        m_chunks.push_back(std::make_unique_for_overwrite<qint32[]>(m_chunkSize));
        m_chunkUsed = 0;
    }
    qint32 *dst = m_chunks.back().get() + m_chunkUsed;
    std::copy(m_scratch.begin(), m_scratch.end(), dst);
    m_chunkUsed += need;
    m_data[block] = dst;
    m_count[block] = qint32(count);
    m_distinctCount[block] = qint32(m_scratch.size() - count);
}

bool WordBags::hasWords(int block) const
{
    if (m_data[block])
        return m_count[block] > 0;
    const DiffBlock &b = m_tokens.blocks()[block];
    const QStringView text = m_tokens.text();
    for (qsizetype i = b.bodyStart; i < b.end(); ++i) {
        const QChar c = text[i];
        if (c.isLetterOrNumber() || (c.isHighSurrogate() && i + 1 < b.end()
                                     && QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, text[i + 1]))))
            return true;
    }
    return false;
}

std::span<const qint32> WordBags::words(int block)
{
    if (!m_data[block])
        build(block);
    return {m_data[block], size_t(m_count[block])};
}

std::span<const qint32> WordBags::distinct(int block)
{
    if (!m_data[block])
        build(block);
    return {m_data[block] + m_count[block], size_t(m_distinctCount[block])};
}

int WordBags::common(std::span<const qint32> a, std::span<const qint32> b)
{
    int n = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n;
}

int WordBags::commonAtLeast(std::span<const qint32> a, std::span<const qint32> b, int need)
{
    int n = 0;
    size_t i = 0, j = 0;
    while (i < a.size() && j < b.size()) {
        if (n + int(std::min(a.size() - i, b.size() - j)) < need)
            return -1;
        if (a[i] < b[j]) {
            ++i;
        } else if (b[j] < a[i]) {
            ++j;
        } else {
            ++n;
            ++i;
            ++j;
        }
    }
    return n >= need ? n : -1;
}

int WordBags::common(std::span<const qint32> a, std::span<const qint32> b1,
                     std::span<const qint32> b2)
{
    int n = 0;
    size_t i = 0, j = 0, k = 0;
    while (i < a.size() && (j < b1.size() || k < b2.size())) {
        // Next element of the merged b1 ∪ b2.
        const bool fromB1 = k >= b2.size() || (j < b1.size() && b1[j] <= b2[k]);
        const qint32 v = fromB1 ? b1[j] : b2[k];
        if (a[i] < v) {
            ++i;
        } else {
            if (!(v < a[i])) {
                ++n;
                ++i;
            }
            if (fromB1)
                ++j;
            else
                ++k;
        }
    }
    return n;
}

} // namespace cw
