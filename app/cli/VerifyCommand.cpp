#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "provenance/ArchiveVerifier.h"

#include <QJsonArray>
#include <QJsonObject>

namespace cw::cli {

int runVerify(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Re-hash every stored snapshot and version and name each record whose bytes no "
            "longer match. Exit 1 when any does."));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print a JSON report."));
    parser.addOption(json);
    if (!parseCommand(parser, ctx, QStringLiteral("verify")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    OpenOptions ro;
    ro.create = false;
    ro.readOnly = true; // verifying must not change the evidence
    auto db = Database::open(ctx.archivePath, ro);
    if (!db)
        return ctx.fail(db.error());
    auto report = ArchiveVerifier::run(**db);
    if (!report)
        return ctx.fail(report.error());

    if (parser.isSet(json)) {
        QJsonArray findings;
        for (const IntegrityFinding &f : report->findings)
            findings.append(QJsonObject{{QStringLiteral("record"), f.record},
                                        {QStringLiteral("context"), f.context},
                                        {QStringLiteral("problem"), f.problem},
                                        {QStringLiteral("expected_sha256"), f.expected},
                                        {QStringLiteral("actual_sha256"), f.actual}});
        ctx.printJson(QJsonDocument(
            QJsonObject{{QStringLiteral("ok"), report->ok()},
                        {QStringLiteral("snapshots_checked"), report->snapshotsChecked},
                        {QStringLiteral("versions_checked"), report->versionsChecked},
                        {QStringLiteral("database_problems"),
                         QJsonArray::fromStringList(report->databaseProblems)},
                        {QStringLiteral("findings"), findings}}));
    } else {
        for (const QString &p : report->databaseProblems)
            ctx.out << trc("DATABASE: %1").arg(p) << '\n';
        for (const IntegrityFinding &f : report->findings)
            ctx.out << trc("TAMPERED: %1 (%2): %3; recorded %4, now %5")
                           .arg(f.record, f.context, f.problem, f.expected, f.actual)
                    << '\n';
        if (report->ok())
            ctx.out << trc("OK: %1 snapshots and %2 versions match their recorded SHA-256.")
                           .arg(report->snapshotsChecked)
                           .arg(report->versionsChecked)
                    << Qt::endl;
        else
            ctx.out << trc("FAILED: %1 problems in %2 snapshots and %3 versions.")
                           .arg(report->findings.size() + report->databaseProblems.size())
                           .arg(report->snapshotsChecked)
                           .arg(report->versionsChecked)
                    << Qt::endl;
    }
    if (!report->ok()) {
        QStringList records;
        for (const IntegrityFinding &f : report->findings)
            records << f.record;
        records += report->databaseProblems;
        ctx.err << trc("clausewatch: verify: %1 record(s) no longer match their recorded hash: %2")
                       .arg(records.size())
                       .arg(records.join(QStringLiteral(", ")))
                << Qt::endl;
        return Finding;
    }
    return Ok;
}

} // namespace cw::cli
