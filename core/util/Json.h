#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <utility>

namespace cw {

/// Small helpers for the JSON columns of the archive (compact, UTF-8).
inline QString toJsonText(const QJsonArray &a)
{
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

inline QString toJsonText(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

inline QJsonArray jsonArrayFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}

inline QJsonObject jsonObjectFromText(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

/// A JSON array of strings, exactly as QJsonDocument writes it compactly.
/// Heading paths are written and read once per clause on import, so the
/// common case (no character that needs escaping but '"' and '\\') is done
/// by hand; anything else goes through QJsonDocument.
inline QString stringListToJson(const QStringList &list)
{
    QString out;
    out.reserve(2 + list.size() * 24);
    out += QLatin1Char('[');
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (i)
            out += QLatin1Char(',');
        out += QLatin1Char('"');
        for (const QChar c : list.at(i)) {
            if (c.unicode() < 0x20 || c.unicode() == 0x7f)
                return toJsonText(QJsonArray::fromStringList(list));
            if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
                out += QLatin1Char('\\');
            out += c;
        }
        out += QLatin1Char('"');
    }
    out += QLatin1Char(']');
    return out;
}

/// Reads stringListToJson's output (and any JSON array of strings: escapes
/// other than \" and \\ go through QJsonDocument). Not an array: empty.
inline QStringList stringListFromJson(const QString &text)
{
    QStringList out;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto slow = [&text] {
        QStringList all;
        for (const auto &v : jsonArrayFromText(text))
            all << v.toString();
        return all;
    };
    if (n < 2 || text.at(0) != QLatin1Char('[') || text.at(n - 1) != QLatin1Char(']'))
        return slow();
    i = 1;
    if (i == n - 1)
        return out;
    while (i < n - 1) {
        if (text.at(i) != QLatin1Char('"'))
            return slow();
        QString item;
        ++i;
        bool closed = false;
        while (i < n - 1) {
            const QChar c = text.at(i++);
            if (c == QLatin1Char('"')) {
                closed = true;
                break;
            }
            if (c == QLatin1Char('\\')) {
                if (i >= n - 1)
                    return slow();
                const QChar e = text.at(i++);
                if (e != QLatin1Char('"') && e != QLatin1Char('\\'))
                    return slow();
                item += e;
                continue;
            }
            item += c;
        }
        if (!closed)
            return slow();
        out << item;
        if (i == n - 1)
            break;
        if (text.at(i) != QLatin1Char(','))
            return slow();
        ++i;
    }
    return out;
}

using Span = std::pair<int, int>;

inline QString spansToJson(const QList<Span> &spans)
{
    QJsonArray a;
    for (const auto &[s, e] : spans)
        a.append(QJsonArray{s, e});
    return toJsonText(a);
}

inline QList<Span> spansFromJson(const QString &text)
{
    QList<Span> out;
    for (const auto &v : jsonArrayFromText(text)) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            out.append({pair.at(0).toInt(), pair.at(1).toInt()});
    }
    return out;
}

} // namespace cw
