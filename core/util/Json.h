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

inline QString stringListToJson(const QStringList &list)
{
    return toJsonText(QJsonArray::fromStringList(list));
}

inline QStringList stringListFromJson(const QString &text)
{
    QStringList out;
    for (const auto &v : jsonArrayFromText(text))
        out << v.toString();
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
