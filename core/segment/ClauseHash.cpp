#include "segment/ClauseHash.h"

#include "segment/NumberMarker.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QStringList>

namespace cw {

namespace {

/// At most this many leading numbers are stripped ("1. (a) (i) text").
constexpr int kMaxMarkers = 3;

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
    // Chained numbers ("1. a. Eligibility", "4.2 (a) …") are stripped together:
    // re-extractions and restructurings often add or drop one of them.
    for (int k = 0; k < kMaxMarkers; ++k) {
        const auto marker = NumberMarker::parse(s);
        if (!marker || marker->contentStart >= s.size())
            break;
        s = s.sliced(marker->contentStart);
    }
    QString out(s.size(), Qt::Uninitialized);
    QChar *d = out.data();
    qsizetype n = 0;
    bool pendingSpace = false;
    for (QChar c : s) {
        if (c.isSpace()) {
            pendingSpace = n > 0;
            continue;
        }
        if (pendingSpace)
            d[n++] = u' ';
        pendingSpace = false;
        d[n++] = c;
    }
    out.truncate(n);
    return out;
}

QString ClauseHash::leadingNumber(QStringView clauseText)
{
    QStringView s = trimmed(clauseText);
    QStringList numbers;
    for (int k = 0; k < kMaxMarkers; ++k) {
        const auto marker = NumberMarker::parse(s);
        if (!marker || marker->contentStart >= s.size())
            break;
        if (!marker->number.isEmpty())
            numbers.append(marker->number);
        s = s.sliced(marker->contentStart);
    }
    return numbers.join(u' ');
}

QByteArray ClauseHash::sha256(QStringView clauseText)
{
    return QCryptographicHash::hash(normalise(clauseText).toUtf8(), QCryptographicHash::Sha256);
}

qint64 ClauseHash::of(QStringView clauseText)
{
    return ofNormalised(normalise(clauseText));
}

qint64 ClauseHash::ofNormalised(const QString &normalised)
{
    const QByteArray digest =
        QCryptographicHash::hash(normalised.toUtf8(), QCryptographicHash::Sha256);
    quint64 v = 0;
    for (int k = 0; k < 8; ++k)
        v = (v << 8) | quint8(digest[k]);
    return qint64(v);
}

} // namespace cw
