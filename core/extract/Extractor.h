#pragma once

#include "extract/ExtractHints.h"
#include "extract/ExtractedDocument.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <memory>

namespace cw {

class PdfTextReader;

/// Raw captured bytes → canonical text: the one entry point of core/extract.
///
/// Format: the Content-Type when it is specific (text/html, application/xhtml+xml,
/// text/markdown, application/pdf), else the file extension (.html/.htm/.xhtml,
/// .md/.markdown, .txt, .pdf), else sniffing (PDF magic, leading HTML markup,
/// Markdown headings/lists/links, otherwise plain text). Bytes that start with
/// "%PDF-" are a PDF whatever the Content-Type says.
///
/// Errors (one line each, via Error::toString()): empty input; input larger than
/// MaxInputBytes (MaxPdfBytes for a PDF); binary data that is none of the formats; a PDF when no
/// PdfTextReader is registered ("PDF extraction needs the PDF module") or when the
/// reader fails; an invalid CSS selector; a `select` selector matching nothing.
/// A document that extracts to little or no text is NOT an error: it comes back
/// with its (maybe empty) text, and CaptureQuality decides whether it is suspect.
///
/// Determinism: the same bytes and hints always give the identical text (no
/// locale, time or hash-seed dependence), so re-capturing unchanged terms yields
/// the same text hash. Thread safety: extract() is const and may run on several
/// threads at once, provided the registered PdfTextReader allows that.
class Extractor
{
public:
    /// The largest capture extracted: 20 MiB. Real policy pages, scripts included,
    /// are a few MiB at most; gumbo's tree costs ~10× the input, so this bounds a
    /// single extraction to a few hundred MiB of memory and about a second.
    static constexpr qsizetype MaxInputBytes = 20 * 1024 * 1024;
    /// The largest PDF handed to the PdfTextReader: 100 MiB. PDFs carry images and
    /// fonts, so their size says little about their text; the reader pages through
    /// them rather than building a tree of the whole file.
    static constexpr qsizetype MaxPdfBytes = 100 * 1024 * 1024;

    Extractor() = default;
    explicit Extractor(std::shared_ptr<const PdfTextReader> pdfReader);

    /// Registers (or, with nullptr, removes) the reader used for PDFs.
    void setPdfTextReader(std::shared_ptr<const PdfTextReader> pdfReader);
    bool hasPdfTextReader() const { return m_pdf != nullptr; }

    Result<ExtractedDocument> extract(const QByteArray &raw, const ExtractHints &hints) const;

    /// "html", "markdown", "text", "pdf", or "" for binary data (see above).
    static QString detectFormat(const QByteArray &raw, const ExtractHints &hints);

    /// True when the bytes are binary: NUL bytes (outside UTF-16 with a BOM), a
    /// known binary file signature, or more than 10% control bytes in the first
    /// 8 KiB. PDFs count as binary here; detectFormat() checks for them first.
    static bool looksBinary(const QByteArray &raw);

private:
    std::shared_ptr<const PdfTextReader> m_pdf;
};

} // namespace cw
