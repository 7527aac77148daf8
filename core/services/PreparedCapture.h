#pragma once

#include "capture/QualityVerdict.h"
#include "classify/Suggestion.h"
#include "extract/ExtractedDocument.h"
#include "segment/ClauseLineage.h"
#include "segment/ClauseSpan.h"
#include "services/CaptureRequest.h"
#include "util/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <optional>

namespace cw {

/// The newest version the preparer assumed a document had before a capture.
struct AssumedPrevious
{
    QString textSha256;
    qsizetype textLength = 0;
};

/// A new version's clause work done ahead: segmentation, clause texts and
/// hashes, and — when the previous version was assumed — the lineage against
/// that version's clauses (lineage ids left 0; previousIndex is what counts)
/// and the classifier's suggestions for the clauses that will need them.
struct PreparedClauses
{
    QList<ClauseSpan> spans;
    QStringList texts;
    QStringList hashes; ///< ClauseHash::of, as stored in clauses.text_hash
    std::optional<LineageResult> lineage;
    int lineagePreviousCount = 0; ///< how many previous clauses the lineage was matched against
    /// Which clauses the classifier must see (new or reworded under the
    /// assumed previous version; all of them without one); empty when the
    /// capture is not classified.
    QList<bool> toClassify;
    /// One per clause when worked out; nullopt where not (the importer then
    /// classifies itself). Filled with platformName's built-in templates.
    QList<std::optional<QList<Suggestion>>> suggestions;
    QString platformName;
};

/// The pure part of importing one capture, worked out before its turn to be
/// written (the Open Terms Archive import does it on a second thread while
/// the previous capture is stored). Every piece rests on stated assumptions —
/// the selectors the text was extracted with, the previous version assumed —
/// that CaptureImporter checks against the archive before using it, so a wrong
/// guess costs time, never correctness.
struct PreparedCapture
{
    CaptureRequest request;
    bool extracted = false; ///< text, hashes and the rest below are filled
    Result<ExtractedDocument> text = ExtractedDocument{};
    QString textSha256; ///< of text->text; "" when extraction failed
    QString rawSha256;
    /// Set when the quality verdict and clause work were made against an
    /// assumed previous version; unset, they were made as for a first version.
    std::optional<AssumedPrevious> assumed;
    bool assessed = false; ///< quality holds the gate's verdict under that assumption
    QualityVerdict quality;
    std::optional<PreparedClauses> clauses;
    /// The text with its declared dates masked, for the change alert; set
    /// with clauses.
    std::optional<QString> maskedText;

    /// Nothing worked out ahead: the importer does all of it.
    static PreparedCapture unprepared(const CaptureRequest &request);
};

/// Prepares the captures of one import run in order. It remembers, per
/// document (platform and terms type), the text it expects to be that
/// document's newest version after each capture, which is what the next
/// capture of the document is prepared against. Use from one thread at a time.
class CapturePreparer
{
public:
    /// `deferSuggestions`: prepare() leaves the classifier's suggestions to a
    /// later addSuggestions() call (another pipeline stage).
    explicit CapturePreparer(bool deferSuggestions = false) : m_deferSuggestions(deferSuggestions)
    {
    }

    PreparedCapture prepare(CaptureRequest request);
    /// Classifies the clauses prepare() marked (toClassify). Pure; any thread.
    static void addSuggestions(PreparedCapture &prepared);

private:
    struct Expected
    {
        AssumedPrevious previous;
        QList<PreviousClause> clauses;
    };
    QHash<QString, Expected> m_expected;
    bool m_deferSuggestions;
};

} // namespace cw
