#pragma once

#include "archive/FlagRepository.h"
#include "archive/SearchRepository.h"

#include <QString>
#include <QVariantMap>

namespace cw::ui {

/// What the flag filters are set to, as plain values: shared by the flagged
/// clauses table and global search, saved by name in the settings.
struct FlagFilterState
{
    QString severity;      ///< "high", "medium", "low" or empty (any)
    QString status;        ///< "suggested", "confirmed", "rejected" or empty
    QString typeKey;
    QString category;
    QString regulationKey;
    bool changedOnly = false;

    bool isEmpty() const
    {
        return severity.isEmpty() && status.isEmpty() && typeKey.isEmpty() && category.isEmpty() &&
               regulationKey.isEmpty() && !changedOnly;
    }
    bool operator==(const FlagFilterState &) const = default;

    QVariantMap toMap() const
    {
        return {{QStringLiteral("severity"), severity},       {QStringLiteral("status"), status},
                {QStringLiteral("type"), typeKey},            {QStringLiteral("category"), category},
                {QStringLiteral("regulation"), regulationKey}, {QStringLiteral("changed"), changedOnly}};
    }
    static FlagFilterState fromMap(const QVariantMap &m)
    {
        FlagFilterState s;
        s.severity = m.value(QStringLiteral("severity")).toString();
        s.status = m.value(QStringLiteral("status")).toString();
        s.typeKey = m.value(QStringLiteral("type")).toString();
        s.category = m.value(QStringLiteral("category")).toString();
        s.regulationKey = m.value(QStringLiteral("regulation")).toString();
        s.changedOnly = m.value(QStringLiteral("changed")).toBool();
        return s;
    }

    /// Sets the filter fields of a flags query or a search (same names).
    template <typename Query>
    void applyTo(Query &q) const
    {
        q.severity = severity.isEmpty() ? std::nullopt : severityFromKey(severity);
        q.status = status.isEmpty() ? std::nullopt : std::optional<ReviewStatus>(reviewStatusFromKey(status));
        q.typeKey = typeKey;
        q.category = category;
        q.regulationKey = regulationKey;
        q.changedOnly = changedOnly;
    }
};

} // namespace cw::ui
