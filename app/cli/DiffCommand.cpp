#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "diff/DiffJson.h"
#include "diff/DiffTextRenderer.h"
#include "diff/RedlineHtml.h"
#include "provenance/Sha256.h"
#include "services/DiffInputFile.h"
#include "services/VersionComparison.h"

#include <QFileInfo>
#include <cstdio>
#include <optional>
#include <thread>

namespace cw::cli {

namespace {

void writeBytes(CliContext &ctx, const QByteArray &bytes)
{
    ctx.out.flush();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

QString kindWord(const ClauseChange &c)
{
    switch (c.kind) {
    case ClauseChange::Kind::Added:
        return trc("added");
    case ClauseChange::Kind::Removed:
        return trc("removed");
    case ClauseChange::Kind::Modified:
        return trc("modified");
    case ClauseChange::Kind::Moved:
        return c.wordingChanged ? trc("moved+mod") : trc("moved");
    case ClauseChange::Kind::Renumbered:
        return trc("renumbered");
    case ClauseChange::Kind::Unchanged:
        break;
    }
    return trc("unchanged");
}

QString sideLine(const QString &which, const ComparedVersion &v)
{
    QString s = QStringLiteral("%1 %2").arg(which, v.label);
    if (v.id)
        s += trc(" (id %1)").arg(v.id);
    if (!v.capturedAt.isEmpty())
        s += trc(", captured %1").arg(v.capturedAt);
    if (!v.textSha256.isEmpty())
        s += trc(", SHA-256 %1…").arg(v.textSha256.left(16));
    return s;
}

/// The default report: who/what, the summary, the clause changes, then the
/// redline with one unchanged paragraph of context around each change.
QString textReport(const VersionComparison &c)
{
    QString out;
    if (!c.documentTitle.isEmpty())
        out += QStringLiteral("%1 (%2) — %3\n").arg(c.documentTitle, c.termsType, c.platform);
    out += sideLine(trc("old:"), c.oldVersion) + u'\n';
    out += sideLine(trc("new:"), c.newVersion) + u"\n\n";
    out += c.summary.headline + u'\n';
    for (const QString &p : c.summary.points)
        out += QStringLiteral("  • %1\n").arg(p);
    out += u'\n';
    if (!c.clauses.changes.isEmpty()) {
        out += trc("Clause changes:\n");
        for (const ClauseChange &ch : c.clauses.changes) {
            if (ch.kind == ClauseChange::Kind::Renumbered)
                continue;
            const Clause &cl = ch.clause();
            QString where = cl.headingPath.isEmpty() ? QString() : cl.headingPath.last();
            if (!cl.number.isEmpty())
                where += QStringLiteral(" [%1]").arg(cl.number);
            QString text = cl.text.simplified();
            if (text.size() > 70)
                text = text.left(69) + QChar(0x2026);
            QString line =
                QStringLiteral("  %1 %2  %3").arg(kindWord(ch).leftJustified(10), where, text);
            if (ch.before && ch.after && ch.wordingChanged)
                line += trc("  (%1% similar)").arg(qRound(ch.similarity * 100));
            for (const ClauseFlagRef &f : ch.flags)
                line += QStringLiteral("  [%1 %2 %3]")
                            .arg(f.recordId(), f.typeName, severityKey(f.severity));
            out += line + u'\n';
        }
        if (c.clauses.renumbered > 0)
            out += trc("  … and %1 clauses renumbered only\n").arg(c.clauses.renumbered);
        out += u'\n';
    }
    DiffTextRenderer::Options o;
    o.equalContext = 1;
    out += DiffTextRenderer::render(c.diff, o);
    return out;
}

} // namespace

int runDiff(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Compare two versions of a document (version ids, older first; see list versions), "
            "or two files with --files. Prints a report with the plain-language summary, the "
            "clause changes and the redline; --json, --html or --text choose another form."));
    parser.addPositionalArgument(QStringLiteral("old"),
                                 trc("older version id (or file with --files)"));
    parser.addPositionalArgument(QStringLiteral("new"),
                                 trc("newer version id (or file with --files)"));
    const QCommandLineOption files(QStringLiteral("files"),
                                   trc("Compare two files instead of archived versions."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  trc("Print JSON (core/diff/DIFF-JSON.md)."));
    const QCommandLineOption html(QStringLiteral("html"),
                                  trc("Print a self-contained HTML redline."));
    const QCommandLineOption text(QStringLiteral("text"),
                                  trc("Print the plain-text report (the default)."));
    const QCommandLineOption sideBySide(QStringLiteral("side-by-side"),
                                        trc("HTML: old and new in two columns."));
    const QCommandLineOption context(
        QStringLiteral("context"),
        trc("HTML: unchanged paragraphs kept around changes (default: all)."), trc("n"));
    const QCommandLineOption ignoreWs(QStringLiteral("ignore-whitespace"),
                                      trc("Ignore white space changes."));
    const QCommandLineOption ignoreCase(QStringLiteral("ignore-case"), trc("Ignore case changes."));
    const QCommandLineOption ignorePunct(QStringLiteral("ignore-punctuation"),
                                         trc("Ignore punctuation-only changes."));
    const QCommandLineOption ignoreFmt(QStringLiteral("ignore-formatting"),
                                       trc("Ignore Markdown emphasis and link targets."));
    const QCommandLineOption noMoves(QStringLiteral("no-moves"), trc("Do not detect moved text."));
    const QCommandLineOption exitCode(
        QStringLiteral("exit-code"),
        trc("Exit 1 when the texts differ, 0 when they do not (as git diff --exit-code)."));
    parser.addOptions({files, json, html, text, sideBySide, context, ignoreWs, ignoreCase,
                       ignorePunct, ignoreFmt, noMoves, exitCode});
    if (!parseCommand(parser, ctx, QStringLiteral("diff")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 2)
        return ctx.fail(trc("diff: give two version ids (older first), or --files OLD NEW"));
    if (int(parser.isSet(json)) + int(parser.isSet(html)) + int(parser.isSet(text)) > 1)
        return ctx.fail(trc("diff: choose one of --json, --html and --text"));
    RedlineHtmlOptions htmlOptions;
    htmlOptions.sideBySide = parser.isSet(sideBySide);
    if (parser.isSet(context)) {
        bool ok = false;
        htmlOptions.context = parser.value(context).toInt(&ok);
        if (!ok || htmlOptions.context < 0)
            return ctx.fail(trc("diff: --context needs a number of paragraphs, not “%1”")
                                .arg(parser.value(context)));
    }
    DiffOptions options;
    options.ignoreWhitespace = parser.isSet(ignoreWs);
    options.ignoreCase = parser.isSet(ignoreCase);
    options.ignorePunctuation = parser.isSet(ignorePunct);
    options.ignoreFormatting = parser.isSet(ignoreFmt);
    options.detectMoves = !parser.isSet(noMoves);

    VersionComparison comparison;
    QByteArray diffJson; ///< DiffJson::toJsonBytes(comparison.diff) when written ahead
    if (parser.isSet(files)) {
        // Large files that go through an extractor (Markdown, HTML, PDF) are
        // read side by side: extraction is up to half of a Markdown
        // comparison, while decoding plain text gains less than a thread
        // costs. The thread only writes `newRead`; errors are reported in the
        // same order.
        constexpr qint64 kReadApartFrom = 256 * 1024;
        std::optional<Result<DiffInput>> newRead;
        std::thread newReader;
        if ((DiffInputFile::isStructured(pos[0]) || DiffInputFile::isStructured(pos[1])) &&
            QFileInfo(pos[0]).size() + QFileInfo(pos[1]).size() >= kReadApartFrom)
            newReader = std::thread([&] { newRead = DiffInputFile::read(pos[1]); });
        auto oldIn = DiffInputFile::read(pos[0]);
        if (newReader.joinable())
            newReader.join();
        if (!oldIn)
            return ctx.fail(oldIn.error());
        auto newIn = newRead ? std::move(*newRead) : DiffInputFile::read(pos[1]);
        if (!newIn)
            return ctx.fail(newIn.error());
        const auto side = [](ComparedVersion &v, const QString &path, const DiffInput &in) {
            v.label = QFileInfo(path).fileName();
            v.source = path;
            v.rawSha256 = Sha256::hexOf(in.raw);
            v.textSha256 = in.textIsRaw ? v.rawSha256 : Sha256::hexOfText(in.text);
        };
        ComparedVersion oldSide;
        ComparedVersion newSide;
        const auto hashBoth = [&] {
            side(oldSide, pos[0], *oldIn);
            side(newSide, pos[1], *newIn);
        };
        // Hashing megabytes takes milliseconds: on large inputs it runs on a
        // thread of its own, mostly while the comparison's serial part (clause
        // changes after the diff) leaves the other core idle. The thread only
        // reads the inputs and writes oldSide/newSide until the join.
        constexpr qsizetype kHashApartFrom = 256 * 1024;
        if (oldIn->raw.size() + newIn->raw.size() >= kHashApartFrom) {
            std::thread hashing(hashBoth);
            // Likewise the engine's part of the JSON, from the moment the
            // diff is done; the thread owns a (shared) copy of the diff.
            std::thread diffJsonWriter;
            DiffReadyHook writeDiffJson;
            if (parser.isSet(json))
                writeDiffJson = [&](const VersionDiff &d) {
                    diffJsonWriter = std::thread([&diffJson, d] { diffJson = DiffJson::toJsonBytes(d); });
                };
            comparison = compareTexts(oldIn->text, newIn->text, options, nullptr, writeDiffJson);
            hashing.join();
            if (diffJsonWriter.joinable())
                diffJsonWriter.join();
        } else {
            comparison = compareTexts(oldIn->text, newIn->text, options);
            hashBoth();
        }
        comparison.oldVersion = std::move(oldSide);
        comparison.newVersion = std::move(newSide);
    } else {
        bool okOld = false;
        bool okNew = false;
        const qint64 oldId = pos[0].toLongLong(&okOld);
        const qint64 newId = pos[1].toLongLong(&okNew);
        if (!okOld || !okNew || oldId <= 0 || newId <= 0)
            return ctx.fail(trc("diff: version ids are positive numbers (see list versions), "
                                "not “%1” and “%2”; use --files to compare files")
                                .arg(pos[0], pos[1]));
        OpenOptions ro;
        ro.create = false;
        ro.readOnly = true; // a comparison changes nothing
        auto db = Database::open(ctx.archivePath, ro);
        if (!db)
            return ctx.fail(db.error());
        auto c = compareVersions(**db, oldId, newId, options);
        if (!c)
            return ctx.fail(c.error());
        comparison = std::move(*c);
    }

    if (parser.isSet(json)) {
        QByteArray bytes = diffJson.isEmpty() ? comparison.toJsonBytes()
                                              : comparison.toJsonBytes(std::move(diffJson));
        bytes.append('\n');
        writeBytes(ctx, bytes);
    } else if (parser.isSet(html)) {
        writeBytes(ctx, RedlineHtml::build(comparison.diff, comparison.clauses, comparison.summary,
                                           comparison.redlineHeader(), htmlOptions)
                            .toUtf8());
    } else {
        writeBytes(ctx, textReport(comparison).toUtf8());
    }
    if (parser.isSet(exitCode) && comparison.diff.hasChanges())
        return Finding;
    return Ok;
}

} // namespace cw::cli
