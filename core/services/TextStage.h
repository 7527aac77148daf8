#pragma once

#include "capture/QualityVerdict.h"
#include "extract/ExtractedDocument.h"
#include "services/CaptureRequest.h"
#include "util/Result.h"

#include <optional>

namespace cw {

/// Raw bytes → canonical text, through core/extract. PDFs use the PDF module,
/// loaded on first need.
Result<ExtractedDocument> runTextStage(const CaptureRequest &request);

/// The capture-quality gate: HTTP errors, bot walls, empty or shrunken texts
/// (CaptureQuality), and extraction failures. Never store such a capture as
/// a version of the terms.
QualityVerdict assessQuality(const CaptureRequest &request,
                             const Result<ExtractedDocument> &extracted,
                             std::optional<qsizetype> previousTextLength);

} // namespace cw
