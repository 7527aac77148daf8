#include "diff/token/TokenInterner.h"

#include <QChar>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace cw {

namespace {

constexpr quint32 kFnvOffset = 2166136261u;
constexpr quint32 kFnvPrime = 16777619u;

// Case folding per code point (full Unicode simple folding as Qt provides it).
template <typename F>
void forEachFolded(const QChar *s, qsizetype n, F f)
{
    for (qsizetype i = 0; i < n; ++i) {
        char32_t c = s[i].unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < n && s[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(char16_t(c), s[i + 1].unicode());
            ++i;
        }
        if (c < 0x80) {
            if (c >= 'A' && c <= 'Z')
                c += 'a' - 'A';
        } else {
            c = QChar::toCaseFolded(c);
        }
        f(c);
    }
}

} // namespace

TokenInterner::TokenInterner(bool foldCase) : m_foldCase(foldCase)
{
    m_slots.assign(1024, -1);
    m_mask = 1023;
    std::fill(std::begin(m_ascii), std::end(m_ascii), -1);
    m_entries.reserve(512);
}

quint32 TokenInterner::fastHash(const QChar *text, qsizetype length)
{
    // Two multiply-xorshift lanes over 16 bytes per step; the tail is padded
    // with zeros and the length mixed in, so texts of different length differ.
    const auto *p = reinterpret_cast<const unsigned char *>(text);
    size_t bytes = size_t(length) * sizeof(QChar);
    quint64 a = 0x9E3779B97F4A7C15ull ^ (quint64(bytes) * 0xff51afd7ed558ccdull);
    quint64 b = 0xC2B2AE3D27D4EB4Full;
    while (bytes >= 16) {
        quint64 w1, w2;
        std::memcpy(&w1, p, 8);
        std::memcpy(&w2, p + 8, 8);
        a = (a ^ w1) * 0xbf58476d1ce4e5b9ull;
        b = (b ^ w2) * 0x94d049bb133111ebull;
        a ^= a >> 31;
        b ^= b >> 29;
        p += 16;
        bytes -= 16;
    }
    if (bytes > 0) {
        quint64 w1 = 0, w2 = 0;
        std::memcpy(&w1, p, std::min<size_t>(bytes, 8));
        if (bytes > 8)
            std::memcpy(&w2, p + 8, bytes - 8);
        a = (a ^ w1) * 0xbf58476d1ce4e5b9ull;
        b = (b ^ w2) * 0x94d049bb133111ebull;
    }
    quint64 h = (a ^ (b >> 32) ^ (b << 32)) * 0x94d049bb133111ebull;
    return quint32(h >> 32) ^ quint32(h);
}

quint32 TokenInterner::hashOf(const QChar *text, qsizetype length) const
{
    if (!m_foldCase) {
        // Tokens are short: a multiply-add per character and a final mix.
        quint32 h = quint32(length);
        for (qsizetype i = 0; i < length; ++i)
            h = h * 31u + text[i].unicode();
        h ^= h >> 16;
        h *= 0x7feb352du;
        return h ^ (h >> 15);
    }
    quint32 h = kFnvOffset;
    forEachFolded(text, length, [&h](char32_t c) { h = (h ^ quint32(c)) * kFnvPrime; });
    return h ^ (h >> 15);
}

bool TokenInterner::same(const Entry &e, const QChar *text, qsizetype length) const
{
    if (!m_foldCase) {
        if (e.length != length)
            return false;
        if (e.text == text)
            return true;
        if (length <= 8) { // most tokens: cheaper than calling memcmp
            for (qsizetype i = 0; i < length; ++i)
                if (e.text[i].unicode() != text[i].unicode())
                    return false;
            return true;
        }
        return std::memcmp(e.text, text, size_t(length) * sizeof(QChar)) == 0;
    }
    // Folding can change lengths only across surrogates; compare folded streams.
    QVarLengthArray<char32_t, 32> a, b;
    forEachFolded(e.text, e.length, [&a](char32_t c) { a.append(c); });
    forEachFolded(text, length, [&b](char32_t c) { b.append(c); });
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

void TokenInterner::grow()
{
    const size_t size = m_slots.size() * 2;
    m_slots.assign(size, -1);
    m_mask = quint32(size - 1);
    for (qint32 id = 0; id < qint32(m_entries.size()); ++id) {
        quint32 i = m_entries[id].hash & m_mask;
        while (m_slots[i] >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = id;
    }
}

qint32 TokenInterner::intern(const QChar *text, qsizetype length)
{
    if (length == 1 && text[0].unicode() < 128) {
        qint32 &cached = m_ascii[text[0].unicode()];
        if (cached < 0)
            cached = intern(text, length, hashOf(text, length));
        return cached;
    }
    if (m_foldCase)
        return intern(text, length, hashOf(text, length));
    // The common case, inlined: short case-sensitive tokens.
    quint32 h = quint32(length);
    for (qsizetype i = 0; i < length; ++i)
        h = h * 31u + text[i].unicode();
    h ^= h >> 16;
    h *= 0x7feb352du;
    h ^= h >> 15;
    quint32 slot = h & m_mask;
    for (;;) {
        const qint32 id = m_slots[slot];
        if (id < 0)
            break;
        const Entry &e = m_entries[size_t(id)];
        if (e.hash == h && e.length == length) {
            qsizetype k = 0;
            while (k < length && e.text[k].unicode() == text[k].unicode())
                ++k;
            if (k == length)
                return id;
        }
        slot = (slot + 1) & m_mask;
    }
    const qint32 id = qint32(m_entries.size());
    m_entries.push_back(Entry{text, qint32(length), h});
    m_slots[slot] = id;
    if (m_entries.size() * 2 > m_slots.size())
        grow();
    return id;
}

qint32 TokenInterner::intern(const QChar *text, qsizetype length, quint32 h)
{
    quint32 i = h & m_mask;
    qint32 *slots = m_slots.data();
    for (;;) {
        const qint32 id = slots[i];
        if (id < 0)
            break;
        const Entry &e = m_entries[size_t(id)];
        if (e.hash == h && same(e, text, length))
            return id;
        i = (i + 1) & m_mask;
    }
    const qint32 id = qint32(m_entries.size());
    m_entries.push_back(Entry{text, qint32(length), h});
    slots[i] = id;
    if (m_entries.size() * 2 > m_slots.size())
        grow();
    return id;
}

} // namespace cw
