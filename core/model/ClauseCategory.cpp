#include "model/ClauseCategory.h"

#include <QCoreApplication>

namespace cw {

QString categoryDisplayName(const QString &key)
{
    // The built-in categories (resources/taxonomy/clause_types.json), here so
    // that translations reach them.
    static constexpr struct
    {
        const char *key;
        const char *name;
    } builtin[] = {
        {"disputes", QT_TRANSLATE_NOOP("cw::ClauseCategory", "Disputes and liability")},
        {"changes_termination", QT_TRANSLATE_NOOP("cw::ClauseCategory", "Changes and termination")},
        {"content_ip", QT_TRANSLATE_NOOP("cw::ClauseCategory", "Content and intellectual property")},
        {"money", QT_TRANSLATE_NOOP("cw::ClauseCategory", "Payments and subscriptions")},
        {"account", QT_TRANSLATE_NOOP("cw::ClauseCategory", "Accounts")},
        {"data", QT_TRANSLATE_NOOP("cw::ClauseCategory", "Personal data")},
    };
    if (key.isEmpty())
        return QCoreApplication::translate("cw::ClauseCategory", "Other");
    for (const auto &c : builtin)
        if (key == QLatin1String(c.key))
            return QCoreApplication::translate("cw::ClauseCategory", c.name);
    QString s = key;
    s.replace(QLatin1Char('_'), QLatin1Char(' '));
    s[0] = s[0].toUpper();
    return s;
}

} // namespace cw
