#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "services/ImportService.h"

#include <QElapsedTimer>
#include <QJsonObject>

namespace cw::cli {

int runImportOta(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Import the recorded history of an Open Terms Archive versions repository (a local "
            "clone). Running it again imports only what is new."));
    parser.addPositionalArgument(QStringLiteral("repository"), trc("path of the local clone"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     trc("Only this service (repeatable)."), trc("name"));
    const QCommandLineOption type(QStringLiteral("type"), trc("Only this terms type (repeatable)."),
                                  trc("terms type"));
    const QCommandLineOption since(QStringLiteral("since"),
                                   trc("Only versions recorded at or after this date."), trc("date"));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print a JSON summary."));
    const QCommandLineOption quiet(QStringLiteral("quiet"), trc("No progress on stderr."));
    parser.addOptions({service, type, since, json, quiet});
    if (!parseCommand(parser, ctx, QStringLiteral("import-ota")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(trc("import-ota: give the path of one repository"));

    OtaImportOptions options;
    options.services = parser.values(service);
    options.termsTypes = parser.values(type);
    options.since = parser.value(since);

    auto db = ctx.openArchive(/*create=*/true);
    if (!db)
        return ctx.fail(db.error());
    QElapsedTimer clock;
    clock.start();
    qint64 lastPrint = -1000;
    const bool showProgress = !parser.isSet(quiet);
    int lastTotal = 0;
    auto progress = [&](int done, int total, const QString &item) {
        lastTotal = total;
        const qint64 now = clock.elapsed();
        if (!showProgress || now - lastPrint < 250)
            return;
        lastPrint = now;
        const double rate = now > 0 ? done * 1000.0 / double(now) : 0;
        const int etaSeconds = rate > 0 && total > done ? int((total - done) / rate) : 0;
        ctx.err << trc("\rcommit %1/%2  %3 commits/s  about %4 s left  %5")
                       .arg(done)
                       .arg(total)
                       .arg(rate, 0, 'f', 0)
                       .arg(etaSeconds)
                       .arg(item.left(40).leftJustified(40))
                << Qt::flush;
    };
    auto summary = ImportService(**db).importOta(parser.positionalArguments().first(), options,
                                                 progress);
    if (showProgress && lastPrint >= 0)
        ctx.err << '\n';
    if (!summary)
        return ctx.fail(summary.error());
    const double seconds = clock.elapsed() / 1000.0;
    if (parser.isSet(json)) {
        QJsonObject o = summary->toJson();
        o.insert(QStringLiteral("seconds"), seconds);
        ctx.printJson(QJsonDocument(o));
    } else {
        ctx.out << summary->toText() << ' '
                << trc("%1 s, %2 captures/s.")
                       .arg(seconds, 0, 'f', 1)
                       .arg(seconds > 0 ? summary->captures / seconds : 0.0, 0, 'f', 0)
                << Qt::endl;
    }
    for (const QString &reason : summary->suspectReasons)
        ctx.err << trc("clausewatch: import-ota: suspect capture kept but not used as a version: %1")
                       .arg(reason)
                << Qt::endl;
    return summary->suspect > 0 ? Finding : Ok;
}

} // namespace cw::cli
