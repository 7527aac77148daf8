#include "classify/ClassifierEvaluation.h"
#include "classify/EvaluationReport.h"
#include "classify/RuleClassifier.h"
#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"
#include "extract/Extractor.h"
#include "segment/Segmenter.h"
#include "services/FlagSuggester.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace cw::cli {

namespace {

struct Piece
{
    QString text;
    QStringList headingPath;
};

// The input cut into clauses: one per line with --lines, else the segmenter
// over the extracted canonical text.
Result<QList<Piece>> piecesOf(const QByteArray &raw, const QString &name, bool lines)
{
    QList<Piece> out;
    if (lines) {
        const QString text = QString::fromUtf8(raw);
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            const QString t = line.trimmed();
            if (!t.isEmpty())
                out.append({t, {}});
        }
        return out;
    }
    ExtractHints hints;
    hints.fileName = name;
    auto doc = Extractor().extract(raw, hints);
    if (!doc)
        return doc.error();
    for (const ClauseSpan &s : Segmenter::segment(doc->text))
        out.append({doc->text.mid(s.start, s.length()), s.headingPath});
    return out;
}

QJsonArray spansJson(const QList<std::pair<int, int>> &spans)
{
    QJsonArray a;
    for (const auto &[s, e] : spans)
        a.append(QJsonArray{s, e});
    return a;
}

} // namespace

int runClassify(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Classify a document (or - for standard input) without storing anything. Text "
            "output lists the flagged clauses; --json lists every clause with its types."));
    parser.addPositionalArgument(QStringLiteral("file"), trc("file to classify, or -"));
    const QCommandLineOption lines(QStringLiteral("lines"), trc("Each input line is one clause."));
    const QCommandLineOption platform(QStringLiteral("platform"),
                                      trc("Platform name used in summaries."), trc("name"));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print JSON."));
    parser.addOptions({lines, platform, json});
    if (!parseCommand(parser, ctx, QStringLiteral("classify")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    if (parser.positionalArguments().size() != 1)
        return ctx.fail(trc("classify: give one file, or - for standard input"));
    const QString name = parser.positionalArguments().first();
    QByteArray raw;
    if (name == QLatin1String("-")) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return ctx.fail(trc("classify: cannot read standard input"));
        raw = in.readAll();
    } else {
        QFile f(name);
        if (!f.open(QIODevice::ReadOnly))
            return ctx.fail(trc("classify: cannot read %1: %2").arg(name, f.errorString()));
        raw = f.readAll();
    }
    auto classifier = FlagSuggester::classifier();
    if (!classifier)
        return ctx.fail(classifier.error());
    auto pieces = piecesOf(raw, QFileInfo(name).fileName(), parser.isSet(lines));
    if (!pieces)
        return ctx.fail(pieces.error());

    QJsonArray out;
    int index = 0;
    for (const Piece &p : *pieces) {
        const QList<Suggestion> found =
            FlagSuggester::suggest(**classifier, p.text, parser.value(platform));
        QJsonArray types;
        for (const Suggestion &s : found)
            types.append(QJsonObject{{QStringLiteral("key"), s.typeKey},
                                     {QStringLiteral("severity"), severityKey(s.severity)},
                                     {QStringLiteral("confidence"), s.confidence},
                                     {QStringLiteral("evidence"), spansJson(s.evidence)},
                                     {QStringLiteral("reasons"), QJsonArray::fromStringList(s.reasons)},
                                     {QStringLiteral("rule"), s.ruleId},
                                     {QStringLiteral("summary"), s.summary}});
        out.append(QJsonObject{{QStringLiteral("index"), index},
                               {QStringLiteral("text"), p.text},
                               {QStringLiteral("heading_path"), QJsonArray::fromStringList(p.headingPath)},
                               {QStringLiteral("types"), types}});
        if (!parser.isSet(json)) {
            for (const Suggestion &s : found)
                ctx.out << QStringLiteral("%1\t%2\t%3\t%4\n")
                               .arg(index)
                               .arg(s.typeKey, severityKey(s.severity))
                               .arg(s.confidence, 0, 'f', 2)
                        << QStringLiteral("\t%1\n").arg(s.summary);
        }
        ++index;
    }
    if (parser.isSet(json))
        ctx.printJson(QJsonDocument(out));
    else
        ctx.out.flush();
    return Ok;
}

int runEval(CliContext &ctx)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        trc("Score the rule classifier on a labelled sentence file (TSV: doc, sentence_index, "
            "labels, all_tags, text): precision, recall and F1 per category, and macro-F1."));
    const QCommandLineOption labels(QStringLiteral("labels"), trc("The labelled TSV file."),
                                    trc("file"));
    const QCommandLineOption json(QStringLiteral("json"), trc("Print JSON."));
    parser.addOptions({labels, json});
    if (!parseCommand(parser, ctx, QStringLiteral("eval")))
        return BadInput;
    if (parser.isSet(QStringLiteral("help"))) {
        ctx.out << parser.helpText();
        return Ok;
    }
    if (!parser.isSet(labels))
        return ctx.fail(trc("eval: --labels FILE is required"));
    auto classifier = FlagSuggester::classifier();
    if (!classifier)
        return ctx.fail(classifier.error());
    auto report = ClassifierEvaluation::evaluateFile(parser.value(labels), **classifier);
    if (!report)
        return ctx.fail(report.error());
    if (parser.isSet(json))
        ctx.printJson(QJsonDocument(report->toJson()));
    else
        ctx.out << report->toText() << Qt::endl;
    return Ok;
}

} // namespace cw::cli
