#pragma once

#include <QString>

namespace cw {

/// The facts a citation of a flagged provision rests on.
struct CitationFacts
{
    QString platform;      ///< entity name, e.g. "Streamly"
    QString documentTitle; ///< the document's title (its terms type when it has none)
    QString recordId;      ///< "CW-P-000123"
    QString capturedAt;    ///< UTC ISO 8601 of the capture that produced the cited text
    QString sha256;        ///< hex SHA-256 of that capture's raw bytes
};

/// Citations and archive addresses of evidence. Pure functions.
class Citation
{
public:
    /// The "How to cite" line, exactly:
    /// `Clausewatch archive — Entity: <platform> | Document: <title> | Record: CW-P-000123 |
    ///  Captured: <UTC> | SHA-256: <first 16 hex>…`
    /// where <UTC> is "YYYY-MM-DD HH:MM:SS UTC" (or the input verbatim when it is not a time).
    static QString line(const CitationFacts &facts);

    /// The Wayback Machine address of `url` at the capture time:
    /// `https://web.archive.org/web/<YYYYMMDDhhmmss>/<url>`. Empty when the URL is
    /// not http(s) (files and repositories have no Wayback copy) or the time is invalid.
    static QString waybackUrl(const QString &capturedAtIso, const QString &url);

    /// "2024-05-22 09:12:40 UTC" from an ISO time; the input unchanged when unparsable.
    static QString utcLabel(const QString &iso);
};

} // namespace cw
