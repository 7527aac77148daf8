#pragma once

#include <QList>
#include <QStringView>

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
    qint32 count() const { return qint32(m_entries.size()); }

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
    QList<Entry> m_entries;  ///< by id
    QList<qint32> m_slots;   ///< open addressing; -1 = empty; size is a power of two
    quint32 m_mask = 0;
};

} // namespace cw
