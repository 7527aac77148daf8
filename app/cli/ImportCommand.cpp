#include "RendererLoader.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "services/ImportService.h"
#include "util/Time.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QUrl>

namespace cw::cli {

int runImport(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Capture a file, a folder of versions (oldest first) or a web page into the "
            "archive. Exit 1 when a capture was stored but marked suspect."));
    parser.addPositionalArgument(QStringLiteral("source"), trc("a file, a folder or an http(s) URL"));
    const QCommandLineOption platform(QStringLiteral("platform"), trc("Platform name (required)."),
                                      trc("name"));
    const QCommandLineOption type(QStringLiteral("type"),
                                  trc("Terms type, e.g. \"Terms of Service\" (required)."),
                                  trc("terms type"));
    const QCommandLineOption title(QStringLiteral("title"), trc("Document title."), trc("title"));
    const QCommandLineOption category(QStringLiteral("category"), trc("Platform category."),
                                      trc("category"));
    const QCommandLineOption capturedAt(QStringLiteral("captured-at"),
                                        trc("Capture time (ISO 8601) instead of now."), trc("time"));
    const QCommandLineOption select(QStringLiteral("select"),
                                    trc("CSS selector of the parts to keep."), trc("css"));
    const QCommandLineOption remove(QStringLiteral("remove"),
                                    trc("CSS selector of the parts to drop."), trc("css"));
    const QCommandLineOption render(
        QStringLiteral("render"),
        trc("URLs: run the page's JavaScript (QtWebEngine) and capture the document it builds."));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print a JSON summary."));
    parser.addOptions({platform, type, title, category, capturedAt, select, remove, render, json});
    if (!parseCommand(parser, ctx, QStringLiteral("import")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() != 1)
        return ctx.fail(trc("import: give exactly one file, folder or URL"));
    if (parser.value(platform).trimmed().isEmpty() || parser.value(type).trimmed().isEmpty())
        return ctx.fail(trc("import: --platform and --type are required"));
    if (parser.isSet(capturedAt) && !fromIso(parser.value(capturedAt)).isValid())
        return ctx.fail(trc("import: --captured-at “%1” is not an ISO 8601 time")
                            .arg(parser.value(capturedAt)));

    ImportTarget target;
    target.platform = parser.value(platform);
    target.termsType = parser.value(type);
    target.title = parser.value(title);
    target.category = parser.value(category);
    target.capturedAt = parser.isSet(capturedAt) ? toIsoUtc(fromIso(parser.value(capturedAt))) : QString();
    target.selectCss = parser.value(select);
    target.removeCss = parser.value(remove);
    if (parser.isSet(render)) {
        target.renderer = pageRenderer();
        if (!target.renderer)
            return ctx.fail(trc("import: --render needs the window module (clausewatch_gui.so)"));
    }

    auto db = ctx.openArchive(/*create=*/true);
    if (!db)
        return ctx.fail(db.error());
    ImportService service(**db);
    const QString source = pos.first();
    const bool isUrl = source.startsWith(QLatin1String("http://"), Qt::CaseInsensitive) ||
                       source.startsWith(QLatin1String("https://"), Qt::CaseInsensitive);
    if (parser.isSet(render) && !isUrl)
        return ctx.fail(trc("import: --render is for http(s) URLs, not “%1”").arg(source));
    QElapsedTimer clock;
    clock.start();
    auto progress = [&](int done, int total, const QString &item) {
        if (total > 1)
            ctx.err << trc("\r%1/%2 %3").arg(done).arg(total).arg(item.left(50)) << Qt::flush;
        if (total > 1 && done == total)
            ctx.err << '\n';
    };
    auto summary = isUrl ? service.importUrl(QUrl(source), target)
                         : service.importPath(source, target, progress);
    if (!summary)
        return ctx.fail(summary.error());
    if (parser.isSet(json))
        ctx.printJson(QJsonDocument(summary->toJson()));
    else
        ctx.out << summary->toText() << Qt::endl;
    for (const QString &reason : summary->suspectReasons)
        ctx.err << trc("clausewatch: import: suspect capture kept but not used as a version: %1")
                       .arg(reason)
                << Qt::endl;
    return summary->suspect > 0 ? Finding : Ok;
}

} // namespace cw::cli
