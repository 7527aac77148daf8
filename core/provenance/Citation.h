#pragma once

#include <QString>

namespace cw {

/// The citation forms printed beside evidence (PRODUCT.md, "Evidence and citation").
class Citation
{
public:
    /// https://web.archive.org/web/<YYYYMMDDhhmmss>/<url> from a UTC capture
    /// time (ISO 8601) and the page's address; empty when either is missing
    /// or the address is not http(s).
    static QString waybackUrl(const QString &capturedAtIso, const QString &url);

    /// The "how to cite" line of a flagged provision:
    /// `Clausewatch archive — Entity: <platform> | Document: <title> |
    /// Record: CW-P-000123 | Captured: <UTC> | SHA-256: <first 16 hex>…`
    static QString howToCite(const QString &platform, const QString &documentTitle,
                             const QString &recordId, const QString &capturedAtIso,
                             const QString &sha256);
};

} // namespace cw
