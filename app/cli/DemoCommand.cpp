#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "services/DemoArchive.h"

#include <QJsonObject>

namespace cw::cli {

int runDemo(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trc("Build the built-in demo archive (fictional platforms)."));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print a JSON summary."));
    parser.addOption(json);
    if (!parseCommand(parser, ctx, QStringLiteral("demo")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    if (!parser.positionalArguments().isEmpty())
        return ctx.fail(trc("demo: unexpected argument %1").arg(parser.positionalArguments().first()));

    auto db = ctx.openArchive(/*create=*/true);
    if (!db)
        return ctx.fail(db.error());
    auto summary = DemoArchive::build(**db);
    if (!summary)
        return ctx.fail(summary.error());
    if (parser.isSet(json)) {
        ctx.printJson(QJsonDocument(QJsonObject{{QStringLiteral("platforms"), summary->platforms},
                                                {QStringLiteral("documents"), summary->documents},
                                                {QStringLiteral("captures"), summary->captures},
                                                {QStringLiteral("versions"), summary->versions},
                                                {QStringLiteral("verifications"), summary->verifications},
                                                {QStringLiteral("clauses"), summary->clauses},
                                                {QStringLiteral("flags"), summary->flags}}));
    } else {
        ctx.out << trc("Demo archive written to %1: %2 platforms, %3 documents, %4 versions "
                       "(%5 verifications), %6 clauses, %7 flags.")
                       .arg(ctx.archivePath)
                       .arg(summary->platforms)
                       .arg(summary->documents)
                       .arg(summary->versions)
                       .arg(summary->verifications)
                       .arg(summary->clauses)
                       .arg(summary->flags)
                << Qt::endl;
    }
    return Ok;
}

} // namespace cw::cli
