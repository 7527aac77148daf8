#pragma once

#include <QString>
#include <QStringList>

namespace cw {

/// How a clause relates to the previous version's clauses.
enum class LineageStatus { New, Unchanged, Modified, Moved };

inline QString lineageStatusKey(LineageStatus s)
{
    switch (s) {
    case LineageStatus::Unchanged: return QStringLiteral("unchanged");
    case LineageStatus::Modified: return QStringLiteral("modified");
    case LineageStatus::Moved: return QStringLiteral("moved");
    case LineageStatus::New: break;
    }
    return QStringLiteral("new");
}

inline LineageStatus lineageStatusFromKey(const QString &k)
{
    if (k == QLatin1String("unchanged"))
        return LineageStatus::Unchanged;
    if (k == QLatin1String("modified"))
        return LineageStatus::Modified;
    if (k == QLatin1String("moved"))
        return LineageStatus::Moved;
    return LineageStatus::New;
}

/// A span of a version's text with its heading path and lineage.
struct Clause
{
    qint64 id = 0;
    qint64 versionId = 0;
    int ordinal = 0;
    int start = 0; ///< UTF-16 offsets into the version text, [start, end)
    int end = 0;
    QStringList headingPath;
    QString number;
    QString kind;
    QString text;
    QString textHash;
    qint64 lineageId = 0;
    LineageStatus lineageStatus = LineageStatus::New;
    double similarity = 1.0;
};

} // namespace cw
