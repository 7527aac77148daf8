#include "archive/PlatformRepository.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "services/SearchService.h"

#include <QJsonArray>
#include <QJsonObject>

#include <unistd.h>

namespace cw::cli {

namespace {

// The snippet without the match markers, and the matches as [start, end)
// offsets into it (UTF-16, like every offset in Clausewatch).
std::pair<QString, QJsonArray> splitSnippet(const QString &marked)
{
    QString plain;
    QJsonArray matches;
    int start = -1;
    for (const QChar c : marked) {
        if (c == QChar(2)) {
            start = int(plain.size());
        } else if (c == QChar(3)) {
            if (start >= 0)
                matches.append(QJsonArray{start, int(plain.size())});
            start = -1;
        } else {
            plain += c;
        }
    }
    return {plain, matches};
}

QString terminalSnippet(const QString &marked, bool tty)
{
    QString s = marked;
    s.replace(QChar(2), tty ? QStringLiteral("\x1b[1m") : QStringLiteral("["));
    s.replace(QChar(3), tty ? QStringLiteral("\x1b[0m") : QStringLiteral("]"));
    return s.simplified();
}

} // namespace

int runSearch(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Full-text search over clause text. QUERY is plain words or FTS5 syntax: "
            "\"class action\", arbitr*, jury AND waiver."));
    parser.addPositionalArgument(QStringLiteral("query"), trc("what to search for"));
    const QCommandLineOption platform(QStringLiteral("platform"), trc("Only this platform."),
                                      trc("name"));
    const QCommandLineOption limit(QStringLiteral("limit"), trc("At most N hits (default 20)."),
                                   trc("N"), QStringLiteral("20"));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      trc("Only clauses flagged high, medium or low."), trc("severity"));
    const QCommandLineOption type(QStringLiteral("type"), trc("Only clauses flagged with this clause type."),
                                  trc("key"));
    const QCommandLineOption status(QStringLiteral("status"),
                                    trc("Only flags suggested, confirmed or rejected."), trc("status"));
    const QCommandLineOption flagged(QStringLiteral("flagged"), trc("Only flagged clauses."));
    const QCommandLineOption allVersions(QStringLiteral("all-versions"),
                                         trc("Search every version, not only the newest."));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print JSON."));
    parser.addOptions({platform, limit, severity, type, status, flagged, allVersions, json});
    if (!parseCommand(parser, ctx, QStringLiteral("search")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return ctx.fail(trc("search: say what to search for, e.g. clausewatch search arbitration"));

    SearchQuery q;
    q.text = pos.join(QLatin1Char(' '));
    bool ok = false;
    q.limit = parser.value(limit).toInt(&ok);
    if (!ok || q.limit <= 0)
        return ctx.fail(trc("search: --limit must be a positive number, not “%1”").arg(parser.value(limit)));
    if (parser.isSet(severity)) {
        q.severity = severityFromKey(parser.value(severity));
        if (!q.severity)
            return ctx.fail(trc("search: --severity must be high, medium or low, not “%1”")
                                .arg(parser.value(severity)));
    }
    if (parser.isSet(status)) {
        const QString s = parser.value(status).toLower();
        if (s != QLatin1String("suggested") && s != QLatin1String("confirmed") &&
            s != QLatin1String("rejected"))
            return ctx.fail(trc("search: --status must be suggested, confirmed or rejected, not “%1”")
                                .arg(parser.value(status)));
        q.status = reviewStatusFromKey(s);
    }
    q.typeKey = parser.value(type);
    q.flaggedOnly = parser.isSet(flagged);
    q.currentOnly = !parser.isSet(allVersions);

    auto db = ctx.openArchive();
    if (!db)
        return ctx.fail(db.error());
    if (parser.isSet(platform)) {
        auto p = PlatformRepository(**db).findByName(parser.value(platform));
        if (!p)
            return ctx.fail(p.error());
        if (!p->has_value())
            return ctx.fail(trc("search: no platform named “%1” in %2")
                                .arg(parser.value(platform), ctx.archivePath));
        q.platformId = (*p)->id;
    }
    auto result = SearchService(**db).search(q);
    if (!result)
        return ctx.fail(result.error());
    if (!result->notice.isEmpty())
        ctx.err << "clausewatch: " << result->notice << Qt::endl;

    if (parser.isSet(json)) {
        QJsonArray out;
        for (const SearchHit &h : result->hits) {
            const auto [snippet, matches] = splitSnippet(h.snippet);
            QJsonObject o{{QStringLiteral("platform"), h.platformName},
                          {QStringLiteral("document"), h.termsType},
                          {QStringLiteral("document_title"), h.documentTitle},
                          {QStringLiteral("document_record_id"), recordId(RecordKind::Document, h.documentId)},
                          {QStringLiteral("version"), h.versionNumber},
                          {QStringLiteral("clause_id"), h.clauseId},
                          {QStringLiteral("heading_path"), QJsonArray::fromStringList(h.headingPath)},
                          {QStringLiteral("snippet"), snippet},
                          {QStringLiteral("matches"), matches},
                          {QStringLiteral("rank"), h.rank}};
            if (h.flagId) {
                o.insert(QStringLiteral("record_id"), h.recordId());
                o.insert(QStringLiteral("clause_type"), h.typeKey);
                o.insert(QStringLiteral("clause_type_name"), h.typeName);
                o.insert(QStringLiteral("severity"), severityKey(h.severity.value_or(Severity::Medium)));
                o.insert(QStringLiteral("status"), reviewStatusKey(h.status.value_or(ReviewStatus::Suggested)));
            } else {
                o.insert(QStringLiteral("record_id"), QJsonValue::Null);
                o.insert(QStringLiteral("clause_type"), QJsonValue::Null);
                o.insert(QStringLiteral("severity"), QJsonValue::Null);
            }
            out.append(o);
        }
        ctx.printJson(QJsonDocument(out));
        return Ok;
    }
    if (result->hits.isEmpty()) {
        ctx.out << trc("No clause matches “%1”.").arg(q.text) << Qt::endl;
        return Ok;
    }
    const bool tty = isatty(STDOUT_FILENO) != 0;
    for (const SearchHit &h : result->hits) {
        QString head = QStringLiteral("%1 · %2 (v%3)").arg(h.platformName, h.termsType).arg(h.versionNumber);
        if (!h.headingPath.isEmpty())
            head += QStringLiteral(" · ") + h.headingPath.join(QStringLiteral(" › "));
        if (h.flagId)
            head += QStringLiteral("  [%1 %2 %3]")
                        .arg(h.recordId(), severityKey(h.severity.value_or(Severity::Medium)), h.typeKey);
        ctx.out << head << '\n' << "    " << terminalSnippet(h.snippet, tty) << "\n\n";
    }
    ctx.out.flush();
    return Ok;
}

} // namespace cw::cli
