#include "archive/DocumentRepository.h"
#include "archive/FlagRepository.h"
#include "archive/PlatformRepository.h"
#include "archive/VersionRepository.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cw::cli {

namespace {

struct ListOptions
{
    std::optional<qint64> platformId;
    QString termsType;
    std::optional<Severity> severity;
    std::optional<ReviewStatus> status;
    bool json = false;
};

int listPlatforms(CliContext &ctx, const Database &db, const ListOptions &o)
{
    auto rows = PlatformRepository(db).summaries();
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray json;
    TextTable table({trc("Platform"), trc("Category"), trc("Documents"), trc("High"),
                     trc("Medium"), trc("Low"), trc("Unreviewed")});
    for (const PlatformSummary &p : *rows) {
        if (o.platformId && *o.platformId != p.platform.id)
            continue;
        json.append(QJsonObject{{QStringLiteral("name"), p.platform.name},
                                {QStringLiteral("category"), p.platform.category},
                                {QStringLiteral("website"), p.platform.website},
                                {QStringLiteral("documents"), p.documents},
                                {QStringLiteral("flags"),
                                 QJsonObject{{QStringLiteral("high"), p.high},
                                             {QStringLiteral("medium"), p.medium},
                                             {QStringLiteral("low"), p.low}}},
                                {QStringLiteral("unreviewed"), p.unreviewed}});
        table.add({p.platform.name, p.platform.category, QString::number(p.documents),
                   QString::number(p.high), QString::number(p.medium), QString::number(p.low),
                   QString::number(p.unreviewed)});
    }
    if (o.json)
        ctx.printJson(QJsonDocument(json));
    else
        table.print(ctx.out);
    return Ok;
}

QList<DocumentSummary> filterDocuments(const QList<DocumentSummary> &all, const ListOptions &o)
{
    QList<DocumentSummary> out;
    for (const auto &d : all)
        if (o.termsType.isEmpty() || d.document.termsType.compare(o.termsType, Qt::CaseInsensitive) == 0)
            out.append(d);
    return out;
}

int listDocuments(CliContext &ctx, const Database &db, const ListOptions &o)
{
    auto rows = DocumentRepository(db).summaries(o.platformId);
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray json;
    TextTable table({trc("Record"), trc("Platform"), trc("Type"), trc("Versions"),
                     trc("Last changed"), trc("Last verified"), trc("Suspect")});
    for (const DocumentSummary &d : filterDocuments(*rows, o)) {
        json.append(QJsonObject{{QStringLiteral("record_id"), d.document.recordId()},
                                {QStringLiteral("platform"), d.platformName},
                                {QStringLiteral("type"), d.document.termsType},
                                {QStringLiteral("title"), d.document.title},
                                {QStringLiteral("url"), d.document.sourceUrl},
                                {QStringLiteral("versions"), d.versions},
                                {QStringLiteral("snapshots"), d.snapshots},
                                {QStringLiteral("suspect_snapshots"), d.suspectSnapshots},
                                {QStringLiteral("first_seen"), d.firstSeen},
                                {QStringLiteral("last_changed"), d.lastChanged},
                                {QStringLiteral("last_verified"), d.lastVerified}});
        table.add({d.document.recordId(), d.platformName, d.document.termsType,
                   QString::number(d.versions), d.lastChanged, d.lastVerified,
                   QString::number(d.suspectSnapshots)});
    }
    if (o.json)
        ctx.printJson(QJsonDocument(json));
    else
        table.print(ctx.out);
    return Ok;
}

int listVersions(CliContext &ctx, const Database &db, const ListOptions &o)
{
    auto docs = DocumentRepository(db).summaries(o.platformId);
    if (!docs)
        return ctx.fail(docs.error());
    VersionRepository versions(db);
    QJsonArray json;
    TextTable table({trc("Id"), trc("Platform"), trc("Type"), trc("No."), trc("First seen"),
                     trc("Last verified"), trc("Declared"), trc("SHA-256")});
    for (const DocumentSummary &d : filterDocuments(*docs, o)) {
        auto list = versions.forDocument(d.document.id);
        if (!list)
            return ctx.fail(list.error());
        for (const Version &v : *list) {
            json.append(QJsonObject{{QStringLiteral("id"), v.id},
                                    {QStringLiteral("platform"), d.platformName},
                                    {QStringLiteral("type"), d.document.termsType},
                                    {QStringLiteral("document_record_id"), d.document.recordId()},
                                    {QStringLiteral("number"), v.number},
                                    {QStringLiteral("first_seen"), v.firstSeen},
                                    {QStringLiteral("last_verified"), v.lastVerified},
                                    {QStringLiteral("declared_updated"), v.declaredUpdated},
                                    {QStringLiteral("text_sha256"), v.textSha256}});
            table.add({QString::number(v.id), d.platformName, d.document.termsType,
                       QString::number(v.number), v.firstSeen, v.lastVerified, v.declaredUpdated,
                       v.textSha256.left(16) + QChar(0x2026)});
        }
    }
    if (o.json)
        ctx.printJson(QJsonDocument(json));
    else
        table.print(ctx.out);
    return Ok;
}

int listFlags(CliContext &ctx, const Database &db, const ListOptions &o)
{
    FlagQuery q;
    q.platformId = o.platformId;
    q.severity = o.severity;
    q.status = o.status;
    auto rows = FlagRepository(db).query(q);
    if (!rows)
        return ctx.fail(rows.error());
    QJsonArray json;
    TextTable table({trc("Record"), trc("Severity"), trc("Status"), trc("Platform"),
                     trc("Document"), trc("Clause type"), trc("Section")});
    for (const FlagRow &r : *rows) {
        if (!o.termsType.isEmpty() && r.termsType.compare(o.termsType, Qt::CaseInsensitive) != 0)
            continue;
        const Flag &f = r.flag;
        json.append(QJsonObject{{QStringLiteral("record_id"), f.recordId()},
                                {QStringLiteral("platform"), r.platformName},
                                {QStringLiteral("document"), r.termsType},
                                {QStringLiteral("version"), r.versionNumber},
                                {QStringLiteral("type"), f.typeKey},
                                {QStringLiteral("type_name"), r.typeName},
                                {QStringLiteral("severity"), severityKey(f.severity)},
                                {QStringLiteral("status"), reviewStatusKey(f.status)},
                                {QStringLiteral("changed_since_review"), f.changedSinceReview},
                                {QStringLiteral("confidence"), f.confidence},
                                {QStringLiteral("heading_path"),
                                 QJsonArray::fromStringList(r.headingPath)},
                                {QStringLiteral("summary"), f.summary}});
        table.add({f.recordId(), severityKey(f.severity), reviewStatusKey(f.status),
                   r.platformName, r.termsType, r.typeName, r.headingPath.join(QStringLiteral(" › "))});
    }
    if (o.json)
        ctx.printJson(QJsonDocument(json));
    else
        table.print(ctx.out);
    return Ok;
}

} // namespace

int runList(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(trc("List what the archive holds."));
    parser.addPositionalArgument(QStringLiteral("what"),
                                 trc("platforms, documents, versions or flags"));
    const QCommandLineOption platform(QStringLiteral("platform"), trc("Only this platform."),
                                      trc("name"));
    const QCommandLineOption type(QStringLiteral("type"), trc("Only documents of this terms type."),
                                  trc("terms type"));
    const QCommandLineOption severity(QStringLiteral("severity"), trc("Flags: high, medium or low."),
                                      trc("severity"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    trc("Flags: suggested, confirmed or rejected."), trc("status"));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print JSON."));
    parser.addOptions({platform, type, severity, status, json});
    if (!parseCommand(parser, ctx, QStringLiteral("list")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    const QStringList pos = parser.positionalArguments();
    static const QStringList kinds{QStringLiteral("platforms"), QStringLiteral("documents"),
                                   QStringLiteral("versions"), QStringLiteral("flags")};
    if (pos.size() != 1 || !kinds.contains(pos.first()))
        return ctx.fail(trc("list: say what to list: platforms, documents, versions or flags"));

    ListOptions o;
    o.json = parser.isSet(json);
    o.termsType = parser.value(type);
    if (parser.isSet(severity)) {
        o.severity = severityFromKey(parser.value(severity));
        if (!o.severity)
            return ctx.fail(trc("list: --severity must be high, medium or low, not “%1”")
                                .arg(parser.value(severity)));
    }
    if (parser.isSet(status)) {
        const QString s = parser.value(status).toLower();
        if (s != QLatin1String("suggested") && s != QLatin1String("confirmed") &&
            s != QLatin1String("rejected"))
            return ctx.fail(trc("list: --status must be suggested, confirmed or rejected, not “%1”")
                                .arg(parser.value(status)));
        o.status = reviewStatusFromKey(s);
    }

    auto db = ctx.openArchive();
    if (!db)
        return ctx.fail(db.error());
    if (parser.isSet(platform)) {
        auto p = PlatformRepository(**db).findByName(parser.value(platform));
        if (!p)
            return ctx.fail(p.error());
        if (!p->has_value())
            return ctx.fail(trc("list: no platform named “%1” in %2")
                                .arg(parser.value(platform), ctx.archivePath));
        o.platformId = (*p)->id;
    }
    const QString what = pos.first();
    if (what == QLatin1String("platforms"))
        return listPlatforms(ctx, **db, o);
    if (what == QLatin1String("documents"))
        return listDocuments(ctx, **db, o);
    if (what == QLatin1String("versions"))
        return listVersions(ctx, **db, o);
    return listFlags(ctx, **db, o);
}

} // namespace cw::cli
