#include "segment/ClauseHash.h"

#include "segment/NumberMarker.h"

#include <QByteArray>
#include <QCryptographicHash>

namespace cw {

namespace {

QStringView trimmed(QStringView s)
{
    qsizetype b = 0;
    qsizetype e = s.size();
    while (b < e && s[b].isSpace())
        ++b;
    while (e > b && s[e - 1].isSpace())
        --e;
    return s.sliced(b, e - b);
}

} // namespace

QString ClauseHash::normalise(QStringView clauseText)
{
    QStringView s = trimmed(clauseText);
    if (const auto marker = NumberMarker::parse(s); marker && marker->contentStart < s.size())
        s = s.sliced(marker->contentStart);
    QString out;
    out.reserve(s.size());
    bool pendingSpace = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace)
            out.append(u' ');
        pendingSpace = false;
        out.append(c);
    }
    return out;
}

QString ClauseHash::leadingNumber(QStringView clauseText)
{
    const auto marker = NumberMarker::parse(trimmed(clauseText));
    return marker ? marker->number : QString();
}

QByteArray ClauseHash::sha256(QStringView clauseText)
{
    return QCryptographicHash::hash(normalise(clauseText).toUtf8(), QCryptographicHash::Sha256);
}

qint64 ClauseHash::of(QStringView clauseText)
{
    const QByteArray digest = sha256(clauseText);
    quint64 v = 0;
    for (int k = 0; k < 8; ++k)
        v = (v << 8) | quint8(digest[k]);
    return qint64(v);
}

} // namespace cw
