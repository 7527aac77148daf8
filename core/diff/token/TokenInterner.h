#pragma once

#include <QList>
#include <QStringView>

#include <vector>

namespace cw {

/// Maps token texts to dense integer ids so that the diff compares integers.
/// Equal texts (case-folded when foldCase) get equal ids; ids count up from 0.
/// The interner keeps pointers into the texts it was given: they must outlive it.
class TokenInterner
{
public:
    explicit TokenInterner(bool foldCase);

    qint32 intern(const QChar *text, qsizetype length);
    qint32 intern(QStringView text) { return intern(text.data(), text.size()); }
    /// Same with a hash the caller computed (the same function for all calls on
    /// this interner, e.g. qHash for long texts such as whole blocks).
    qint32 intern(const QChar *text, qsizetype length, quint32 hash);
    qint32 count() const { return qint32(m_entries.size()); }

    /// A fast non-cryptographic hash of UTF-16 text (8 bytes per step); for
    /// interning long texts such as whole blocks.
    static quint32 fastHash(const QChar *text, qsizetype length);

private:
    struct Entry
    {
        const QChar *text;
        qint32 length;
        quint32 hash;
    };

    quint32 hashOf(const QChar *text, qsizetype length) const;
    bool same(const Entry &e, const QChar *text, qsizetype length) const;
    void grow();

    bool m_foldCase;
    /// Ids of one-character ASCII tokens (spaces, punctuation): the most
    /// frequent tokens skip hashing altogether. -1 = not seen yet.
    qint32 m_ascii[128];
    std::vector<Entry> m_entries; ///< by id
    std::vector<qint32> m_slots;  ///< open addressing; -1 = empty; size is a power of two
    quint32 m_mask = 0;
};

} // namespace cw
