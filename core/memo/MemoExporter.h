#pragma once

#include "memo/MemoContent.h"
#include "memo/MemoPdfPrinter.h"
#include "memo/MemoPdfSeal.h"
#include "memo/MemoProviders.h"
#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cw {

class Database;
class MemoSigner;

/// A memo ready to print: its content, canonical bytes, fingerprint and HTML.
struct PreparedMemo
{
    MemoContent content;
    QByteArray canonical;
    QString fingerprint;
    QString html;
    PdfPrintJob job;
    PdfDocumentInfo info;
    MemoPageStamps stamps;
    qint64 collectMs = 0;
    qint64 buildMs = 0;
};

/// What export wrote.
struct MemoExportResult
{
    qint64 memoId = 0;      ///< row in the archive's memos table
    QString path;
    QString fingerprint;
    QString pdfSha256;      ///< of the exact file written
    QString signerKeyId;    ///< empty when unsigned
    int pages = 0;
    qint64 bytes = 0;
    int findings = 0;
    qint64 collectMs = 0, buildMs = 0, printMs = 0, sealMs = 0;
};

/// The memo pipeline around the printer: prepare (collect → canonical →
/// fingerprint → HTML), print (the injected MemoPdfPrinter), finish (seal the
/// PDF with metadata, stamps, content and signature; write the file; record
/// the memo with the SHA-256 of the exact file in the archive).
///
/// prepare/finish are separate so the GUI can print asynchronously between them.
class MemoExporter
{
public:
    static Result<PreparedMemo> prepare(const Database &db, const MemoSpec &spec,
                                        const MemoSigner *signer = nullptr,
                                        const MemoProviders &providers = {},
                                        const QDateTime &now = QDateTime::currentDateTimeUtc());
    /// Seals `renderedPdf`, writes it to `outPath` (atomically) and records the
    /// memo in `db` in one transaction: either both happen or neither.
    static Result<MemoExportResult> finish(const Database &db, const PreparedMemo &memo,
                                           const QByteArray &renderedPdf, const QString &outPath,
                                           const MemoSigner *signer = nullptr);
    /// prepare + print + finish.
    static Result<MemoExportResult> run(const Database &db, const MemoSpec &spec,
                                        const MemoPdfPrinter &printer, const QString &outPath,
                                        const MemoSigner *signer = nullptr,
                                        const MemoProviders &providers = {});
    /// Writes the memo's HTML (for --html); the same document the PDF prints.
    static Status writeHtml(const PreparedMemo &memo, const QString &path);
};

} // namespace cw
