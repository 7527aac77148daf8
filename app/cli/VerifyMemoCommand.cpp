#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "memo/MemoSigner.h"
#include "memo/MemoVerifier.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace cw::cli {

namespace {

QString stateKey(MemoCheck::State s)
{
    switch (s) {
    case MemoCheck::State::Passed: return QStringLiteral("passed");
    case MemoCheck::State::Failed: return QStringLiteral("failed");
    case MemoCheck::State::Skipped: break;
    }
    return QStringLiteral("skipped");
}

QString stateLabel(MemoCheck::State s)
{
    switch (s) {
    case MemoCheck::State::Passed: return QStringLiteral("PASS");
    case MemoCheck::State::Failed: return QStringLiteral("FAIL");
    case MemoCheck::State::Skipped: break;
    }
    return QStringLiteral("SKIP");
}

} // namespace

int runVerifyMemo(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Check a memo PDF: its seal over every byte, its fingerprint, its signature and — with "
            "--archive — that the archive recorded this exact file and still holds every capture it "
            "cites. Exit 0 when all hold, 1 naming what does not, 2 on bad input."));
    parser.addPositionalArgument(QStringLiteral("file"), trc("The memo PDF."));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print a JSON report."));
    const QCommandLineOption publicKey(QStringLiteral("public-key"),
                                       trc("Require a signature by this Ed25519 public key (PEM or hex)."),
                                       QStringLiteral("file"));
    parser.addOptions({json, publicKey});
    if (!parseCommand(parser, ctx, QStringLiteral("verify-memo")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(trc("verify-memo: name one memo PDF"));
    const QString path = parser.positionalArguments().first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return ctx.fail(trc("verify-memo: cannot read %1: %2").arg(path, f.errorString()));
    const QByteArray pdf = f.readAll();

    MemoVerifyOptions o;
    if (parser.isSet(publicKey)) {
        QFile k(parser.value(publicKey));
        if (!k.open(QIODevice::ReadOnly))
            return ctx.fail(trc("verify-memo: cannot read %1: %2").arg(k.fileName(), k.errorString()));
        auto key = MemoSigner::parsePublicKey(k.readAll());
        if (!key)
            return ctx.fail(key.error());
        o.trustedPublicKey = *key;
    }
    // The archive is used only when named: a reader without it still gets
    // the seal, fingerprint and signature checks.
    std::unique_ptr<Database> db;
    if (ctx.archiveGiven) {
        OpenOptions ro;
        ro.create = false;
        ro.readOnly = true; // verifying must not change the evidence
        auto opened = Database::open(ctx.archivePath, ro);
        if (!opened)
            return ctx.fail(opened.error());
        db = std::move(*opened);
        o.archive = db.get();
    }
    auto v = MemoVerifier::verify(pdf, o);
    if (!v)
        return ctx.fail(trc("verify-memo: %1: %2").arg(path, v.error().message));

    if (parser.isSet(json)) {
        QJsonArray checks;
        for (const MemoCheck &c : v->checks)
            checks.append(QJsonObject{{QStringLiteral("check"), c.key},
                                      {QStringLiteral("state"), stateKey(c.state)},
                                      {QStringLiteral("detail"), c.detail}});
        QJsonObject o{{QStringLiteral("ok"), v->ok()},
                      {QStringLiteral("file"), path},
                      {QStringLiteral("pdf_sha256"), v->pdfSha256},
                      {QStringLiteral("fingerprint"), v->fingerprint},
                      {QStringLiteral("title"), v->title},
                      {QStringLiteral("pages"), v->pages},
                      {QStringLiteral("signed"), v->isSigned},
                      {QStringLiteral("signer_key_id"), v->signerKeyId},
                      {QStringLiteral("cited_snapshots"), v->citedSnapshots},
                      {QStringLiteral("archive_checked"), db != nullptr},
                      {QStringLiteral("checks"), checks}};
        if (v->memoId)
            o.insert(QStringLiteral("memo_id"), *v->memoId);
        ctx.printJson(QJsonDocument(o));
    } else {
        ctx.out << trc("Memo: %1 (%2 pages)").arg(v->title, QString::number(v->pages)) << '\n'
                << trc("Fingerprint: %1").arg(v->fingerprint) << '\n'
                << trc("File SHA-256: %1").arg(v->pdfSha256) << '\n';
        for (const MemoCheck &c : v->checks)
            ctx.out << QStringLiteral("  %1  %2 %3\n").arg(stateLabel(c.state), c.key.leftJustified(12), c.detail);
        ctx.out << (v->ok() ? trc("OK: the memo verifies.") : trc("FAILED: the memo does not verify."))
                << Qt::endl;
    }
    if (!v->ok()) {
        QStringList failed;
        for (const MemoCheck &c : v->checks)
            if (c.state == MemoCheck::State::Failed)
                failed << c.key;
        ctx.err << trc("clausewatch: verify-memo: %1 does not verify: %2 failed")
                       .arg(path, failed.join(QStringLiteral(", ")))
                << Qt::endl;
        return Finding;
    }
    return Ok;
}

} // namespace cw::cli
