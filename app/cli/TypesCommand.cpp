#include "archive/Database.h"
#include "archive/TaxonomyRepository.h"
#include "classify/SummaryTemplate.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "cli/TextTable.h"
#include "model/ClauseCategory.h"
#include "services/FlagSuggester.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace cw::cli {

namespace {

QJsonObject typeJson(const ClauseType &t, const QString &origin, bool edited)
{
    return QJsonObject{{QStringLiteral("key"), t.key},
                       {QStringLiteral("name"), t.name},
                       {QStringLiteral("category"), t.category},
                       {QStringLiteral("default_severity"), severityKey(t.defaultSeverity)},
                       {QStringLiteral("description"), t.description},
                       {QStringLiteral("why_it_matters"), t.whyItMatters},
                       {QStringLiteral("consumer_impact"), t.consumerImpact},
                       {QStringLiteral("summary_template"), t.summaryTemplate},
                       {QStringLiteral("regulations"), QJsonArray::fromStringList(t.regulations)},
                       {QStringLiteral("origin"), origin},
                       {QStringLiteral("edited"), edited}};
}

/// origin and edited of every type, by key (the repository's value type
/// carries the texts only).
Result<QHash<QString, std::pair<QString, bool>>> provenance(const Database &db)
{
    auto st = db.prepare("SELECT key, origin, edited FROM clause_types");
    if (!st)
        return st.error();
    QHash<QString, std::pair<QString, bool>> out;
    while (true) {
        auto row = st->step();
        if (!row)
            return row.error();
        if (!*row)
            break;
        out.insert(st->text(0), {st->text(1), st->int64(2) != 0});
    }
    return out;
}

} // namespace

int runTypes(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("The clause types of the archive: list them, show one, or add or edit one. Edits "
            "are kept in the archive (a later update of the built-in taxonomy never overwrites "
            "them) and fill the summaries of flags raised from then on."));
    parser.addPositionalArgument(QStringLiteral("action"), trc("list, show KEY or set KEY"));
    const QCommandLineOption name(QStringLiteral("name"), trc("Set: the display name."), trc("text"));
    const QCommandLineOption category(QStringLiteral("category"),
                                      trc("Set: the category key (disputes, data, …)."), trc("key"));
    const QCommandLineOption severity(QStringLiteral("severity"),
                                      trc("Set: the default severity (high, medium, low)."),
                                      trc("level"));
    const QCommandLineOption description(QStringLiteral("description"),
                                         trc("Set: what the clause does."), trc("text"));
    const QCommandLineOption why(QStringLiteral("why"), trc("Set: why it matters."), trc("text"));
    const QCommandLineOption impact(QStringLiteral("impact"), trc("Set: the consumer impact."),
                                    trc("text"));
    const QCommandLineOption summary(
        QStringLiteral("summary"),
        trc("Set: the plain-language summary template ({platform}, {slot}, [[optional part]])."),
        trc("template"));
    const QCommandLineOption regulations(QStringLiteral("regulations"),
                                         trc("Set: regulation keys, comma-separated."),
                                         trc("keys"));
    const QCommandLineOption json(QStringLiteral("json"), trc("List and show: print JSON."));
    parser.addOptions({name, category, severity, description, why, impact, summary, regulations, json});
    if (!parseCommand(parser, ctx, QStringLiteral("types")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0, QStringLiteral("list"));
    if (!(action == QLatin1String("list") && pos.size() <= 1) &&
        !((action == QLatin1String("show") || action == QLatin1String("set")) && pos.size() == 2))
        return ctx.fail(trc("types: say list, show KEY or set KEY [--name …]"));

    auto db = ctx.openArchive();
    if (!db)
        return ctx.fail(db.error());
    // The built-in types are there even before the first import.
    if (auto s = FlagSuggester::ensureTaxonomy(**db); !s)
        return ctx.fail(s.error());
    TaxonomyRepository repo(**db);
    auto origins = provenance(**db);
    if (!origins)
        return ctx.fail(origins.error());

    if (action == QLatin1String("list")) {
        auto types = repo.types();
        if (!types)
            return ctx.fail(types.error());
        if (parser.isSet(json)) {
            QJsonArray list;
            for (const ClauseType &t : *types) {
                const auto o = origins->value(t.key);
                list.append(typeJson(t, o.first, o.second));
            }
            ctx.printJson(QJsonDocument(list));
            return Ok;
        }
        TextTable table({trc("Key"), trc("Name"), trc("Category"), trc("Severity"), trc("Origin")});
        for (const ClauseType &t : *types) {
            const auto o = origins->value(t.key);
            table.add({t.key, t.name, categoryDisplayName(t.category), severityKey(t.defaultSeverity),
                       o.second && o.first == QLatin1String("builtin") ? trc("builtin, edited")
                                                                       : o.first});
        }
        table.print(ctx.out);
        return Ok;
    }

    const QString key = pos.at(1);
    auto existing = repo.type(key);
    if (!existing)
        return ctx.fail(existing.error());
    if (action == QLatin1String("show")) {
        if (!existing->has_value())
            return ctx.fail(trc("types: no clause type “%1” in %2").arg(key, ctx.archivePath));
        const ClauseType &t = **existing;
        const auto o = origins->value(t.key);
        if (parser.isSet(json)) {
            ctx.printJson(QJsonDocument(typeJson(t, o.first, o.second)));
            return Ok;
        }
        ctx.out << t.name << " (" << t.key << ")\n"
                << trc("Category: ") << categoryDisplayName(t.category) << '\n'
                << trc("Default severity: ") << severityKey(t.defaultSeverity) << '\n'
                << trc("Regulations: ") << t.regulations.join(QStringLiteral(", ")) << '\n'
                << trc("Origin: ") << o.first << (o.second ? trc(" (edited)") : QString()) << "\n\n"
                << trc("What it does: ") << t.description << '\n'
                << trc("Why it matters: ") << t.whyItMatters << '\n'
                << trc("Consumer impact: ") << t.consumerImpact << '\n'
                << trc("Summary template: ") << t.summaryTemplate << '\n';
        return Ok;
    }

    // set: a new analyst type needs the essentials; an edit changes what is given.
    static const QRegularExpression keyShape(QStringLiteral("^[a-z0-9_]{2,64}$"));
    if (!keyShape.match(key).hasMatch())
        return ctx.fail(trc("types: a key is 2–64 of a-z, 0-9 and _, not “%1”").arg(key));
    ClauseType t = existing->value_or(ClauseType{});
    t.key = key;
    if (!existing->has_value() &&
        (!parser.isSet(name) || !parser.isSet(category) || !parser.isSet(severity)))
        return ctx.fail(
            trc("types: the new type “%1” needs --name, --category and --severity").arg(key));
    bool changed = false;
    const auto take = [&](const QCommandLineOption &o, QString &field) {
        if (parser.isSet(o)) {
            field = parser.value(o).trimmed();
            changed = true;
        }
    };
    take(name, t.name);
    take(category, t.category);
    take(description, t.description);
    take(why, t.whyItMatters);
    take(impact, t.consumerImpact);
    take(summary, t.summaryTemplate);
    if (parser.isSet(severity)) {
        const auto s = severityFromKey(parser.value(severity).trimmed().toLower());
        if (!s)
            return ctx.fail(trc("types: --severity is high, medium or low, not “%1”")
                                .arg(parser.value(severity)));
        t.defaultSeverity = *s;
        changed = true;
    }
    if (parser.isSet(regulations)) {
        QStringList keys;
        for (const QString &r : parser.value(regulations).split(QLatin1Char(','), Qt::SkipEmptyParts))
            keys << r.trimmed();
        auto known = repo.regulations();
        if (!known)
            return ctx.fail(known.error());
        for (const QString &r : keys)
            if (std::none_of(known->begin(), known->end(),
                             [&](const Regulation &g) { return g.key == r; }))
                return ctx.fail(trc("types: no regulation “%1” in %2 (see the memo's regulation "
                                    "keys, e.g. gdpr, uctd)")
                                    .arg(r, ctx.archivePath));
        keys.removeDuplicates();
        keys.sort();
        t.regulations = keys;
        changed = true;
    }
    if (!changed)
        return ctx.fail(trc("types: set %1 with at least one of --name, --category, --severity, "
                            "--description, --why, --impact, --summary, --regulations")
                            .arg(key));
    if (t.name.isEmpty() || t.category.isEmpty())
        return ctx.fail(trc("types: a clause type needs a name and a category"));
    if (!t.summaryTemplate.isEmpty())
        if (auto s = SummaryTemplate::validate(t.summaryTemplate); !s)
            return ctx.fail(trc("types: the summary template of %1: %2")
                                .arg(key, s.error().toString()));
    if (auto s = repo.saveAnalystEdit(t); !s)
        return ctx.fail(s.error());
    ctx.out << (existing->has_value() ? trc("Clause type %1 edited.\n") : trc("Clause type %1 added.\n"))
                   .arg(key);
    return Ok;
}

} // namespace cw::cli
