#include "compare/DocumentFamily.h"

#include "capture/TermsTypes.h"

#include <QSet>

namespace cw {

DocumentFamily DocumentFamilies::ofTermsType(const QString &termsType)
{
    // Canonical Open Terms Archive names of documents about personal data.
    static const QSet<QString> privacy{
        QStringLiteral("Privacy Policy"),
        QStringLiteral("Trackers Policy"),
        QStringLiteral("Business Privacy Policy"),
        QStringLiteral("Parent Organization Privacy Policy"),
        QStringLiteral("Data Controller Agreement"),
        QStringLiteral("Data Processor Agreement"),
        QStringLiteral("User Consent Policy"),
    };
    QString name = termsType.trimmed();
    // "Privacy Policy (ads)": OTA documents of one type told apart by an id.
    if (name.endsWith(QLatin1Char(')'))) {
        const qsizetype open = name.lastIndexOf(QStringLiteral(" ("));
        if (open > 0)
            name = name.left(open);
    }
    const QString canonical = TermsTypes::builtin().canonicalName(name).value_or(name);
    if (privacy.contains(canonical))
        return DocumentFamily::Privacy;
    // Names outside the vocabulary: judge by the words people use.
    if (!TermsTypes::builtin().contains(name) &&
        (canonical.contains(QLatin1String("privacy"), Qt::CaseInsensitive) ||
         canonical.contains(QLatin1String("cookie"), Qt::CaseInsensitive) ||
         canonical.contains(QLatin1String("data protection"), Qt::CaseInsensitive)))
        return DocumentFamily::Privacy;
    return DocumentFamily::Terms;
}

DocumentFamily DocumentFamilies::ofCategory(const QString &categoryKey)
{
    return categoryKey == QLatin1String("data") ? DocumentFamily::Privacy : DocumentFamily::Terms;
}

QString DocumentFamilies::key(DocumentFamily f)
{
    return f == DocumentFamily::Privacy ? QStringLiteral("privacy") : QStringLiteral("terms");
}

} // namespace cw
