#include "archive/DocumentRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/WatchlistRepository.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "model/RecordId.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cw::cli {

int runWatch(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("The watchlist: list it, add a platform, a document (CW-D-…) or a clause type, or "
            "remove an entry. `check --watched` captures the watched documents again."));
    parser.addPositionalArgument(QStringLiteral("action"), trc("list, add or remove"));
    const QCommandLineOption platform(QStringLiteral("platform"), trc("Add: a platform."),
                                      trc("name"));
    const QCommandLineOption document(QStringLiteral("document"), trc("Add: a document record id."),
                                      trc("CW-D-…"));
    const QCommandLineOption type(QStringLiteral("type"), trc("Add: a clause type key."),
                                  trc("key"));
    const QCommandLineOption json(QStringLiteral("json"), trc("List: print JSON."));
    parser.addOptions({platform, document, type, json});
    if (!parseCommand(parser, ctx, QStringLiteral("watch")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    auto db = ctx.openArchive();
    if (!db)
        return ctx.fail(db.error());
    WatchlistRepository watchlist(**db);

    if (action == QLatin1String("list") && pos.size() <= 1) {
        auto items = watchlist.list();
        if (!items)
            return ctx.fail(items.error());
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const WatchItem &w : *items)
                list.append(QJsonObject{
                    {QStringLiteral("id"), w.id},
                    {QStringLiteral("kind"), watchKindKey(w.kind)},
                    {QStringLiteral("label"), w.label},
                    {QStringLiteral("type"), w.typeKey},
                    {QStringLiteral("document_record_id"),
                     w.documentId ? recordId(RecordKind::Document, *w.documentId) : QString()}});
            ctx.printJson(QJsonDocument(list));
            return Ok;
        }
        TextTable table({trc("Id"), trc("Kind"), trc("Watched")});
        for (const WatchItem &w : *items)
            table.add({QString::number(w.id), watchKindKey(w.kind), w.label});
        table.print(ctx.out);
        return Ok;
    }
    if (action == QLatin1String("remove") && pos.size() == 2) {
        bool ok = false;
        const qint64 id = pos.at(1).toLongLong(&ok);
        if (!ok)
            return ctx.fail(trc("watch: remove takes an entry id, not “%1”").arg(pos.at(1)));
        if (auto s = watchlist.remove(id); !s)
            return ctx.fail(s.error());
        return Ok;
    }
    if (action != QLatin1String("add") || pos.size() != 1)
        return ctx.fail(
            trc("watch: say list, add (--platform, --document or --type) or remove ID"));
    if (int(parser.isSet(platform)) + int(parser.isSet(document)) + int(parser.isSet(type)) != 1)
        return ctx.fail(trc("watch: add one of --platform NAME, --document CW-D-… or --type KEY"));
    Result<qint64> added = qint64(0);
    if (parser.isSet(platform)) {
        auto p = PlatformRepository(**db).findByName(parser.value(platform));
        if (!p)
            return ctx.fail(p.error());
        if (!p->has_value())
            return ctx.fail(trc("watch: no platform named “%1” in %2")
                                .arg(parser.value(platform), ctx.archivePath));
        added = watchlist.watchPlatform((*p)->id);
    } else if (parser.isSet(document)) {
        const auto id = parseRecordId(RecordKind::Document, parser.value(document));
        auto d =
            id ? DocumentRepository(**db).get(*id) : Result<std::optional<Document>>(std::nullopt);
        if (!d)
            return ctx.fail(d.error());
        if (!d->has_value())
            return ctx.fail(
                trc("watch: no document “%1” in %2").arg(parser.value(document), ctx.archivePath));
        added = watchlist.watchDocument(*id);
    } else {
        auto st = (*db)->prepare("SELECT 1 FROM clause_types WHERE key = ?1"
                                 " UNION SELECT 1 FROM flags WHERE type_key = ?1");
        if (!st)
            return ctx.fail(st.error());
        st->bind(1, parser.value(type));
        auto row = st->step();
        if (!row)
            return ctx.fail(row.error());
        if (!*row)
            return ctx.fail(
                trc("watch: no clause type “%1” in %2").arg(parser.value(type), ctx.archivePath));
        added = watchlist.watchType(parser.value(type));
    }
    if (!added)
        return ctx.fail(added.error());
    ctx.out << trc("Watching (entry %1).\n").arg(*added);
    return Ok;
}

} // namespace cw::cli
