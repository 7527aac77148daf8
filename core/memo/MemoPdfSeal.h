#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cw {

class MemoSigner;

/// The PDF document information dictionary (what `pdfinfo` shows).
struct PdfDocumentInfo
{
    QString title;
    QString author;
    QString subject;
    QString keywords;
    QString creator;
    QString producer;
    QString createdAt; ///< UTC ISO 8601
};

/// Text the seal stamps on every rendered page, in the page margins: Chromium
/// (Qt 6.4) prints neither page numbers nor margin boxes, so the running
/// header, the footer with "Page X of Y" and the page numbers of the contents
/// list are added here, after rendering.
struct MemoPageStamps
{
    QString headerLeft;
    QString headerRight;
    QString footerLeft;
    QString pageNumberFormat = QStringLiteral("Page %1 of %2");
    bool headerOnFirstPage = false;
    /// Links whose named destination starts with this prefix are contents
    /// entries: the destination's page number is printed at the right margin
    /// on the link's line.
    QByteArray contentsPrefix = "toc-";
    /// Page margins in PDF points (1/72 in), as the page was laid out.
    double marginLeft = 56.7;
    double marginRight = 56.7;
    double marginTop = 62.4;
    double marginBottom = 56.7;
};

struct MemoSealRequest
{
    QByteArray renderedPdf; ///< what the renderer wrote
    PdfDocumentInfo info;
    MemoPageStamps stamps;
    QString fingerprint;        ///< MemoFingerprint of the content
    QByteArray canonicalContent; ///< MemoCanonical bytes, carried in the PDF
    const MemoSigner *signer = nullptr; ///< optional
};

struct SealedPdf
{
    QByteArray bytes;
    int pages = 0;
    QByteArray digest;    ///< SHA-256 over the file except the seal value
    QByteArray signature; ///< empty when unsigned
};

/// What a sealed memo PDF says about itself, and whether its bytes still
/// match the seal.
struct MemoSealReading
{
    /// Empty when the seal was found and parsed; otherwise why not (the file
    /// is a PDF, but not a sealed memo, or its structure is damaged).
    QString problem;
    PdfDocumentInfo info;
    int pages = 0;
    QString format;
    QString fingerprint;
    QByteArray content;   ///< canonical memo content
    QByteArray publicKey; ///< raw Ed25519 key; empty when unsigned
    QByteArray recordedDigest;
    QByteArray signature;
    QByteArray actualDigest;
    /// The sealed range reaches the end of the file: nothing was appended.
    bool coversWholeFile = false;

    bool found() const { return problem.isEmpty(); }
    bool digestMatches() const { return !recordedDigest.isEmpty() && recordedDigest == actualDigest; }
    bool isSigned() const { return !publicKey.isEmpty(); }
};

/// Seals a rendered memo PDF with one incremental update: page stamps, the
/// document information (title, author, subject, keywords — Chromium writes
/// none), the canonical content as a stream, the fingerprint, and a seal:
/// SHA-256 over every byte of the file except the seal value itself (the way
/// PDF signatures use /ByteRange), with an optional Ed25519 signature of
/// fingerprint and digest. Any changed, removed or appended byte breaks the
/// digest; re-sealing a changed file needs the signer's private key.
///
/// Pure bytes in, bytes out (QtCore and OpenSSL only).
class MemoPdfSeal
{
public:
    static constexpr const char *kFormat = "clausewatch-memo-seal/1";

    static Result<SealedPdf> seal(const MemoSealRequest &request);
    /// Reads the seal back. An Error only when the bytes are not a PDF at all.
    static Result<MemoSealReading> read(const QByteArray &pdf);
    /// What the signature signs.
    static QByteArray signedMessage(const QString &fingerprint, const QByteArray &digest);
};

} // namespace cw
