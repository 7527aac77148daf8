#include "archive/AlertRepository.h"
#include "archive/PlatformRepository.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "model/RecordId.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cw::cli {

namespace {

QJsonObject alertJson(const AlertRow &r)
{
    const Alert &a = r.alert;
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("date"), a.createdAt},
        {QStringLiteral("platform"), r.platformName},
        {QStringLiteral("document"), r.termsType},
        {QStringLiteral("document_record_id"), recordId(RecordKind::Document, a.documentId)},
        {QStringLiteral("kind"), a.kind},
        {QStringLiteral("summary"), a.summary},
        {QStringLiteral("read"), a.read},
        {QStringLiteral("from_version"), r.fromNumber},
        {QStringLiteral("to_version"), r.toNumber},
        {QStringLiteral("from_version_id"),
         a.fromVersionId ? QJsonValue(*a.fromVersionId) : QJsonValue()},
        {QStringLiteral("to_version_id"), a.toVersionId},
        {QStringLiteral("declared_before"), a.details.value(QLatin1String("declared_before"))},
        {QStringLiteral("declared_after"), a.details.value(QLatin1String("declared_after"))},
        {QStringLiteral("flags"), a.details.value(QLatin1String("flags")).toArray()}};
}

QString kindWord(const QString &kind)
{
    if (kind == QLatin1String("silent_change"))
        return trc("silent change");
    if (kind == QLatin1String("date_only"))
        return trc("date only");
    return trc("change");
}

} // namespace

int runAlerts(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("List change alerts, newest first: one per real change of a document (silent "
            "changes and date-only changes marked)."));
    const QCommandLineOption unread(QStringLiteral("unread"), trc("Only unread alerts."));
    const QCommandLineOption platform(QStringLiteral("platform"), trc("Only this platform."),
                                      trc("name"));
    const QCommandLineOption limit(QStringLiteral("limit"), trc("At most N alerts."), trc("N"));
    const QCommandLineOption markRead(
        QStringLiteral("mark-read"), trc("Mark an alert (by id), or all, as read."), trc("id|all"));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print JSON."));
    parser.addOptions({unread, platform, limit, markRead, json});
    if (!parseCommand(parser, ctx, QStringLiteral("alerts")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    AlertQuery q;
    q.unreadOnly = parser.isSet(unread);
    if (parser.isSet(limit)) {
        bool ok = false;
        q.limit = parser.value(limit).toInt(&ok);
        if (!ok || q.limit < 0)
            return ctx.fail(
                trc("alerts: --limit must be a number, not “%1”").arg(parser.value(limit)));
    }
    auto db = ctx.openArchive();
    if (!db)
        return ctx.fail(db.error());
    AlertRepository alerts(**db);
    if (parser.isSet(markRead)) {
        const QString what = parser.value(markRead);
        if (what == QLatin1String("all")) {
            if (auto s = alerts.markAllRead(); !s)
                return ctx.fail(s.error());
            return Ok;
        }
        bool ok = false;
        const qint64 id = what.toLongLong(&ok);
        auto row = ok ? alerts.row(id) : Result<std::optional<AlertRow>>(std::nullopt);
        if (!row)
            return ctx.fail(row.error());
        if (!row->has_value())
            return ctx.fail(trc("alerts: no alert “%1” in %2").arg(what, ctx.archivePath));
        if (auto s = alerts.markRead(id); !s)
            return ctx.fail(s.error());
        return Ok;
    }
    if (parser.isSet(platform)) {
        auto p = PlatformRepository(**db).findByName(parser.value(platform));
        if (!p)
            return ctx.fail(p.error());
        if (!p->has_value())
            return ctx.fail(trc("alerts: no platform named “%1” in %2")
                                .arg(parser.value(platform), ctx.archivePath));
        q.platformId = (*p)->id;
    }
    auto rows = alerts.rows(q);
    if (!rows)
        return ctx.fail(rows.error());
    if (parser.isSet(json)) {
        QJsonArray list;
        for (const AlertRow &r : *rows)
            list.append(alertJson(r));
        ctx.printJson(QJsonDocument(list));
        return Ok;
    }
    TextTable table({trc("Id"), trc(""), trc("Date"), trc("Platform"), trc("Document"), trc("Kind"),
                     trc("Summary")},
                    90);
    for (const AlertRow &r : *rows)
        table.add({QString::number(r.alert.id), r.alert.read ? QString() : QStringLiteral("*"),
                   r.alert.createdAt.left(10), r.platformName, r.termsType, kindWord(r.alert.kind),
                   r.alert.summary});
    table.print(ctx.out);
    if (rows->isEmpty())
        ctx.out << (q.unreadOnly ? trc("No unread alerts.\n") : trc("No alerts.\n"));
    return Ok;
}

} // namespace cw::cli
