#include "alerts/ChangeKind.h"

#include "extract/DeclaredDateParser.h"

namespace cw {

namespace {
// U+FFFC OBJECT REPLACEMENT CHARACTER never occurs in canonical text.
constexpr QChar kPlaceholder(0xFFFC);
} // namespace

QString changeKindKey(ChangeKind k)
{
    switch (k) {
    case ChangeKind::SilentChange:
        return QStringLiteral("silent_change");
    case ChangeKind::DateOnly:
        return QStringLiteral("date_only");
    case ChangeKind::Change:
        break;
    }
    return QStringLiteral("change");
}

std::optional<ChangeKind> changeKindFromKey(const QString &key)
{
    if (key == QLatin1String("change"))
        return ChangeKind::Change;
    if (key == QLatin1String("silent_change"))
        return ChangeKind::SilentChange;
    if (key == QLatin1String("date_only"))
        return ChangeKind::DateOnly;
    return std::nullopt;
}

QString ChangeClassifier::maskDeclaredDates(const QString &text)
{
    const QList<DeclaredDate> dates = DeclaredDateParser::findAll(text);
    if (dates.isEmpty())
        return text;
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const DeclaredDate &d : dates) {
        if (d.start < pos)
            continue;
        out += QStringView(text).mid(pos, d.start - pos);
        out += kPlaceholder;
        pos = d.start + d.length;
    }
    out += QStringView(text).mid(pos);
    return out;
}

bool ChangeClassifier::isDateStatement(const QString &clauseText)
{
    const QString masked = maskDeclaredDates(clauseText);
    if (!masked.contains(kPlaceholder))
        return false;
    for (const QChar c : masked)
        if (c.isLetterOrNumber())
            return false;
    return true;
}

ChangeKind ChangeClassifier::classify(const QString &oldText, const QString &newText,
                                      const QString &oldDeclared, const QString &newDeclared)
{
    return classifyMasked(maskDeclaredDates(oldText), maskDeclaredDates(newText), oldDeclared,
                          newDeclared);
}

ChangeKind ChangeClassifier::classifyMasked(const QString &oldMasked, const QString &newMasked,
                                            const QString &oldDeclared, const QString &newDeclared)
{
    if (oldMasked == newMasked)
        return ChangeKind::DateOnly;
    if (!oldDeclared.isEmpty() && oldDeclared == newDeclared)
        return ChangeKind::SilentChange;
    return ChangeKind::Change;
}

} // namespace cw
