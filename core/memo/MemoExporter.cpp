#include "memo/MemoExporter.h"

#include "archive/Database.h"
#include "archive/MemoRepository.h"
#include "archive/Transaction.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoCanonical.h"
#include "memo/MemoCollector.h"
#include "memo/MemoFingerprint.h"
#include "memo/MemoSigner.h"
#include "provenance/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>

#include <algorithm>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::MemoExporter", s);
}

QString keywords(const MemoContent &c)
{
    QStringList k{QStringLiteral("Clausewatch"), tr("compliance memo")};
    k += c.platforms;
    QStringList types;
    for (const MemoScopeDocument &d : c.documents)
        types << d.termsType;
    types.removeDuplicates();
    k += types;
    k += c.clauseTypes;
    k << c.date;
    QStringList captured;
    for (const MemoEvidence &e : c.evidence)
        captured << e.capturedAt.left(10);
    if (!captured.isEmpty()) {
        std::sort(captured.begin(), captured.end());
        k << (captured.first() == captured.last()
                  ? tr("captured %1").arg(captured.first())
                  : tr("captured %1 to %2").arg(captured.first(), captured.last()));
    }
    k.removeDuplicates();
    return k.join(QStringLiteral("; "));
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    const QString op = tr("writing %1").arg(QDir::toNativeSeparators(path));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return makeError(op, f.errorString());
    if (f.write(bytes) != bytes.size())
        return makeError(op, f.errorString());
    if (!f.commit())
        return makeError(op, f.errorString());
    return {};
}

} // namespace

Result<PreparedMemo> MemoExporter::prepare(const Database &db, const MemoSpec &spec,
                                           const MemoSigner *signer,
                                           const MemoProviders &providers, const QDateTime &now)
{
    PreparedMemo m;
    QElapsedTimer t;
    t.start();
    auto content = MemoCollector(db, providers).collect(spec, now);
    if (!content)
        return content.error();
    m.content = std::move(*content);
    m.collectMs = t.restart();

    m.canonical = MemoCanonical::serialize(m.content);
    m.fingerprint = MemoFingerprint::of(m.canonical, m.content.citedHashes());
    MemoBuildInfo info;
    info.fingerprint = m.fingerprint;
    info.signerKeyId = signer ? signer->keyId() : QString();
    auto html = MemoBuilder::build(m.content, info);
    if (!html)
        return html.error();
    m.html = std::move(*html);
    m.buildMs = t.elapsed();

    m.job.html = m.html;
    m.job.page = MemoPageSetup::forPaper(spec.paper);

    m.info.title = m.content.title;
    m.info.author = spec.from.isEmpty() ? QStringLiteral("Clausewatch") : spec.from;
    m.info.subject = m.content.subject;
    m.info.keywords = keywords(m.content);
    m.info.creator = QStringLiteral("Clausewatch %1").arg(QStringLiteral(CW_VERSION_STRING));
    m.info.producer = QStringLiteral("sealed by Clausewatch %1").arg(QStringLiteral(CW_VERSION_STRING));
    m.info.createdAt = m.content.generatedAt;

    const MemoPageSetup &p = m.job.page;
    m.stamps.headerLeft = QStringLiteral("Clausewatch · %1").arg(m.content.subject);
    m.stamps.headerRight = tr("Confidential · %1").arg(m.content.date);
    m.stamps.footerLeft = tr("Memo fingerprint %1… · verify with clausewatch verify-memo")
                              .arg(m.fingerprint.left(16));
    m.stamps.pageNumberFormat = tr("Page %1 of %2");
    m.stamps.marginTop = MemoPageSetup::toPoints(p.marginTopMm);
    m.stamps.marginRight = MemoPageSetup::toPoints(p.marginRightMm);
    m.stamps.marginBottom = MemoPageSetup::toPoints(p.marginBottomMm);
    m.stamps.marginLeft = MemoPageSetup::toPoints(p.marginLeftMm);
    return m;
}

Result<MemoExportResult> MemoExporter::finish(const Database &db, const PreparedMemo &memo,
                                              const QByteArray &renderedPdf, const QString &outPath,
                                              const MemoSigner *signer)
{
    QElapsedTimer t;
    t.start();
    MemoSealRequest req;
    req.renderedPdf = renderedPdf;
    req.info = memo.info;
    req.stamps = memo.stamps;
    req.fingerprint = memo.fingerprint;
    req.canonicalContent = memo.canonical;
    req.signer = signer;
    auto sealed = MemoPdfSeal::seal(req);
    if (!sealed)
        return sealed.error();

    MemoExportResult r;
    r.path = outPath;
    r.fingerprint = memo.fingerprint;
    r.pdfSha256 = Sha256::hexOf(sealed->bytes);
    r.signerKeyId = signer ? signer->keyId() : QString();
    r.pages = sealed->pages;
    r.bytes = sealed->bytes.size();
    r.findings = int(memo.content.findings.size());
    r.collectMs = memo.collectMs;
    r.buildMs = memo.buildMs;

    // Record and write together: the row is committed only once the file is.
    Transaction tx(db);
    MemoRecord rec;
    rec.createdAt = memo.content.generatedAt;
    rec.title = memo.content.title;
    rec.scope = memo.content.spec.toJson();
    rec.fingerprint = memo.fingerprint;
    rec.content = QString::fromUtf8(memo.canonical);
    rec.pdfSha256 = r.pdfSha256;
    rec.signature = QString::fromLatin1(sealed->signature.toHex());
    rec.publicKey = signer ? QString::fromLatin1(signer->publicKey().toHex()) : QString();
    auto id = MemoRepository(db).insert(rec);
    if (!id)
        return id.error();
    r.memoId = *id;
    CW_TRY(writeFile(outPath, sealed->bytes));
    if (auto s = tx.commit(); !s) {
        QFile::remove(outPath);
        return s.error();
    }
    r.sealMs = t.elapsed();
    return r;
}

Result<MemoExportResult> MemoExporter::run(const Database &db, const MemoSpec &spec,
                                           const MemoPdfPrinter &printer, const QString &outPath,
                                           const MemoSigner *signer, const MemoProviders &providers)
{
    auto memo = prepare(db, spec, signer, providers);
    if (!memo)
        return memo.error();
    QElapsedTimer t;
    t.start();
    auto pdf = printer.print(memo->job);
    if (!pdf)
        return pdf.error();
    const qint64 printMs = t.elapsed();
    auto r = finish(db, *memo, *pdf, outPath, signer);
    if (r)
        r->printMs = printMs;
    return r;
}

Status MemoExporter::writeHtml(const PreparedMemo &memo, const QString &path)
{
    return writeFile(path, memo.html.toUtf8());
}

} // namespace cw
