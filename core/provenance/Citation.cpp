#include "provenance/Citation.h"

#include "util/Time.h"

#include <QUrl>

namespace cw {

QString Citation::waybackUrl(const QString &capturedAtIso, const QString &url)
{
    const QDateTime t = fromIso(capturedAtIso);
    const QUrl u(url);
    if (!t.isValid() || url.isEmpty() || !u.isValid() ||
        (u.scheme() != QLatin1String("http") && u.scheme() != QLatin1String("https")))
        return {};
    return QStringLiteral("https://web.archive.org/web/%1/%2")
        .arg(t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")), url);
}

QString Citation::howToCite(const QString &platform, const QString &documentTitle,
                            const QString &recordId, const QString &capturedAtIso,
                            const QString &sha256)
{
    const QDateTime t = fromIso(capturedAtIso);
    const QString captured = t.isValid() ? toIsoUtc(t) : capturedAtIso;
    return QStringLiteral("Clausewatch archive — Entity: %1 | Document: %2 | Record: %3 | "
                          "Captured: %4 | SHA-256: %5…")
        .arg(platform, documentTitle, recordId, captured, sha256.left(16));
}

} // namespace cw
