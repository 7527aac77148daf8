#pragma once

#include <QString>

#include <optional>

namespace cw {

/// Record ids shown to people and printed in citations: CW-P-000123 for a
/// flagged provision, CW-D-000038 for a document. Derived from row ids that
/// SQLite never reuses (AUTOINCREMENT), so they are stable.
enum class RecordKind : char { Provision = 'P', Document = 'D' };

inline QString recordId(RecordKind kind, qint64 id)
{
    return QStringLiteral("CW-%1-%2").arg(QChar::fromLatin1(char(kind))).arg(id, 6, 10, QLatin1Char('0'));
}

/// Parses "CW-P-000123" (case-insensitive); nullopt when it is not of that kind.
inline std::optional<qint64> parseRecordId(RecordKind kind, const QString &text)
{
    const QString t = text.trimmed().toUpper();
    const QString prefix = QStringLiteral("CW-%1-").arg(QChar::fromLatin1(char(kind)));
    if (!t.startsWith(prefix))
        return std::nullopt;
    bool ok = false;
    const qint64 id = t.mid(prefix.size()).toLongLong(&ok);
    if (!ok || id <= 0)
        return std::nullopt;
    return id;
}

} // namespace cw
