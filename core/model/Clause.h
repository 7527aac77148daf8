#pragma once

#include "model/LineageStatus.h"

#include <QString>
#include <QStringList>

namespace cw {

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
    bool renumbered = false; ///< only its numbering changed against the previous version
};

} // namespace cw
