#pragma once

#include "alerts/ChangeFacts.h"
#include "model/Version.h"
#include "util/Result.h"

#include <QString>

#include <optional>

namespace cw {

class ChangeSummarizer;
class Database;

/// A new version of a document that may raise an alert.
struct ChangeAlertInput
{
    qint64 documentId = 0;
    QString platform;
    QString termsType;
    Version previous; ///< with text
    Version current;  ///< with text; its clauses (and lineage) are stored
    /// Flags with a larger id were raised while importing `current`.
    qint64 flagsAddedAfter = 0;
    /// Both versions' clauses when the caller has them in hand (the importer
    /// just stored them); read from the archive when absent.
    std::optional<QList<FactClause>> previousClauses;
    std::optional<QList<FactClause>> currentClauses;
    /// Both texts with their declared dates masked
    /// (ChangeClassifier::maskDeclaredDates), when the caller has them.
    std::optional<QString> previousMasked;
    std::optional<QString> currentMasked;
};

/// Turns a real change of a document into exactly one alert. Called by
/// CaptureImporter inside the import's transaction, after the new version's
/// clauses and flags are stored, so the alert and the version are committed
/// together or not at all.
///
/// The importer calls it only for a new version that is neither the
/// document's first nor a technical re-extraction; verifications and suspect
/// captures make no version and so no alert.
class ChangeAlerter
{
public:
    /// `summarizer` (not owned) writes the summary; nullptr: LineageChangeSummarizer.
    explicit ChangeAlerter(const Database &db, const ChangeSummarizer *summarizer = nullptr)
        : m_db(db), m_summarizer(summarizer)
    {
    }

    /// The facts of the change (clause counts, touched flags, kind).
    Result<ChangeFacts> gather(const ChangeAlertInput &input) const;
    /// gather() + summary + one row in `alerts`; returns the alert id.
    Result<qint64> record(const ChangeAlertInput &input) const;

private:
    const Database &m_db;
    const ChangeSummarizer *m_summarizer;
};

} // namespace cw
