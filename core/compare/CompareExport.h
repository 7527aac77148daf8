#pragma once

#include "compare/ClauseTypePage.h"
#include "compare/ComparisonMatrix.h"
#include "compare/MatrixChanges.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace cw {

/// Exports of the comparison views. Pure functions of their inputs (the
/// `generatedAt` stamp is passed in so that exports are reproducible).
///
/// CSV: RFC 4180 (fields quoted when they hold a comma, quote or line break),
/// UTF-8 with a byte-order mark so that spreadsheet programs read accents
/// right, CRLF line ends. JSON: UTF-8 objects whose keys are documented in
/// core/compare/README.md; they carry their context (date, filters, when
/// generated) so that an exported file stands on its own.
class CompareExport
{
public:
    /// One row per clause type; columns: category, type key, type name, then
    /// one per platform with "High (2)", "High (2, unreviewed)", "not found"
    /// or "not archived".
    static QByteArray matrixCsv(const ComparisonMatrix &m);
    static QJsonObject matrixJson(const ComparisonMatrix &m, const QString &generatedAt);
    /// The two-date comparison: both dates and the changed cells.
    static QJsonObject changesJson(const MatrixComparison &c, const QString &generatedAt);
    static QByteArray changesCsv(const MatrixComparison &c);
    /// One row per clause: platform, document, version, record id, severity,
    /// review, section, summary, original text; then the timeline as rows of
    /// kind "event".
    static QByteArray typePageCsv(const ClauseTypePage &page);
    static QJsonObject typePageJson(const ClauseTypePage &page, const QString &generatedAt);
    /// The command line's `compare --type KEY --json` array: one object per
    /// platform that has the type (platform, severity, count, reviewed,
    /// record_ids, documents).
    static QJsonArray typeSummaryJson(const ClauseTypePage &page);

    /// "clausewatch-matrix-2024-01-01.csv", "clausewatch-arbitration-now.json", …
    static QString suggestedFileName(const QString &subject, const QString &at,
                                     const QString &extension);
    /// The cell as text: "High (2)", "High (2, unreviewed)", "not found", "not archived".
    static QString cellText(const MatrixCell &cell);
};

} // namespace cw
