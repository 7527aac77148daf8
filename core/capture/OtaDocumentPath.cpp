#include "capture/OtaDocumentPath.h"

namespace cw {

std::optional<OtaDocumentPath> OtaDocumentPath::parse(QStringView path)
{
    const qsizetype slash = path.indexOf(QLatin1Char('/'));
    if (slash <= 0 || path.indexOf(QLatin1Char('/'), slash + 1) >= 0)
        return std::nullopt;
    const QStringView service = path.left(slash);
    const QStringView file = path.mid(slash + 1);
    static const QLatin1String extension(".md");
    if (service.startsWith(QLatin1Char('.')) || !file.endsWith(extension) ||
        file.size() == extension.size() || file.startsWith(QLatin1Char('.')))
        return std::nullopt;

    const QStringView stem = file.left(file.size() - extension.size());
    OtaDocumentPath doc;
    doc.service = service.toString();
    doc.path = path.toString();
    static const QLatin1String idSeparator(" #");
    const qsizetype sep = stem.indexOf(idSeparator);
    if (sep > 0 && sep + idSeparator.size() < stem.size()) {
        doc.termsType = stem.left(sep).toString();
        doc.documentId = stem.mid(sep + idSeparator.size()).toString();
    } else {
        doc.termsType = stem.toString();
    }
    return doc;
}

} // namespace cw
