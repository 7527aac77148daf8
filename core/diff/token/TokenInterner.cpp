#include "diff/token/TokenInterner.h"

#include <QChar>
#include <QVarLengthArray>

#include <algorithm>

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
    m_slots.fill(-1, 1024);
    m_mask = 1023;
    m_entries.reserve(512);
}

quint32 TokenInterner::hashOf(const QChar *text, qsizetype length) const
{
    quint32 h = kFnvOffset;
    if (m_foldCase) {
        forEachFolded(text, length, [&h](char32_t c) {
            h = (h ^ quint32(c)) * kFnvPrime;
        });
    } else {
        for (qsizetype i = 0; i < length; ++i)
            h = (h ^ text[i].unicode()) * kFnvPrime;
    }
    return h ^ (h >> 15);
}

bool TokenInterner::same(const Entry &e, const QChar *text, qsizetype length) const
{
    if (!m_foldCase) {
        return e.length == length
               && std::equal(e.text, e.text + length, text,
                             [](QChar a, QChar b) { return a.unicode() == b.unicode(); });
    }
    // Folding can change lengths only across surrogates; compare folded streams.
    QVarLengthArray<char32_t, 32> a, b;
    forEachFolded(e.text, e.length, [&a](char32_t c) { a.append(c); });
    forEachFolded(text, length, [&b](char32_t c) { b.append(c); });
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin());
}

void TokenInterner::grow()
{
    const qsizetype size = m_slots.size() * 2;
    m_slots.fill(-1, size);
    m_mask = quint32(size - 1);
    for (qint32 id = 0; id < m_entries.size(); ++id) {
        quint32 i = m_entries[id].hash & m_mask;
        while (m_slots[i] >= 0)
            i = (i + 1) & m_mask;
        m_slots[i] = id;
    }
}

qint32 TokenInterner::intern(const QChar *text, qsizetype length)
{
    const quint32 h = hashOf(text, length);
    quint32 i = h & m_mask;
    qint32 *slots = m_slots.data();
    for (;;) {
        const qint32 id = slots[i];
        if (id < 0)
            break;
        const Entry &e = m_entries.constData()[id];
        if (e.hash == h && same(e, text, length))
            return id;
        i = (i + 1) & m_mask;
    }
    const qint32 id = qint32(m_entries.size());
    m_entries.append(Entry{text, qint32(length), h});
    slots[i] = id;
    if (m_entries.size() * 2 > m_slots.size())
        grow();
    return id;
}

} // namespace cw
