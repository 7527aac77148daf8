#pragma once

#include <QDateTime>
#include <QString>
#include <QTimeZone>

namespace cw {

/// Archive timestamps are UTC ISO 8601 with a Z and seconds precision
/// ("2024-03-04T10:15:00Z"): sortable as text and readable in the sqlite3 tool.
inline QString toIsoUtc(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

/// Parses ISO 8601 (with Z, an offset, or a bare date meaning midnight UTC).
/// Returns an invalid QDateTime when the text is not such a time.
inline QDateTime fromIso(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid()) {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        if (d.isValid())
            t = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    if (t.isValid() && t.timeSpec() == Qt::LocalTime && !text.contains(QLatin1Char('+')))
        t.setTimeZone(QTimeZone::utc()); // no zone given: archive times are UTC
    return t.toUTC();
}

inline QString nowIsoUtc()
{
    return toIsoUtc(QDateTime::currentDateTimeUtc());
}

} // namespace cw
