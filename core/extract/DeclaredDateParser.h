#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace cw {

/// A date statement a document makes about itself ("Last updated: March 4, 2024").
struct DeclaredDate
{
    QDate date;                  ///< the date; day 1 of the month when monthPrecision
    bool monthPrecision = false; ///< "Last updated: January 2024"
    QString kind;                ///< "updated", "effective", "modified", "revised" or "other"
    QString label;               ///< the label as written, e.g. "Last Updated"
    qsizetype start = 0;         ///< UTF-16 offset of the statement (label start) in the text
    qsizetype length = 0;        ///< up to the end of the date

    /// "2024-03-04", or "2024-03" when monthPrecision.
    QString iso() const
    {
        return monthPrecision ? date.toString(QStringLiteral("yyyy-MM"))
                              : date.toString(Qt::ISODate);
    }
};

/// Finds the dates a document declares for itself: "Last updated", "Last
/// modified", "Effective (date)", "Revised", "Updated", "Revision date", "Date of
/// revision", "In effect from", "Valid from", "Version date", … followed (after ':', 'on', 'as of',
/// 'from', …) by a date written as "March 4, 2024", "Mar. 4th, 2024", "4 March 2024", "Monday, 4
/// March 2024", "2024-03-04", "2024/03/04", "03/04/2024" (US month/day unless the first number
/// cannot be a month), "04.03.2024" (day.month), or "March 2024". English labels and month names
/// only. A label must be followed by its date within the same sentence, so "we updated our systems
/// on March 4" is not a declaration. Years outside 1970–2100 and impossible dates are rejected.
/// Pure; safe from any thread.
class DeclaredDateParser
{
public:
    /// The first statement in the text, or nullopt.
    static std::optional<DeclaredDate> find(const QString &text);

    /// All statements in text order, at most `max`.
    static QList<DeclaredDate> findAll(const QString &text, int max = 32);

    /// Parses a date at the start of `s` (leading spaces allowed). On success sets
    /// `*consumed` to the characters read and `*monthOnly` for month precision.
    static std::optional<QDate> parseDate(QStringView s, qsizetype *consumed = nullptr,
                                          bool *monthOnly = nullptr);
};

} // namespace cw
