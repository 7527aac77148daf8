#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "compare/CompareExport.h"
#include "services/ComparisonService.h"
#include "util/Time.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cw::cli {

namespace {

// "High 2", "High 2*" (not all reviewed), "-" not found, "n/a" not archived.
QString shortCell(const MatrixCell &c)
{
    switch (c.state) {
    case CellState::NotFound:
        return QStringLiteral("-");
    case CellState::NotArchived:
        return QStringLiteral("n/a");
    case CellState::Present:
        break;
    }
    QString word = severityKey(*c.severity);
    word[0] = word[0].toUpper();
    return QStringLiteral("%1 %2%3").arg(word).arg(c.count).arg(c.unreviewed ? QStringLiteral("*")
                                                                             : QString());
}

Result<std::optional<QDate>> parseDate(const QCommandLineParser &p, const QCommandLineOption &o)
{
    if (!p.isSet(o))
        return std::optional<QDate>();
    const QDate d = QDate::fromString(p.value(o), Qt::ISODate);
    if (!d.isValid())
        return makeError(
            QStringLiteral("compare"),
            trc("--%1 “%2” is not a date (YYYY-MM-DD)").arg(o.names().first(), p.value(o)));
    return std::optional<QDate>(d);
}

int printType(CliContext &ctx, const ComparisonService &service, const QString &key,
              const std::optional<QDate> &at, bool json, bool csv)
{
    auto types = service.types();
    if (!types)
        return ctx.fail(types.error());
    const bool known = std::any_of(types->cbegin(), types->cend(),
                                   [&](const MatrixType &t) { return t.key == key; });
    if (!known) {
        QStringList keys;
        for (const MatrixType &t : *types)
            keys << t.key;
        return ctx.fail(trc("compare: no clause type “%1” in %2 (known: %3)")
                            .arg(key, ctx.archivePath,
                                 keys.isEmpty() ? trc("none") : keys.join(QStringLiteral(", "))));
    }
    auto page = service.clauseTypePage(key, at);
    if (!page)
        return ctx.fail(page.error());
    if (json) {
        ctx.printJson(QJsonDocument(CompareExport::typeSummaryJson(*page)));
        return Ok;
    }
    if (csv) {
        ctx.out << QString::fromUtf8(
            CompareExport::typePageCsv(*page).mid(3)); // no BOM on a terminal
        ctx.out.flush();
        return Ok;
    }
    ctx.out << trc("%1 — %2\n\n")
                   .arg(page->type.type.name, at ? at->toString(Qt::ISODate) : trc("now"));
    TextTable table({trc("Platform"), trc("Severity"), trc("Clauses"), trc("Reviewed"),
                     trc("Records"), trc("Documents")});
    QStringList notFound, notArchived;
    for (const TypePlatformEntry &e : page->platforms) {
        if (e.state == CellState::NotFound) {
            notFound << e.platform.name;
            continue;
        }
        if (e.state == CellState::NotArchived) {
            notArchived << e.platform.name;
            continue;
        }
        QStringList ids, docs;
        for (const TypeClause &c : e.clauses) {
            ids << c.recordId;
            if (!docs.contains(c.termsType))
                docs << c.termsType;
        }
        table.add({e.platform.name, severityKey(*e.severity), QString::number(e.clauses.size()),
                   e.reviewed() ? trc("yes") : trc("no"), ids.join(QLatin1Char(' ')),
                   docs.join(QStringLiteral(", "))});
    }
    table.print(ctx.out);
    if (!notFound.isEmpty())
        ctx.out << trc("\nNot found at: %1\n").arg(notFound.join(QStringLiteral(", ")));
    if (!notArchived.isEmpty())
        ctx.out << trc("No document archived where it would be: %1\n")
                       .arg(notArchived.join(QStringLiteral(", ")));
    return Ok;
}

void printMatrixText(CliContext &ctx, const ComparisonMatrix &m)
{
    QStringList header{trc("Clause type")};
    for (const MatrixColumn &c : m.columns)
        header << c.platform.name;
    TextTable table(header, 40);
    QString category;
    for (int r = 0; r < m.rows.size(); ++r) {
        const MatrixType &t = m.rows.at(r);
        if (t.categoryName != category) {
            category = t.categoryName;
            table.add({QStringLiteral("[%1]").arg(category)});
        }
        QStringList line{QStringLiteral("  ") + t.name};
        for (int c = 0; c < m.columns.size(); ++c)
            line << shortCell(m.cell(r, c));
        table.add(line);
    }
    table.print(ctx.out);
    ctx.out << trc("\n* not every clause reviewed · - not found · n/a no document archived where "
                   "the clause would be\n");
}

} // namespace

int runCompare(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Compare clause types across platforms: one type (--type KEY) or the whole matrix "
            "(--matrix), now or as the archive stood on a date (--at), or what changed between "
            "two dates (--from, --to)."));
    const QCommandLineOption type(QStringLiteral("type"), trc("One clause type, by key."),
                                  trc("key"));
    const QCommandLineOption matrix(QStringLiteral("matrix"), trc("Clause types × platforms."));
    const QCommandLineOption at(
        QStringLiteral("at"), trc("As it stood at the end of this day (UTC)."), trc("YYYY-MM-DD"));
    const QCommandLineOption from(QStringLiteral("from"), trc("Changes since this day."),
                                  trc("YYYY-MM-DD"));
    const QCommandLineOption to(QStringLiteral("to"),
                                trc("Changes up to this day (default: today)."), trc("YYYY-MM-DD"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      trc("Matrix: only this clause-type category."), trc("key"));
    const QCommandLineOption regulation(QStringLiteral("regulation"),
                                        trc("Matrix: only types touching this regulation."),
                                        trc("key"));
    const QCommandLineOption group(QStringLiteral("group"),
                                   trc("Matrix: only platforms of this category."), trc("name"));
    const QCommandLineOption review(QStringLiteral("review"),
                                    trc("Count any, reviewed or unreviewed flags."), trc("which"));
    const QCommandLineOption risk(QStringLiteral("by-risk"), trc("Matrix: platforms by risk."));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print JSON."));
    const QCommandLineOption csv(QStringLiteral("csv"), trc("Print CSV."));
    parser.addOptions(
        {type, matrix, at, from, to, category, regulation, group, review, risk, json, csv});
    if (!parseCommand(parser, ctx, QStringLiteral("compare")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    const bool changes = parser.isSet(from) || parser.isSet(to);
    if (int(parser.isSet(type)) + int(parser.isSet(matrix)) + int(changes) != 1)
        return ctx.fail(
            trc("compare: give one of --type KEY, --matrix, or --from DATE [--to DATE]"));
    if (parser.isSet(json) && parser.isSet(csv))
        return ctx.fail(trc("compare: --json or --csv, not both"));
    if (changes && parser.isSet(at))
        return ctx.fail(trc("compare: --at does not go with --from/--to"));
    auto atDate = parseDate(parser, at);
    if (!atDate)
        return ctx.fail(atDate.error());
    MatrixFilter filter;
    filter.category = parser.value(category);
    filter.regulation = parser.value(regulation);
    filter.platformGroup = parser.value(group);
    filter.sortByRisk = parser.isSet(risk);
    const auto reviewFilter = reviewFilterFromKey(parser.value(review).toLower());
    if (!reviewFilter)
        return ctx.fail(trc("compare: --review must be any, reviewed or unreviewed, not “%1”")
                            .arg(parser.value(review)));
    filter.review = *reviewFilter;

    auto db = ctx.openArchive();
    if (!db)
        return ctx.fail(db.error());
    ComparisonService service(**db);
    if (parser.isSet(type))
        return printType(ctx, service, parser.value(type), *atDate, parser.isSet(json),
                         parser.isSet(csv));

    if (changes) {
        if (!parser.isSet(from))
            return ctx.fail(trc("compare: --to needs --from"));
        auto a = parseDate(parser, from);
        auto b = parseDate(parser, to);
        if (!a)
            return ctx.fail(a.error());
        if (!b)
            return ctx.fail(b.error());
        const QDate end = b->value_or(QDate::currentDate());
        auto c = service.changesBetween(**a, end, filter);
        if (!c)
            return ctx.fail(c.error());
        if (parser.isSet(json)) {
            ctx.printJson(QJsonDocument(CompareExport::changesJson(*c, nowIsoUtc())));
        } else if (parser.isSet(csv)) {
            ctx.out << QString::fromUtf8(CompareExport::changesCsv(*c).mid(3));
        } else {
            TextTable table(
                {trc("Clause type"), trc("Platform"), trc("Change"), trc("Before"), trc("After")});
            for (const CellChange &ch : c->changes) {
                const int row = c->after.rowOf(ch.typeKey);
                const int col = c->after.columnOf(ch.platformId);
                const int bcol = c->before.columnOf(ch.platformId);
                table.add({row >= 0 ? c->after.rows.at(row).name : ch.typeKey,
                           col >= 0    ? c->after.columns.at(col).platform.name
                           : bcol >= 0 ? c->before.columns.at(bcol).platform.name
                                       : QString(),
                           cellChangeKey(ch.kind).replace(QLatin1Char('_'), QLatin1Char(' ')),
                           ch.before ? severityKey(*ch.before) : QStringLiteral("-"),
                           ch.after ? severityKey(*ch.after) : QStringLiteral("-")});
            }
            ctx.out << trc("Changes between %1 and %2: %3 cells\n\n")
                           .arg(c->before.at, c->after.at)
                           .arg(c->changes.size());
            table.print(ctx.out);
        }
        return Ok;
    }

    auto m = service.matrix(filter, *atDate);
    if (!m)
        return ctx.fail(m.error());
    if (parser.isSet(json))
        ctx.printJson(QJsonDocument(CompareExport::matrixJson(*m, nowIsoUtc())));
    else if (parser.isSet(csv))
        ctx.out << QString::fromUtf8(CompareExport::matrixCsv(*m).mid(3));
    else
        printMatrixText(ctx, *m);
    return Ok;
}

} // namespace cw::cli
