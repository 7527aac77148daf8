#include "RendererLoader.h"
#include "archive/WatchlistRepository.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "services/RecheckService.h"

#include <QJsonObject>

namespace cw::cli {

int runCheck(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Capture documents again from their source (URL, file, or Open Terms Archive "
            "repository): every document, or only the watchlist's. Each real change raises one "
            "alert. Exit 1 when something changed, 2 when nothing changed but a source failed."));
    const QCommandLineOption watched(
        QStringLiteral("watched"), trc("Only the watched platforms, documents and clause types."));
    const QCommandLineOption pull(QStringLiteral("pull"),
                                  trc("git pull Open Terms Archive repositories first (network)."));
    const QCommandLineOption render(
        QStringLiteral("render"),
        trc("Render the pages of documents imported with --render again with their scripts "
            "(without it they are skipped)."));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print JSON."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), trc("No progress on stderr."));
    parser.addOptions({watched, pull, render, json, quiet});
    if (!parseCommand(parser, ctx, QStringLiteral("check")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    auto db = ctx.openArchive();
    if (!db)
        return ctx.fail(db.error());
    RecheckOptions options;
    options.pullGitRepositories = parser.isSet(pull);
    if (parser.isSet(render)) {
        options.renderer = pageRenderer();
        if (!options.renderer)
            return ctx.fail(trc("check: --render needs the window module (clausewatch_gui.so)"));
    }
    auto progress = [&](int done, int total, const QString &item) {
        if (!parser.isSet(quiet))
            ctx.err << trc("%1/%2 %3").arg(done).arg(total).arg(item) << Qt::endl;
    };
    RecheckService service(**db);
    if (parser.isSet(watched)) {
        auto items = WatchlistRepository(**db).list();
        if (!items)
            return ctx.fail(items.error());
        if (items->isEmpty())
            return ctx.fail(trc("check: the watchlist is empty (see clausewatch watch --help)"));
    }
    auto summary = parser.isSet(watched) ? service.checkWatched(options, progress)
                                         : service.checkAll(options, progress);
    if (!summary)
        return ctx.fail(summary.error());
    if (parser.isSet(json)) {
        ctx.printJson(QJsonDocument(summary->toJson()));
    } else {
        TextTable table(
            {trc("Platform"), trc("Document"), trc("Outcome"), trc("Alerts"), trc("Note")}, 80);
        for (const RecheckItem &i : summary->items)
            table.add({i.platform, i.termsType, recheckOutcomeKey(i.outcome),
                       QString::number(i.alerts.size()), i.message});
        table.print(ctx.out);
        ctx.out << summary->toText() << '\n';
    }
    if (summary->count(RecheckOutcome::Changed) > 0)
        return Finding;
    if (summary->count(RecheckOutcome::Failed) > 0) {
        ctx.err << trc("clausewatch: check: %1 documents could not be captured again")
                       .arg(summary->count(RecheckOutcome::Failed))
                << Qt::endl;
        return BadInput;
    }
    return Ok;
}

} // namespace cw::cli
