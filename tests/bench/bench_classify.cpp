// bench_classify: classification throughput (MB/s of clause text on one core)
// and the evaluation on the unfair-clauses dev set.
//
//   bench_classify [--rules rules.json] [--seconds N] [--misses CODE] [--profile] [--explain]
//
// Throughput text: our own clauses (tests/data/classify/bench_clauses.txt),
// repeated and classified one clause at a time, as the import pipeline does;
// MB/s are per second of this thread's CPU time (the machine is shared), and
// CW_BENCH_ROUNDS=N runs exactly N rounds (for instruction counts under
// callgrind). The dev set is read from $CW_SHARED_DATA or <repo>/../shared/data;
// when it is absent the evaluation is skipped.
// Rule work: --rules loads a rules file instead of the built-in one; --misses
// prints one category's false positives and negatives with the patterns that
// took part (never copy them into rules: they are other people's text);
// --profile times every pattern's regex over the throughput text; --explain
// classifies the lines of stdin and prints every suggestion.

#include "classify/ClassifierEvaluation.h"
#include "classify/RuleClassifier.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <QTextStream>
#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace cw;

namespace {

QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

QString devSetPath()
{
    QString base = qEnvironmentVariable("CW_SHARED_DATA");
    if (base.isEmpty())
        base = QStringLiteral(CW_SOURCE_DIR "/../shared/data");
    return QDir(base).filePath(QStringLiteral("unfair-clauses-dev/sentences_en.tsv"));
}

double threadCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

QStringList benchClauses()
{
    QFile f(QStringLiteral(CW_SOURCE_DIR "/tests/data/classify/bench_clauses.txt"));
    QStringList clauses;
    if (!f.open(QIODevice::ReadOnly)) {
        out() << "cannot read " << f.fileName() << "\n";
        return clauses;
    }
    for (const QString &l : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        if (!l.trimmed().isEmpty() && !l.startsWith(QLatin1Char('#')))
            clauses.append(l);
    }
    return clauses;
}

void throughput(const RuleClassifier &classifier, double seconds)
{
    const QStringList clauses = benchClauses();
    if (clauses.isEmpty())
        return;
    qint64 bytesPerRound = 0;
    for (const QString &c : clauses)
        bytesPerRound += c.toUtf8().size() + 1;

    const ClassifyContext ctx{QStringLiteral("Example")};
    qint64 bytes = 0, suggestions = 0, rounds = 0;
    // The machine is shared: report MB per second of this thread's CPU time
    // (what one core delivers), and wall time for reference.
    QElapsedTimer wall;
    wall.start();
    const double cpu0 = threadCpuSeconds();
    const int fixedRounds = qEnvironmentVariableIntValue("CW_BENCH_ROUNDS");
    while (fixedRounds > 0 ? rounds < fixedRounds : threadCpuSeconds() - cpu0 < seconds) {
        for (const QString &c : clauses)
            suggestions += classifier.classify(c, ctx).size();
        bytes += bytesPerRound;
        ++rounds;
    }
    const double cpu = threadCpuSeconds() - cpu0;
    const double s = wall.nsecsElapsed() / 1e9;
    out() << QStringLiteral("throughput: %1 clauses x %2 rounds, %3 MB in %4 s of CPU = %5 MB/s "
                            "on one core (%6 clauses/s; wall %7 s; %8 suggestions per round)\n")
                 .arg(clauses.size())
                 .arg(rounds)
                 .arg(bytes / 1e6, 0, 'f', 2)
                 .arg(cpu, 0, 'f', 2)
                 .arg(bytes / 1e6 / cpu, 0, 'f', 2)
                 .arg(clauses.size() * rounds / cpu, 0, 'f', 0)
                 .arg(s, 0, 'f', 2)
                 .arg(suggestions / qMax<qint64>(1, rounds));
}

void evaluation(const RuleClassifier &classifier, const QString &missesCode)
{
    const QString path = devSetPath();
    if (!QFileInfo::exists(path)) {
        out() << "evaluation: skipped, " << path << " is absent\n";
        return;
    }
    auto sentences = ClassifierEvaluation::readTsv(path);
    if (!sentences.ok()) {
        out() << "evaluation: " << sentences.error().toString() << "\n";
        return;
    }
    const double cpu0 = threadCpuSeconds();
    const QList<QStringList> predicted = ClassifierEvaluation::predict(*sentences, classifier);
    const qint64 ms = qint64((threadCpuSeconds() - cpu0) * 1000);
    EvaluationReport report = ClassifierEvaluation::score(*sentences, predicted);
    report.source = QFileInfo(path).fileName();
    out() << report.toText();
    out() << QStringLiteral("(classified in %1 ms of CPU)\n").arg(ms);

    if (missesCode.isEmpty())
        return;
    QString key;
    for (const auto &[code, k] : ClassifierEvaluation::categoryCodes()) {
        if (code == missesCode)
            key = k;
    }
    // Per pattern: how often it took part in a true or a false positive.
    QMap<QString, std::pair<int, int>> perPattern;
    static const QRegularExpression ruleRef(QStringLiteral("\\(rule ([\\w.]+),"));
    for (qsizetype i = 0; i < sentences->size(); ++i) {
        if (!predicted.at(i).contains(key))
            continue;
        const bool gold = sentences->at(i).labels.contains(missesCode);
        for (const Suggestion &sg : classifier.classify(sentences->at(i).text, {})) {
            if (sg.typeKey != key)
                continue;
            for (const QString &r : sg.reasons) {
                const QRegularExpressionMatch m = ruleRef.match(r);
                if (m.hasMatch())
                    (gold ? perPattern[m.captured(1)].first : perPattern[m.captured(1)].second)++;
            }
        }
    }
    for (auto it = perPattern.cbegin(); it != perPattern.cend(); ++it)
        out() << QStringLiteral("pattern %1: %2 in true positives, %3 in false positives\n")
                     .arg(it.key(), -50)
                     .arg(it->first, 4)
                     .arg(it->second, 4);
    for (qsizetype i = 0; i < sentences->size(); ++i) {
        const LabelledSentence &s = sentences->at(i);
        const bool gold = s.labels.contains(missesCode);
        const bool pred = predicted.at(i).contains(key);
        if (gold == pred)
            continue;
        out() << (gold ? "FN " : "FP ") << s.doc << ' ' << s.index << " | " << s.text << "\n";
        if (pred) {
            for (const Suggestion &sg : classifier.classify(s.text, {})) {
                if (sg.typeKey == key)
                    out() << "     " << sg.reasons.join(QLatin1String(" / ")) << "\n";
            }
        }
    }
}

// Time spent in each pattern's regular expressions over the throughput text,
// keyword pre-filters applied as the classifier applies them, slowest first.
void profilePatterns(const RuleSet &rules, const QStringList &texts)
{
    struct Cost
    {
        QString id;
        double seconds = 0;
        int runs = 0;
    };
    QList<QString> lowers;
    for (const QString &text : texts)
        lowers.append(text.toLower());
    auto any = [](const QString &lower, const QStringList &keys) {
        if (keys.isEmpty())
            return true;
        for (const QString &k : keys) {
            if (lower.contains(k))
                return true;
        }
        return false;
    };
    QList<Cost> costs;
    for (const RuleSet::TypeRules &t : rules.types()) {
        for (const RuleSet::Pattern &p : t.patterns) {
            Cost c{p.id};
            QList<qsizetype> selected;
            for (qsizetype i = 0; i < texts.size(); ++i) {
                if (any(lowers.at(i), t.keywords) && any(lowers.at(i), p.keywords))
                    selected.append(i);
            }
            const double t0 = threadCpuSeconds();
            for (qsizetype i : selected) {
                (void)p.re.match(texts.at(i)).hasMatch();
                if (p.kind == RuleSet::PatternKind::Near)
                    (void)p.other.match(texts.at(i)).hasMatch();
            }
            c.seconds = threadCpuSeconds() - t0;
            c.runs = int(selected.size());
            costs.append(c);
        }
    }
    std::sort(costs.begin(), costs.end(),
              [](const Cost &a, const Cost &b) { return a.seconds > b.seconds; });
    double total = 0;
    for (const Cost &c : costs)
        total += c.seconds;
    out() << QStringLiteral("patterns: %1 ms of CPU in all\n").arg(total * 1e3, 0, 'f', 1);
    for (qsizetype i = 0; i < std::min<qsizetype>(30, costs.size()); ++i)
        out() << QStringLiteral("  %1 %2 ms over %3 clauses\n")
                     .arg(costs[i].id, -55)
                     .arg(costs[i].seconds * 1e3, 7, 'f', 1)
                     .arg(costs[i].runs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QString rulesPath, missesCode;
    double seconds = 3;
    bool profile = false;
    bool explain = false; // classify stdin, one clause per line, and print everything
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--rules") && i + 1 < args.size())
            rulesPath = args.at(++i);
        else if (args.at(i) == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args.at(++i).toDouble();
        else if (args.at(i) == QLatin1String("--misses") && i + 1 < args.size())
            missesCode = args.at(++i);
        else if (args.at(i) == QLatin1String("--profile"))
            profile = true;
        else if (args.at(i) == QLatin1String("--explain"))
            explain = true;
    }

    auto taxonomy = Taxonomy::loadBuiltin();
    if (!taxonomy.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(taxonomy.error().toString()));
        return 2;
    }
    auto rules = rulesPath.isEmpty() ? RuleSet::loadBuiltin(*taxonomy)
                                     : RuleSet::loadFromFile(rulesPath, *taxonomy);
    if (!rules.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(rules.error().toString()));
        return 2;
    }
    out() << "rules: " << rules->types().size() << " types, " << rules->patternCount()
          << " patterns\n";
    const RuleClassifier classifier(*taxonomy, *rules);
    if (explain) {
        QTextStream in(stdin);
        while (!in.atEnd()) {
            const QString line = in.readLine();
            if (line.trimmed().isEmpty())
                continue;
            out() << "> " << line << "\n";
            for (const Suggestion &s : classifier.classify(line, {QStringLiteral("Example")})) {
                QStringList spans;
                for (const auto &[b, e] : s.evidence)
                    spans.append(QLatin1Char('[') + line.mid(b, e - b) + QLatin1Char(']'));
                out() << "  " << s.typeKey << " " << severityKey(s.severity) << " " << s.confidence
                      << " " << s.ruleId << " " << spans.join(QLatin1Char(' ')) << "\n    "
                      << s.summary << "\n    " << s.reasons.join(QLatin1String(" | ")) << "\n";
            }
        }
        return 0;
    }
    if (profile) {
        QStringList texts;
        for (int round = 0; round < 100; ++round)
            texts += benchClauses();
        profilePatterns(*rules, texts);
        return 0;
    }
    if (seconds > 0)
        throughput(classifier, seconds);
    evaluation(classifier, missesCode);
    return 0;
}
