#pragma once

#include <QCoreApplication>
#include <QString>

namespace cw {

/// Translates a "%n …(s)" string. Translators give real plural forms; when
/// none is installed (English, or tests), the "(s)"/"(es)" markers of the
/// source are resolved by the English rule, so a memo never prints "1 finding(s)".
inline QString translateCount(const char *context, const char *source, int n)
{
    QString t = QCoreApplication::translate(context, source, nullptr, n);
    if (t.contains(QLatin1String("(s)")) || t.contains(QLatin1String("(es)"))) {
        t.replace(QLatin1String("(es)"), n == 1 ? QString() : QStringLiteral("es"));
        t.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    }
    return t;
}

} // namespace cw
