// Benchmark of the version diff engine against `git diff --no-index
// --word-diff=porcelain` on the same pairs, in one run.
//
//   bench_diff [--reps N] [--quick]        generated pairs (+ OTA sample if present)
//   bench_diff --files OLD NEW [--json|--text] [--repeat N] [--peak]
//                                          one diff as a whole process (the driver
//                                          the benchmark also times as a process)
//   bench_diff --write DIR                 only write the generated pairs to DIR
//
// Pairs are generated from our own legal-sounding prose (seeded RNG, no outside
// text): 20 KB, 150 KB and 700 KB with a few percent changed and one section
// moved, and 2 MB with 30% of the paragraphs changed. When
// /work/shared/data/ota-sample (or $CW_OTA_SAMPLE) exists, consecutive real
// versions from it are diffed too; they are only read, never copied.

#include "diff/DiffJson.h"
#include "diff/DiffTextRenderer.h"
#include "diff/VersionDiffer.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <random>
#include <vector>

using namespace cw;

namespace {

// ---------------------------------------------------------------- generator

const char *const kSubjects[] = {
    "We", "You", "The Company", "Each party", "The user", "Our affiliates",
    "Service providers acting on our behalf", "The account holder", "Either party",
    "The licensee", "Any authorised representative", "The administrator of a workspace"};
const char *const kModals[] = {"may", "must", "shall", "will", "may not", "must not",
                               "agrees to", "is entitled to", "undertakes to", "shall not"};
const char *const kVerbs[] = {
    "collect", "process", "disclose", "retain", "share", "terminate", "suspend", "modify",
    "review", "store", "transfer", "delete", "anonymise", "license", "restrict", "audit",
    "publish", "monitor", "limit", "assign"};
const char *const kObjects[] = {
    "personal data", "account information", "content you upload", "payment details",
    "usage records", "the Service", "these Terms", "any feedback you provide",
    "communications with our support team", "location information", "device identifiers",
    "billing history", "the licence granted in this section", "third-party integrations",
    "public profile information", "backup copies of your files", "aggregated statistics"};
const char *const kConditions[] = {
    "where required by applicable law", "for the purposes described in this policy",
    "without prior notice", "after giving you reasonable notice",
    "to the extent permitted by law", "unless you object in writing",
    "in accordance with the section on data retention", "for as long as your account is active",
    "within thirty days of a written request", "subject to the limitations set out below",
    "if we reasonably believe that a breach has occurred", "at our sole discretion",
    "on the basis of our legitimate interests", "with your explicit consent",
    "only as necessary to provide the Service", "in the event of a merger or acquisition"};
const char *const kHeadings[] = {
    "Definitions", "Eligibility", "Your Account", "Fees and Payment", "Refunds",
    "Acceptable Use", "Content You Share", "Intellectual Property", "Privacy",
    "Data Retention", "Security", "Third-Party Services", "Termination", "Suspension",
    "Disclaimers", "Limitation of Liability", "Indemnification", "Dispute Resolution",
    "Arbitration", "Governing Law", "Changes to These Terms", "Notices", "Export Controls",
    "Force Majeure", "Assignment", "Severability", "Entire Agreement", "Contact"};
const char *const kQualifiers[] = {"", "", "", " for Business Accounts", " for Developers",
                                   " in the European Union", " for Minors", " for Resellers",
                                   " in the United States", " for Education Customers"};
const char *const kSpare[] = {"promptly", "reasonable", "material", "written", "applicable",
                              "commercially", "necessary", "exclusive", "limited", "annual",
                              "additional", "confidential", "automated", "regional"};

template <size_t N>
const char *pick(std::mt19937_64 &rng, const char *const (&list)[N])
{
    return list[rng() % N];
}

QString sentence(std::mt19937_64 &rng)
{
    QString s = QString::fromLatin1(pick(rng, kSubjects)) + u' ' + QLatin1String(pick(rng, kModals))
                + u' ' + QLatin1String(pick(rng, kVerbs)) + u' ' + QLatin1String(pick(rng, kObjects));
    if (rng() % 3)
        s += u' ' + QLatin1String(pick(rng, kConditions));
    if (rng() % 4 == 0)
        s += QStringLiteral(", and ") + QLatin1String(pick(rng, kVerbs)) + u' '
             + QLatin1String(pick(rng, kObjects));
    return s + u'.';
}

struct Section
{
    QString title;
    QList<QString> blocks; // paragraphs, or whole list blocks
};

QString paragraph(std::mt19937_64 &rng)
{
    QStringList sentences;
    const int n = 2 + int(rng() % 5);
    for (int i = 0; i < n; ++i)
        sentences << sentence(rng);
    return sentences.join(u' ');
}

QString listBlock(std::mt19937_64 &rng)
{
    QStringList items;
    const int n = 3 + int(rng() % 4);
    const bool numbered = rng() % 2;
    for (int i = 0; i < n; ++i) {
        QString item = sentence(rng);
        item[0] = item[0].toLower();
        items << (numbered ? QStringLiteral("%1. ").arg(i + 1) : QStringLiteral("- ")) + item;
    }
    return items.join(u'\n');
}

QList<Section> generateDocument(std::mt19937_64 &rng, qsizetype targetBytes)
{
    QList<Section> doc;
    qsizetype size = 0;
    while (size < targetBytes) {
        Section s;
        s.title = QLatin1String(pick(rng, kHeadings)) + QLatin1String(pick(rng, kQualifiers));
        const int blocks = 2 + int(rng() % 5);
        for (int b = 0; b < blocks; ++b) {
            s.blocks << (rng() % 6 == 0 ? listBlock(rng) : paragraph(rng));
            size += s.blocks.last().size() + 2;
        }
        doc << s;
    }
    return doc;
}

QString render(const QList<Section> &doc)
{
    QStringList out;
    out << QStringLiteral("# Terms of Service");
    for (qsizetype i = 0; i < doc.size(); ++i) {
        out << QStringLiteral("## %1. %2").arg(i + 1).arg(doc[i].title);
        out << doc[i].blocks;
    }
    return out.join(QStringLiteral("\n\n")) + u'\n';
}

// One realistic edit of a paragraph: words replaced, a sentence added,
// removed or rewritten.
QString mutate(std::mt19937_64 &rng, const QString &block)
{
    QStringList words = block.split(u' ');
    switch (rng() % 4) {
    case 0: {
        const int n = 1 + int(rng() % 3);
        for (int k = 0; k < n && words.size() > 2; ++k)
            words[qsizetype(rng() % words.size())] = QLatin1String(pick(rng, kSpare));
        return words.join(u' ');
    }
    case 1: {
        QStringList sentences = block.split(QStringLiteral(". "));
        sentences.insert(qsizetype(rng() % (sentences.size() + 1)), sentence(rng).chopped(1));
        QString out = sentences.join(QStringLiteral(". "));
        return out.endsWith(u'.') ? out : out + u'.';
    }
    case 2: {
        QStringList sentences = block.split(QStringLiteral(". "));
        if (sentences.size() > 1)
            sentences.removeAt(qsizetype(rng() % sentences.size()));
        QString out = sentences.join(QStringLiteral(". "));
        return out.endsWith(u'.') ? out : out + u'.';
    }
    default: {
        const qsizetype at = qsizetype(rng() % words.size());
        words.insert(at, QStringLiteral("%1 %2").arg(QLatin1String(pick(rng, kConditions)),
                                                   QLatin1String(pick(rng, kSpare))));
        return words.join(u' ');
    }
    }
}

struct Pair
{
    QString name;
    QString oldText;
    QString newText;
};

Pair generatePair(const QString &name, qsizetype bytes, double changedShare, quint64 seed)
{
    std::mt19937_64 rng(seed);
    QList<Section> doc = generateDocument(rng, bytes);
    const QString oldText = render(doc);
    for (Section &s : doc)
        for (QString &b : s.blocks)
            if (double(rng() % 10000) / 10000.0 < changedShare)
                b = mutate(rng, b);
    // A few paragraphs removed and added.
    const int churn = std::max(1, int(doc.size() * changedShare / 4));
    for (int k = 0; k < churn; ++k) {
        Section &s = doc[qsizetype(rng() % doc.size())];
        if (s.blocks.size() > 1)
            s.blocks.removeAt(qsizetype(rng() % s.blocks.size()));
        doc[qsizetype(rng() % doc.size())].blocks.append(paragraph(rng));
    }
    // One section moved from the first third to the last third (all sections
    // in between renumber), and one new section inserted.
    const qsizetype from = qsizetype(rng() % std::max<qsizetype>(1, doc.size() / 3));
    const Section moved = doc.takeAt(from);
    doc.insert(doc.size() - qsizetype(rng() % std::max<qsizetype>(1, doc.size() / 3)), moved);
    Section added;
    added.title = QStringLiteral("Artificial Intelligence Features");
    added.blocks << paragraph(rng) << paragraph(rng);
    doc.insert(qsizetype(rng() % doc.size()), added);
    return {name, oldText, render(doc)};
}

// ---------------------------------------------------------------- measuring

double medianOf(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

QString readText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

bool writeFile(const QString &path, const QString &text)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(text.toUtf8()) >= 0;
}

// Wall time of a whole process, in ms; -1 when it could not run.
double processMs(const QString &program, const QStringList &args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForFinished(120000) || p.exitStatus() != QProcess::NormalExit)
        return -1;
    return double(t.nsecsElapsed()) / 1e6;
}

qint64 statusKiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith(key))
            return line.mid(qsizetype(qstrlen(key))).trimmed().split(' ').first().toLongLong();
    return -1;
}

// --files OLD NEW [--json] [--repeat N] [--peak]: one diff (or N) as a whole
// process. --peak prints the RSS high-water growth of one diff, in KiB, measured
// in this fresh process (the kernel's mark is reset after the texts are read).
int runFiles(const QStringList &args)
{
    const qsizetype at = args.indexOf(QStringLiteral("--files"));
    if (at < 0 || at + 2 >= args.size()) {
        std::fprintf(stderr, "usage: bench_diff --files OLD NEW [--json] [--repeat N] [--peak]\n");
        return 2;
    }
    const QString oldText = readText(args[at + 1]);
    const QString newText = readText(args[at + 2]);
    if (args.contains(QStringLiteral("--peak"))) {
        QFile clear(QStringLiteral("/proc/self/clear_refs"));
        if (!clear.open(QIODevice::WriteOnly) || clear.write("5") != 1)
            return 3;
        clear.close();
        const qint64 before = statusKiB("VmRSS:");
        const VersionDiff d = VersionDiffer::diff(oldText, newText);
        const qint64 peak = statusKiB("VmHWM:");
        std::printf("%lld\n", (long long)(peak - before));
        return 0;
    }
    int repeat = 1;
    const qsizetype repeatAt = args.indexOf(QStringLiteral("--repeat"));
    if (repeatAt >= 0 && repeatAt + 1 < args.size())
        repeat = std::max(1, args[repeatAt + 1].toInt());
    VersionDiff d;
    for (int r = 0; r < repeat; ++r)
        d = VersionDiffer::diff(oldText, newText);
    if (args.contains(QStringLiteral("--json"))) {
        const QByteArray out = DiffJson::toJsonBytes(d);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    } else if (args.contains(QStringLiteral("--text"))) {
        DiffTextRenderer::Options o;
        o.equalContext = 1;
        const QByteArray out = DiffTextRenderer::render(d, o).toUtf8();
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    } else {
        std::printf("%d words added, %d removed, %d moved; %d blocks changed; work %lld\n",
                    d.stats.wordsAdded, d.stats.wordsRemoved, d.stats.wordsMoved,
                    d.stats.blocksChanged(), (long long)d.work);
    }
    return d.hasChanges() ? 1 : 0;
}

// Peak memory of one diff, measured in a fresh child process.
qint64 childPeakKiB(const QString &self, const QString &oldPath, const QString &newPath)
{
    QProcess p;
    p.start(self, {QStringLiteral("--files"), oldPath, newPath, QStringLiteral("--peak")});
    if (!p.waitForFinished(120000) || p.exitCode() != 0)
        return -1;
    bool ok = false;
    const qint64 v = p.readAllStandardOutput().trimmed().toLongLong(&ok);
    return ok ? v : -1;
}

struct Row
{
    QString name;
    qsizetype bytes;
    double git, engine, process, json;
    qint64 peakKiB;
    int hunks, moves;
    bool fallback;
    qint64 work;
};

Row measure(const QString &name, const QString &oldPath, const QString &newPath,
            const QString &oldText, const QString &newText, int reps, const QString &self)
{
    Row row{name, 0, 0, 0, 0, 0, 0, 0, 0, false, 0};
    row.bytes = QFileInfo(oldPath).size() + QFileInfo(newPath).size();
    const QStringList gitArgs{QStringLiteral("diff"), QStringLiteral("--no-index"),
                              QStringLiteral("--word-diff=porcelain"), oldPath, newPath};
    std::vector<double> git, engine, proc, json;
    VersionDiff d;
    for (int r = 0; r < reps; ++r) {
        git.push_back(processMs(QStringLiteral("git"), gitArgs));
        QElapsedTimer t;
        t.start();
        d = VersionDiffer::diff(oldText, newText);
        engine.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        const QByteArray bytes = DiffJson::toJsonBytes(d);
        json.push_back(double(t.nsecsElapsed()) / 1e6);
        proc.push_back(processMs(self, {QStringLiteral("--files"), oldPath, newPath,
                                        QStringLiteral("--json")}));
    }
    row.git = medianOf(git);
    row.engine = medianOf(engine);
    row.json = medianOf(json);
    row.process = medianOf(proc);
    row.peakKiB = childPeakKiB(self, oldPath, newPath);
    row.hunks = int(std::count_if(d.hunks.cbegin(), d.hunks.cend(),
                                  [](const DiffHunk &h) { return h.changed; }));
    row.moves = int(d.moves.size());
    row.fallback = d.fallbackUsed;
    row.work = d.work;
    return row;
}

void printHeader()
{
    std::printf("%-34s %9s %8s %9s %7s %9s %7s %7s %8s %6s %6s %s\n", "pair", "bytes", "git ms",
                "engine ms", "ratio", "process ms", "ratio", "json ms", "peak MiB", "xin",
                "hunks", "moves/fallback/work");
}

void printRow(const Row &r)
{
    const double peakMiB = r.peakKiB >= 0 ? double(r.peakKiB) / 1024.0 : -1;
    std::printf("%-34s %9lld %8.2f %9.3f %7.3f %9.2f %7.2f %7.2f %8.1f %6.1f %6d %d/%s/%lld\n",
                qPrintable(r.name.left(34)), (long long)r.bytes, r.git, r.engine,
                r.git > 0 ? r.engine / r.git : 0.0, r.process,
                r.git > 0 ? r.process / r.git : 0.0, r.json, peakMiB,
                r.peakKiB >= 0 ? double(r.peakKiB) * 1024.0 / double(r.bytes) : -1.0, r.hunks,
                r.moves, r.fallback ? "yes" : "no", (long long)r.work);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    // The one-diff driver runs without a QCoreApplication: it measures what a
    // QtCore-only command line costs at the least.
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    if (args.contains(QStringLiteral("--files")))
        return runFiles(args);
    QCoreApplication app(argc, argv);

    int reps = args.contains(QStringLiteral("--quick")) ? 3 : 9;
    const qsizetype repsAt = args.indexOf(QStringLiteral("--reps"));
    if (repsAt >= 0 && repsAt + 1 < args.size())
        reps = std::max(1, args[repsAt + 1].toInt());
    const QString self = QCoreApplication::applicationFilePath();

    QTemporaryDir tmp;
    const qsizetype writeAt = args.indexOf(QStringLiteral("--write"));
    const QDir dir(writeAt >= 0 && writeAt + 1 < args.size() ? args[writeAt + 1] : tmp.path());
    if (!dir.exists()) {
        std::fprintf(stderr, "cannot create a temporary directory\n");
        return 1;
    }
    std::printf("median of %d runs; ratio = ours / git (whole git process); process = this "
                "binary --files OLD NEW --json as a whole process;\npeak = RSS high-water growth "
                "of one engine run in a fresh process; xin = peak / (old + new bytes)\n\n", reps);
    printHeader();
    const struct
    {
        const char *name;
        qsizetype bytes;
        double changed;
    } specs[] = {{"generated 20 KB, few % + move", 20'000, 0.04},
                 {"generated 150 KB, few % + move", 150'000, 0.03},
                 {"generated 700 KB, few % + move", 700'000, 0.03},
                 {"generated 2 MB, 30% + move", 2'000'000, 0.30}};
    quint64 seed = 20240611;
    for (const auto &spec : specs) {
        const Pair p = generatePair(QString::fromLatin1(spec.name), spec.bytes, spec.changed, seed++);
        const QString oldPath = dir.filePath(QStringLiteral("%1_old.md").arg(seed));
        const QString newPath = dir.filePath(QStringLiteral("%1_new.md").arg(seed));
        if (!writeFile(oldPath, p.oldText) || !writeFile(newPath, p.newText))
            return 1;
        if (writeAt >= 0) {
            std::printf("%s: %s %s\n", spec.name, qPrintable(oldPath), qPrintable(newPath));
            continue;
        }
        printRow(measure(p.name, oldPath, newPath, p.oldText, p.newText, reps, self));
    }
    if (writeAt >= 0)
        return 0;

    // Real histories: consecutive versions of each document, read in place.
    QString ota = qEnvironmentVariable("CW_OTA_SAMPLE");
    if (ota.isEmpty())
        ota = QStringLiteral("/work/shared/data/ota-sample");
    const QDir versions(ota + QStringLiteral("/versions"));
    if (!versions.exists()) {
        std::printf("\nOTA sample not found at %s: skipped\n", qPrintable(ota));
        return 0;
    }
    std::printf("\nOTA sample (%s): consecutive versions, raw Markdown\n", qPrintable(ota));
    printHeader();
    for (const QString &service : versions.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        const QDir sdir(versions.filePath(service));
        for (const QString &type : sdir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            const QDir tdir(sdir.filePath(type));
            const QStringList files = tdir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
            for (qsizetype i = 1; i < files.size(); ++i) {
                const QString a = tdir.filePath(files[i - 1]), b = tdir.filePath(files[i]);
                printRow(measure(service + u'/' + type + u' ' + files[i].left(10), a, b,
                                 readText(a), readText(b), std::max(1, reps / 3), self));
            }
        }
    }
    return 0;
}
