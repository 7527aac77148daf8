#include "provenance/Citation.h"

#include "util/Time.h"

#include <QUrl>

namespace cw {

QString Citation::utcLabel(const QString &iso)
{
    const QDateTime t = fromIso(iso);
    if (!t.isValid())
        return iso;
    return t.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + QStringLiteral(" UTC");
}

QString Citation::line(const CitationFacts &f)
{
    // The hash is shortened for reading; the full value is in the provenance
    // section and in memos' evidence appendix.
    const QString hash = f.sha256.size() > 16 ? f.sha256.left(16) + QChar(0x2026) : f.sha256;
    return QStringLiteral("Clausewatch archive \u2014 Entity: %1 | Document: %2 | Record: %3 | "
                          "Captured: %4 | SHA-256: %5")
        .arg(f.platform, f.documentTitle, f.recordId, utcLabel(f.capturedAt), hash);
}

QString Citation::waybackUrl(const QString &capturedAtIso, const QString &url)
{
    const QUrl u(url);
    const QString scheme = u.scheme().toLower();
    if (!u.isValid() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return {};
    const QDateTime t = fromIso(capturedAtIso);
    if (!t.isValid())
        return {};
    return QStringLiteral("https://web.archive.org/web/%1/%2")
        .arg(t.toString(QStringLiteral("yyyyMMddHHmmss")), url);
}

} // namespace cw
