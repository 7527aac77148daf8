#pragma once

#include "model/Clause.h"
#include "model/Version.h"
#include "services/CaptureRequest.h"
#include "services/PreparedCapture.h"
#include "util/Result.h"

#include <QHash>

namespace cw {

class ChangeSummarizer;
class Database;

/// Runs one capture through the pipeline — hash, extract, quality gate,
/// version or verification, segment, lineage, classify — and stores it in one
/// transaction: a failure or crash leaves all of it or none of it.
///
/// A capture the quality gate finds suspect is still stored (the exact bytes
/// are evidence), marked with its reason, and makes no version.
///
/// A new version of a document that already had one, unless technical, also
/// records exactly one alert (ChangeAlerter) in the same transaction.
class CaptureImporter
{
public:
    /// `summarizer` (not owned) writes change summaries; nullptr: the default.
    explicit CaptureImporter(const Database &db, const ChangeSummarizer *summarizer = nullptr)
        : m_db(db), m_summarizer(summarizer)
    {
    }

    Result<CaptureResult> import(const CaptureRequest &request);
    /// The same, using what `prepared` worked out ahead wherever its
    /// assumptions (selectors, previous version) match the archive.
    Result<CaptureResult> import(const PreparedCapture &prepared);

    /// Bulk imports: leave the flags pointing at their clauses for
    /// carryFlagsToNewestClauses() (ClauseStage.h) to do once per batch,
    /// before it commits.
    void setDeferFlagCarry(bool defer) { m_deferFlagCarry = defer; }

private:
    Result<CaptureResult> importChecked(const PreparedCapture &prepared);

    /// The newest version this importer stored for a document, with its text
    /// and clauses, so that the document's next capture need not read them
    /// back. Only trusted while it is still the archive's newest version (by
    /// id); forgotten whenever an import fails, since a rolled-back id can be
    /// handed out again.
    struct Recent
    {
        Version version;
        QList<Clause> clauses;
        std::optional<QString> maskedText; ///< ChangeClassifier::maskDeclaredDates of the text
    };
    const Database &m_db;
    const ChangeSummarizer *m_summarizer;
    QHash<qint64, Recent> m_recent; ///< by document id
    bool m_deferFlagCarry = false;
};

} // namespace cw
