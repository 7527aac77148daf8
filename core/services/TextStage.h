#pragma once

#include "services/CaptureRequest.h"

#include <QString>

#include <optional>

namespace cw {

/// Raw bytes → canonical text (see the text format in README's design notes).
struct TextStageOutput
{
    bool ok = false;
    QString text;
    QString declaredDate; ///< ISO date the document states for itself, or empty
    QString format;
    QString error;        ///< why no text could be extracted (when !ok)
};

TextStageOutput runTextStage(const CaptureRequest &request);

struct QualityOutcome
{
    bool suspect = false;
    QString reason;
};

/// The capture-quality gate: never store a bot wall or an empty page as terms.
QualityOutcome assessQuality(const CaptureRequest &request, const TextStageOutput &text,
                             std::optional<qsizetype> previousTextLength);

} // namespace cw
