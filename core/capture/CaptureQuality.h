#pragma once

#include "capture/QualityVerdict.h"
#include "extract/ExtractedDocument.h"
#include "util/Result.h"

#include <QByteArray>
#include <optional>

namespace cw {

/// The capture-quality gate (issue 3): decides whether an extracted capture can
/// be trusted to be the document, or must be kept as a suspect snapshot.
///
/// Checks, first match wins:
/// 1. binary — the raw bytes are binary (not for PDFs), or more than 10% of the
///    text is replacement/control characters;
/// 2. bot_wall — a short text (under ShortPageWords words) with a challenge phrase
///    ("verify you are human", "checking your browser", "enable JavaScript",
///    "access denied", captcha, …) in its text or title, or from a page whose markup
///    carries a challenge platform's marker (Cloudflare, DataDome, PerimeterX,
///    Incapsula, AWS WAF), or a near-empty text (under GatePageWords) from a page
///    with a captcha widget or an "enable JavaScript" notice (a JavaScript-only
///    page: its text is empty or nearly so, which is why this comes before no_text);
/// 3. no_text — the text is empty (for a PDF: no text layer, probably a scan);
/// 4. error_page — a short text (under ErrorPageWords) with an error-page phrase
///    ("page not found", "internal server error", "service unavailable", …) or a
///    title with an HTTP error status or "not found";
/// 5. mostly_code — at least half of the text, by length, is CSS/JS-like lines;
/// 6. too_short — fewer than MinWords words;
/// 7. shrank — the text is less than 40% of the previous version's length.
/// The phrase checks only ever fire on short texts: a real policy that mentions
/// JavaScript, access, captchas or errors is long and passes. Pure; thread-safe.
class CaptureQuality
{
public:
    static constexpr int ShortPageWords = 300;
    static constexpr int GatePageWords = 60;
    static constexpr int ErrorPageWords = 250;
    static constexpr int MinWords = 30;
    static constexpr double MaxShrink = 0.60; ///< suspect when more than 60% shorter

    static QualityVerdict assess(const QByteArray &raw, const ExtractedDocument &doc,
                                 std::optional<qsizetype> previousTextLength);

    /// Verdict for a capture whose extraction failed (Extractor::extract returned
    /// `error`): the snapshot is kept and marked suspect with the error's message.
    static QualityVerdict assessFailure(const QByteArray &raw, const Error &error);
};

} // namespace cw
