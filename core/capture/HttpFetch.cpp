#include "capture/HttpFetch.h"

#include "util/Json.h"

#include <QJsonObject>

namespace cw {

QString HttpFetchResult::headersJson() const
{
    QJsonObject o;
    for (const auto &[name, value] : headers) {
        const QString key = QString::fromLatin1(name).toLower();
        const QString v = QString::fromLatin1(value);
        // Repeated headers (Set-Cookie, …) are joined as HTTP allows.
        o.insert(key, o.contains(key) ? o.value(key).toString() + QStringLiteral(", ") + v : v);
    }
    return toJsonText(o);
}

} // namespace cw
