#include "memo/MemoFingerprint.h"

#include "memo/MemoCanonical.h"
#include "provenance/Sha256.h"

#include <algorithm>

namespace cw {

QString MemoFingerprint::of(const MemoContent &content)
{
    return of(MemoCanonical::serialize(content), content.citedHashes());
}

QString MemoFingerprint::of(const QByteArray &canonical, const QStringList &citedHashes)
{
    QStringList sorted = citedHashes;
    std::sort(sorted.begin(), sorted.end());
    Sha256 h;
    h.update(QByteArrayLiteral("clausewatch-memo-fingerprint/1\n"));
    h.update(QByteArray::number(canonical.size()) + '\n');
    h.update(canonical);
    h.update(QByteArrayLiteral("\ncited:"));
    for (const QString &hash : sorted)
        h.update('\n' + hash.toLatin1());
    return h.hex();
}

} // namespace cw
