#pragma once

#include <QString>

#include <optional>

namespace cw {

/// Severity of a flagged clause (PRODUCT.md definitions). Ordered: Low < Medium < High.
enum class Severity { Low = 1, Medium = 2, High = 3 };

/// Stable key as stored in the archive and in JSON: "low", "medium", "high".
inline QString severityKey(Severity s)
{
    switch (s) {
    case Severity::High: return QStringLiteral("high");
    case Severity::Medium: return QStringLiteral("medium");
    case Severity::Low: break;
    }
    return QStringLiteral("low");
}

inline std::optional<Severity> severityFromKey(const QString &key)
{
    if (key.compare(QLatin1String("high"), Qt::CaseInsensitive) == 0)
        return Severity::High;
    if (key.compare(QLatin1String("medium"), Qt::CaseInsensitive) == 0)
        return Severity::Medium;
    if (key.compare(QLatin1String("low"), Qt::CaseInsensitive) == 0)
        return Severity::Low;
    return std::nullopt;
}

} // namespace cw
