#include "RendererLoader.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "memo/MemoExporter.h"
#include "memo/MemoSigner.h"
#include "memo/MemoText.h"
#include "model/RecordId.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>

namespace cw::cli {

namespace {

// "12", "CW-P-000012" → 12; 0 when neither.
qint64 parseFlagId(const QString &text)
{
    bool ok = false;
    const qint64 n = text.trimmed().toLongLong(&ok);
    if (ok && n > 0)
        return n;
    return parseRecordId(RecordKind::Provision, text).value_or(0);
}

struct MemoArgs
{
    MemoSpec spec;
    QString out;
    QString html;
    QString keyPath;
    QString exportKey;
    bool sign = false;
    bool json = false;
};

// Fills `a` from the parser; returns an empty string or a one-line error.
QString readArgs(const QCommandLineParser &p, MemoArgs &a)
{
    int scopes = 0;
    MemoSpec &s = a.spec;
    if (p.isSet(QStringLiteral("platform"))) {
        ++scopes;
        s.scope = MemoScope::Platform;
        s.platform = p.value(QStringLiteral("platform"));
        for (const QString &d : p.values(QStringLiteral("document"))) {
            bool ok = false;
            qint64 id = d.toLongLong(&ok);
            if (!ok)
                id = parseRecordId(RecordKind::Document, d).value_or(0);
            if (id <= 0)
                return trc("memo: --document wants a document id or record id (CW-D-000012), not “%1”").arg(d);
            s.documentIds << id;
        }
    }
    if (p.isSet(QStringLiteral("type"))) {
        ++scopes;
        s.scope = MemoScope::ClauseType;
        s.typeKey = p.value(QStringLiteral("type"));
    }
    if (p.isSet(QStringLiteral("diff"))) {
        ++scopes;
        s.scope = MemoScope::Diff;
        QStringList ids = p.value(QStringLiteral("diff")).split(QRegularExpression(QStringLiteral("[,]|\\.\\.")),
                                                                Qt::SkipEmptyParts);
        if (ids.size() == 1 && p.positionalArguments().size() == 1)
            ids << p.positionalArguments().first();
        bool okA = false, okB = false;
        if (ids.size() == 2) {
            s.fromVersionId = ids[0].toLongLong(&okA);
            s.toVersionId = ids[1].toLongLong(&okB);
        }
        if (!okA || !okB)
            return trc("memo: --diff wants two version ids (see “list versions”), e.g. --diff 12 15");
    } else if (!p.positionalArguments().isEmpty()) {
        return trc("memo: unexpected argument “%1”").arg(p.positionalArguments().first());
    }
    if (p.isSet(QStringLiteral("flags"))) {
        ++scopes;
        s.scope = MemoScope::Flags;
        for (const QString &f : p.value(QStringLiteral("flags")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const qint64 id = parseFlagId(f);
            if (id <= 0)
                return trc("memo: --flags wants flag ids or record ids (CW-P-000123), not “%1”").arg(f);
            s.flagIds << id;
        }
    }
    a.exportKey = p.value(QStringLiteral("export-key"));
    if (scopes > 1)
        return trc("memo: give one scope: --platform, --type, --diff or --flags");
    if (scopes == 0 && a.exportKey.isEmpty())
        return trc("memo: say what the memo covers: --platform NAME, --type KEY, --diff A B or --flags ID,ID");
    a.out = p.value(QStringLiteral("out"));
    a.html = p.value(QStringLiteral("html"));
    if (scopes == 1 && a.out.isEmpty() && a.html.isEmpty())
        return trc("memo: say where to write it: --out FILE.pdf (and/or --html FILE.html)");
    if (!a.out.isEmpty() && !a.out.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        return trc("memo: --out must name a .pdf file");
    if (p.isSet(QStringLiteral("paper"))) {
        const auto paper = paperSizeFromKey(p.value(QStringLiteral("paper")));
        if (!paper)
            return trc("memo: --paper is a4 or letter, not “%1”").arg(p.value(QStringLiteral("paper")));
        s.paper = *paper;
    }
    s.to = p.value(QStringLiteral("to"));
    s.from = p.value(QStringLiteral("from"));
    s.subject = p.value(QStringLiteral("subject"));
    s.date = p.value(QStringLiteral("date"));
    s.options.changesSince = p.value(QStringLiteral("since"));
    s.options.includeOriginals = !p.isSet(QStringLiteral("no-originals"));
    s.options.plainLanguage = !p.isSet(QStringLiteral("no-plain"));
    s.options.regulations = !p.isSet(QStringLiteral("no-regulations"));
    s.options.changes = !p.isSet(QStringLiteral("no-changes"));
    s.options.benchmark = !p.isSet(QStringLiteral("no-benchmark"));
    s.options.evidenceAppendix = !p.isSet(QStringLiteral("no-appendix"));
    s.options.includeRejected = p.isSet(QStringLiteral("include-rejected"));
    a.sign = p.isSet(QStringLiteral("sign"));
    a.keyPath = p.isSet(QStringLiteral("key")) ? p.value(QStringLiteral("key")) : MemoSigner::defaultKeyPath();
    a.json = p.isSet(QStringLiteral("json"));
    return {};
}

Status writePublicKey(const MemoSigner &signer, const QString &path)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(signer.publicKeyPem()) < 0 || !f.commit())
        return makeError(trc("writing %1").arg(QDir::toNativeSeparators(path)), f.errorString());
    return {};
}

} // namespace

int runMemo(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Write a compliance memo as a sealed PDF (and/or its HTML), record it in the archive, "
            "and print its fingerprint."));
    auto opt = [&parser](const char *name, const char *help, const char *value = nullptr) {
        parser.addOption(value ? QCommandLineOption(QString::fromLatin1(name), trc(help), QString::fromLatin1(value))
                               : QCommandLineOption(QString::fromLatin1(name), trc(help)));
    };
    opt("platform", "Memo on one platform (all its documents).", "name");
    opt("document", "With --platform: only this document (repeat for more).", "id");
    opt("type", "Memo on one clause type across platforms.", "key");
    opt("diff", "Memo on the change between two versions: --diff A B.", "version");
    opt("flags", "Memo on selected flags: --flags 12,CW-P-000015.", "ids");
    opt("out", "Write the PDF here.", "file.pdf");
    opt("html", "Also (or only) write the memo's HTML here.", "file.html");
    opt("to", "Addressee.", "text");
    opt("from", "Author.", "text");
    opt("subject", "Subject line (default: from the scope).", "text");
    opt("date", "The memo's date (default: today, UTC).", "YYYY-MM-DD");
    opt("paper", "a4 (default) or letter.", "size");
    opt("since", "Changes since this date (default: since the previous memo on this scope).", "YYYY-MM-DD");
    opt("no-originals", "Leave out the original clause wording in the finding sections.");
    opt("no-plain", "Leave out the plain-language readings.");
    opt("no-regulations", "Leave out the regulations.");
    opt("no-changes", "Leave out the changes since the last review.");
    opt("no-benchmark", "Leave out the cross-platform benchmark.");
    opt("no-appendix", "Leave out the evidence appendix.");
    opt("include-rejected", "Also list flags an analyst rejected.");
    opt("sign", "Sign the memo with your Ed25519 key (created on first use).");
    opt("key", "The signing key file (default: in your configuration folder).", "file.pem");
    opt("export-key", "Write your public signing key (PEM) to this file.", "file.pem");
    opt("json", "Print the result as JSON.");
    if (!parseCommand(parser, ctx, QStringLiteral("memo")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    MemoArgs a;
    if (const QString problem = readArgs(parser, a); !problem.isEmpty())
        return ctx.fail(problem);

    std::optional<MemoSigner> signer;
    if (a.sign || !a.exportKey.isEmpty()) {
        auto s = MemoSigner::loadOrCreate(a.keyPath);
        if (!s)
            return ctx.fail(s.error());
        signer = std::move(*s);
    }
    if (!a.exportKey.isEmpty()) {
        if (auto s = writePublicKey(*signer, a.exportKey); !s)
            return ctx.fail(s.error());
        if (!a.json)
            ctx.out << trc("Public key %1 written to %2").arg(signer->keyId(), a.exportKey) << Qt::endl;
        if (a.out.isEmpty() && a.html.isEmpty())
            return Ok;
    }

    auto db = ctx.openArchive(false);
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer total;
    total.start();
    const MemoSigner *key = a.sign ? &*signer : nullptr;
    auto memo = MemoExporter::prepare(**db, a.spec, key);
    if (!memo)
        return ctx.fail(memo.error());
    if (!a.html.isEmpty())
        if (auto s = MemoExporter::writeHtml(*memo, a.html); !s)
            return ctx.fail(s.error());
    if (a.out.isEmpty()) {
        if (!a.json)
            ctx.out << translateCount("cw::cli", "HTML written to %1 (%n finding(s)); fingerprint %2",
                                      int(memo->content.findings.size()))
                           .arg(a.html, memo->fingerprint)
                    << Qt::endl;
        else
            ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("html"), a.html},
                                                    {QStringLiteral("fingerprint"), memo->fingerprint},
                                                    {QStringLiteral("findings"), memo->content.findings.size()}}));
        return Ok;
    }

    const MemoPdfPrinter *printer = pdfPrinter();
    if (!printer)
        return ctx.fail(trc("memo: the PDF renderer (clausewatch_gui.so) is not loaded"));
    QElapsedTimer t;
    t.start();
    auto pdf = printer->print(memo->job);
    if (!pdf)
        return ctx.fail(pdf.error());
    const qint64 printMs = t.elapsed();
    auto r = MemoExporter::finish(**db, *memo, *pdf, a.out, key);
    if (!r)
        return ctx.fail(r.error());
    r->printMs = printMs;

    if (a.json) {
        ctx.printJson(QJsonDocument(QJsonObject{
            {QStringLiteral("path"), r->path},
            {QStringLiteral("memo_id"), r->memoId},
            {QStringLiteral("fingerprint"), r->fingerprint},
            {QStringLiteral("pdf_sha256"), r->pdfSha256},
            {QStringLiteral("pages"), r->pages},
            {QStringLiteral("bytes"), r->bytes},
            {QStringLiteral("findings"), r->findings},
            {QStringLiteral("signed"), key != nullptr},
            {QStringLiteral("signer_key_id"), r->signerKeyId},
            {QStringLiteral("timings_ms"),
             QJsonObject{{QStringLiteral("collect"), r->collectMs},
                         {QStringLiteral("build"), r->buildMs},
                         {QStringLiteral("print"), r->printMs},
                         {QStringLiteral("seal"), r->sealMs},
                         {QStringLiteral("total"), total.elapsed()}}}}));
    } else {
        ctx.out << trc("Wrote %1: %2 pages, %3 findings, memo %4 in the archive.")
                       .arg(r->path, QString::number(r->pages), QString::number(r->findings),
                            QString::number(r->memoId))
                << '\n'
                << trc("Fingerprint: %1").arg(r->fingerprint) << '\n'
                << trc("PDF SHA-256: %1").arg(r->pdfSha256) << '\n';
        if (key)
            ctx.out << trc("Signed with key %1 (%2)").arg(r->signerKeyId, a.keyPath) << '\n';
        ctx.out.flush();
    }
    return Ok;
}

} // namespace cw::cli
