// bench_ota: how fast OtaRepositorySource reads Open Terms Archive versions
// repositories, against git itself reading the same versions in the same run.
//
//   bench_ota [--versions N] [--kb K] [--runs R] [--sample DIR] [--keep DIR]
//   bench_ota --repo DIR [--runs R]     (measure an existing clone only)
//
// 1. The real sample (../shared/data/ota-sample, or --sample / $CW_OTA_SAMPLE):
//    its build-repo.sh lays it out as a versions repository in a temporary
//    folder, which is then read. Skipped, with a message, when absent.
// 2. A generated repository: N versions (default 2,000) of ten documents of
//    about K KB (default 30) each, our own generated text, written with
//    `git fast-import` (packed with deltas, like a clone).
//
// Baseline: `git log --first-parent --reverse --raw` lists the documents each
// commit adds or changes, then `git cat-file --batch` reads those blobs; its
// wall time (both processes) is what "git reading the same versions" costs.
// Each figure is the median of R runs (default 5), ours and git's alternating.
// Goals: reading the history within 3x of git's read; the whole import
// pipeline at >= 100 versions/s. The pipeline's ratio to git's read is
// printed too, for the record: it stores, segments, classifies and indexes
// what git only reads.

#include "capture/git/GitLibrary.h"
#include "archive/Database.h"
#include "capture/git/OtaRepositorySource.h"
#include "services/ImportService.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>
#include <sys/resource.h>

using namespace cw;

namespace {

struct Totals
{
    int versions = 0;
    qint64 bytes = 0;
    int kinds[4] = {0, 0, 0, 0}; ///< by OtaCommitKind
    QSet<QString> documents;
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0.0 : values.at(values.size() / 2);
}

long peakRssKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

// Current resident memory from /proc/self/status: anonymous (heap) and
// file-backed (mostly the mapped pack files, shared with the page cache).
struct Resident
{
    long anonKb = 0;
    long fileKb = 0;
};

Resident residentNow()
{
    Resident r;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return r;
    for (const QByteArray &line : status.readAll().split('\n')) {
        const QList<QByteArray> f = line.simplified().split(' ');
        if (f.size() >= 2 && f[0] == "RssAnon:")
            r.anonKb = f[1].toLong();
        else if (f.size() >= 2 && f[0] == "RssFile:")
            r.fileKb = f[1].toLong();
    }
    return r;
}

Resident g_maxDuringRead;

// ---- ours ---------------------------------------------------------------------

bool readOurs(const QString &repo, const OtaFilter &filter, Totals *totals, QString *error)
{
    auto source = OtaRepositorySource::open(repo);
    if (!source) {
        *error = source.error().toString();
        return false;
    }
    Totals t;
    const Status status = source->forEachCapture(filter, [&t](const OtaCapture &c) {
        ++t.versions;
        t.bytes += c.content.size();
        ++t.kinds[int(c.kind)];
        t.documents.insert(c.path);
        return true;
    });
    if (!status) {
        *error = status.error().toString();
        return false;
    }
    // Sampled at the end of the walk, with the repository still open.
    const Resident now = residentNow();
    g_maxDuringRead.anonKb = std::max(g_maxDuringRead.anonKb, now.anonKb);
    g_maxDuringRead.fileKb = std::max(g_maxDuringRead.fileKb, now.fileKb);
    *totals = t;
    return true;
}

OtaFilter everythingImported(const QString &repo)
{
    OtaFilter filter;
    auto source = OtaRepositorySource::open(repo);
    if (source)
        (void)source->forEachCapture({}, [&filter](const OtaCapture &c) {
            filter.resumeAfter.insert(c.path, c.commitId);
            return true;
        });
    return filter;
}

// ---- git ----------------------------------------------------------------------

bool isDocumentPath(const QByteArray &path)
{
    const int slash = path.indexOf('/');
    return slash > 0 && path.indexOf('/', slash + 1) < 0 && path.endsWith(".md") &&
           !path.startsWith('.') && path.at(slash + 1) != '.';
}

bool readWithGit(const QString &repo, Totals *totals, QString *error)
{
    QProcess log;
    log.setProgram(QStringLiteral("git"));
    log.setArguments({QStringLiteral("-C"), repo, QStringLiteral("log"),
                      QStringLiteral("--first-parent"), QStringLiteral("--reverse"),
                      QStringLiteral("--root"), QStringLiteral("--raw"),
                      QStringLiteral("--no-abbrev"), QStringLiteral("--no-renames"),
                      QStringLiteral("--format=%H")});
    log.start();
    if (!log.waitForFinished(-1) || log.exitCode() != 0) {
        *error =
            QStringLiteral("git log failed: ") + QString::fromLocal8Bit(log.readAllStandardError());
        return false;
    }
    // Raw lines: ":100644 100644 <old> <new> M\t<path>"
    QByteArray request;
    int versions = 0;
    const QList<QByteArray> lines = log.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        if (!line.startsWith(':'))
            continue;
        const int tab = line.indexOf('\t');
        const QList<QByteArray> fields = line.left(tab).split(' ');
        if (fields.size() < 5 || tab < 0)
            continue;
        const char status = fields.at(4).at(0);
        if ((status != 'A' && status != 'M' && status != 'T') || fields.at(2) == fields.at(3) ||
            (!fields.at(1).startsWith("1007") && !fields.at(1).startsWith("1006")))
            continue;
        if (!isDocumentPath(line.mid(tab + 1)))
            continue;
        request += fields.at(3) + '\n';
        ++versions;
    }

    QProcess cat;
    cat.setProgram(QStringLiteral("git"));
    cat.setArguments(
        {QStringLiteral("-C"), repo, QStringLiteral("cat-file"), QStringLiteral("--batch")});
    cat.start();
    cat.write(request);
    cat.closeWriteChannel();
    qint64 output = 0;
    while (cat.state() != QProcess::NotRunning || cat.bytesAvailable() > 0) {
        if (cat.bytesAvailable() == 0)
            cat.waitForReadyRead(-1);
        output += cat.readAllStandardOutput().size();
    }
    if (cat.exitCode() != 0) {
        *error = QStringLiteral("git cat-file failed");
        return false;
    }
    // Output is "<id> blob <size>\n<content>\n" per blob: take the framing off.
    totals->versions = versions;
    totals->bytes = output;
    return true;
}

// ---- one measured repository ------------------------------------------------------

bool measure(const QString &label, const QString &repo, int runs)
{
    QList<double> ours, git, rerun;
    Totals oursTotals, gitTotals;
    QString error;
    // One warm-up of each so that both read from the page cache.
    if (!readOurs(repo, {}, &oursTotals, &error) || !readWithGit(repo, &gitTotals, &error)) {
        std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(error));
        return false;
    }
    const OtaFilter resumeAll = everythingImported(repo);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        if (!readOurs(repo, {}, &oursTotals, &error))
            return false;
        ours << timer.nsecsElapsed() / 1e9;
        timer.restart();
        if (!readWithGit(repo, &gitTotals, &error)) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(error));
            return false;
        }
        git << timer.nsecsElapsed() / 1e9;
        Totals none;
        timer.restart();
        if (!readOurs(repo, resumeAll, &none, &error))
            return false;
        rerun << timer.nsecsElapsed() / 1e9;
        if (none.versions != 0) {
            std::fprintf(stderr, "%s: re-run with every resume point read %d versions\n",
                         qPrintable(label), none.versions);
            return false;
        }
    }
    QList<double> unverified;
    GitLibrary::setVerifyObjectHashes(false);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        Totals t;
        if (!readOurs(repo, {}, &t, &error))
            return false;
        unverified << timer.nsecsElapsed() / 1e9;
    }
    GitLibrary::setVerifyObjectHashes(true);

    if (gitTotals.versions != oursTotals.versions) {
        std::fprintf(stderr, "%s: version counts differ: ours %d, git %d\n", qPrintable(label),
                     oursTotals.versions, gitTotals.versions);
        return false;
    }
    const double o = median(ours), g = median(git), r = median(rerun);
    const double mb = oursTotals.bytes / 1e6;
    std::printf("%s: %d versions of %d documents, %.1f MB (first %d, change %d, technical %d, "
                "unknown %d)\n",
                qPrintable(label), oursTotals.versions, int(oursTotals.documents.size()), mb,
                oursTotals.kinds[int(OtaCommitKind::First)],
                oursTotals.kinds[int(OtaCommitKind::Change)],
                oursTotals.kinds[int(OtaCommitKind::Technical)],
                oursTotals.kinds[int(OtaCommitKind::Unknown)]);
    std::printf("  ours   %.3f s  %8.0f versions/s  %7.1f MB/s\n", o, oursTotals.versions / o,
                mb / o);
    std::printf("  git    %.3f s  %8.0f versions/s  %7.1f MB/s  (log + cat-file --batch)\n", g,
                gitTotals.versions / g, mb / g);
    std::printf("  ratio  ours/git %.2f  (reading the history: goal <= 3)\n", o / g);
    const double u = median(unverified);
    std::printf("  ours without object hash verification: %.3f s, ratio %.2f\n", u, u / g);
    std::printf("  re-run with every document's resume point: %.3f s (0 versions read)\n", r);
    std::printf("  resident at the end of a read: heap %ld MB, mapped files %ld MB\n",
                g_maxDuringRead.anonKb / 1024, g_maxDuringRead.fileKb / 1024);
    g_maxDuringRead = {};

    // The whole import pipeline (extract, version, segment, lineage, classify,
    // store, index) into a fresh archive, against git's read time above.
    {
        QTemporaryDir dir;
        auto db = Database::open(dir.filePath(QStringLiteral("bench.cwa")));
        if (!db) {
            std::fprintf(stderr, "%s: %s\n", qPrintable(label), qPrintable(db.error().toString()));
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        auto summary = ImportService(**db).importOta(repo, {});
        const double seconds = timer.nsecsElapsed() / 1e9;
        if (!summary) {
            std::fprintf(stderr, "%s: import: %s\n", qPrintable(label),
                         qPrintable(summary.error().toString()));
            return false;
        }
        std::printf("  import pipeline  %.3f s  %8.0f captures/s  %6.0f versions/s (goal >= 100)  "
                    "%7.1f MB/s  ratio to git's read %.2f\n",
                    seconds, summary->captures / seconds, summary->versionsAdded / seconds,
                    mb / seconds, seconds / g);
        std::printf("    %d captures: %d versions, %d verifications, %d technical, %d suspect, "
                    "%d clauses, %d flags\n",
                    summary->captures, summary->versionsAdded, summary->verifications,
                    summary->technical, summary->suspect, summary->clauses, summary->flagsAdded);
    }
    std::fflush(stdout);
    return true;
}

// ---- the generated repository --------------------------------------------------------

// Our own filler vocabulary: generic contract words, no real document's text.
const char *const kWords[] = {
    "account",   "service",    "user",     "provider",     "content",     "licence",  "terminate",
    "suspend",   "notice",     "data",     "process",      "retain",      "share",    "partner",
    "liability", "limit",      "warranty", "dispute",      "arbitration", "court",    "law",
    "govern",    "change",     "update",   "agree",        "consent",     "withdraw", "request",
    "access",    "delete",     "transfer", "country",      "security",    "incident", "report",
    "payment",   "refund",     "fee",      "subscription", "period",      "renew",    "cancel",
    "minor",     "parent",     "guardian", "community",    "rule",        "remove",   "appeal",
    "review",    "automated",  "decision", "profile",      "advertising", "measure",  "cookie",
    "device",    "identifier", "location", "message",      "feature",     "beta",     "third",
    "party",     "reasonable", "promptly", "applicable",   "including",   "without",  "reason"};

class TextGenerator
{
public:
    explicit TextGenerator(unsigned seed) : m_rng(seed) {}

    QByteArray paragraph(int approxBytes)
    {
        QByteArray p;
        while (p.size() < approxBytes) {
            const int words = 8 + int(m_rng() % 14);
            QByteArray sentence;
            for (int w = 0; w < words; ++w) {
                if (w)
                    sentence += ' ';
                sentence += kWords[m_rng() % std::size(kWords)];
            }
            sentence[0] = char(std::toupper(sentence[0]));
            p += sentence + ". ";
        }
        p.chop(1);
        return p;
    }

    unsigned next(unsigned bound) { return m_rng() % bound; }

private:
    std::mt19937 m_rng;
};

struct Document
{
    QByteArray path;
    QByteArray title;
    QList<QByteArray> paragraphs;

    QByteArray render() const
    {
        QByteArray out = "# " + title + "\n\n";
        for (qsizetype i = 0; i < paragraphs.size(); ++i) {
            if (i % 6 == 0)
                out += "## " + QByteArray::number(i / 6 + 1) + ". Section\n\n";
            out += paragraphs.at(i) + "\n\n";
        }
        out.chop(1);
        return out;
    }
};

QByteArray fastImportData(const QByteArray &data)
{
    return "data " + QByteArray::number(data.size()) + '\n' + data + '\n';
}

bool generateRepository(const QString &dir, int versions, int kb, QString *error)
{
    const QStringList services{"Acme", "Borealis", "Cobalt", "Dynamo", "Ember"};
    const QStringList types{"Terms of Service", "Privacy Policy"};
    TextGenerator gen(20260501u);
    QList<Document> docs;
    const int paragraphBytes = 480;
    const int paragraphsPerDoc = std::max(4, kb * 1000 / (paragraphBytes + 2));
    for (const QString &s : services)
        for (const QString &t : types) {
            Document d;
            d.path = (s + QLatin1Char('/') + t + QStringLiteral(".md")).toUtf8();
            d.title = (s + QLatin1Char(' ') + t).toUtf8();
            for (int i = 0; i < paragraphsPerDoc; ++i)
                d.paragraphs << gen.paragraph(paragraphBytes);
            docs << d;
        }

    QProcess init;
    init.start(QStringLiteral("git"), {QStringLiteral("init"), QStringLiteral("-q"), dir});
    if (!init.waitForFinished(-1) || init.exitCode() != 0) {
        *error = QStringLiteral("git init failed");
        return false;
    }

    // Streamed to fast-import commit by commit, so that the benchmark's own
    // memory stays small and the peak-memory figure is the reader's.
    QProcess fastImport;
    fastImport.start(QStringLiteral("git"),
                     {QStringLiteral("-C"), dir, QStringLiteral("fast-import"),
                      QStringLiteral("--quiet"), QStringLiteral("--done")});
    if (!fastImport.waitForStarted(-1)) {
        *error = QStringLiteral("cannot start git fast-import");
        return false;
    }
    QByteArray stream;
    QList<bool> recorded(docs.size(), false);
    qint64 time = QDateTime(QDate(2019, 1, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch();
    for (int v = 0; v < versions; ++v) {
        const int di = int(gen.next(unsigned(docs.size())));
        Document &d = docs[di];
        QByteArray subject;
        if (!recorded[di]) {
            subject = "First record of " + d.title;
            recorded[di] = true;
        } else if (gen.next(15) == 0) {
            subject = "Apply technical or declaration upgrade on " + d.title;
            // A re-extraction: same words, different spacing in one paragraph.
            QByteArray &p = d.paragraphs[gen.next(unsigned(d.paragraphs.size()))];
            p = p.contains(". ") ? p.replace(". ", ".  ") : p + ' ';
        } else {
            subject = "Record new changes of " + d.title;
            const int edits = 1 + int(gen.next(3));
            // Edits can cancel out (insert then remove at one place): always
            // change one paragraph too, so that every commit is a new version.
            d.paragraphs[gen.next(unsigned(d.paragraphs.size()))] = gen.paragraph(paragraphBytes);
            for (int e = 0; e < edits; ++e) {
                const int at = int(gen.next(unsigned(d.paragraphs.size())));
                switch (gen.next(3)) {
                case 0:
                    d.paragraphs[at] = gen.paragraph(paragraphBytes);
                    break;
                case 1:
                    d.paragraphs.insert(at, gen.paragraph(paragraphBytes));
                    break;
                default:
                    if (d.paragraphs.size() > 4)
                        d.paragraphs.removeAt(at);
                }
            }
        }
        time += 3600 * (1 + gen.next(72));
        const QByteArray stamp = QByteArray::number(time) + " +0000";
        const QByteArray message =
            subject + "\n\nThis version was recorded by the benchmark generator.\n";
        stream += "commit refs/heads/main\n";
        stream += "mark :" + QByteArray::number(v + 1) + '\n';
        stream += "author Bench Bot <bot@bench.invalid> " + stamp + '\n';
        stream += "committer Bench Bot <bot@bench.invalid> " + stamp + '\n';
        stream += fastImportData(message);
        if (v > 0)
            stream += "from :" + QByteArray::number(v) + '\n';
        stream += "M 100644 inline " + d.path + '\n';
        stream += fastImportData(d.render());
        fastImport.write(stream);
        stream.clear();
        while (fastImport.bytesToWrite() > (1 << 20))
            fastImport.waitForBytesWritten(-1);
    }
    fastImport.write("done\n");
    fastImport.closeWriteChannel();
    if (!fastImport.waitForFinished(-1) || fastImport.exitCode() != 0) {
        *error = QStringLiteral("git fast-import failed: ") +
                 QString::fromLocal8Bit(fastImport.readAllStandardError());
        return false;
    }
    QProcess head;
    head.start(QStringLiteral("git"), {QStringLiteral("-C"), dir, QStringLiteral("symbolic-ref"),
                                       QStringLiteral("HEAD"), QStringLiteral("refs/heads/main")});
    head.waitForFinished(-1);
    return head.exitCode() == 0;
}

QString findSample(const QString &option)
{
    QStringList candidates;
    if (!option.isEmpty()) {
        candidates << option; // an explicit choice: nothing else is tried
    } else {
        if (qEnvironmentVariableIsSet("CW_OTA_SAMPLE"))
            candidates << qEnvironmentVariable("CW_OTA_SAMPLE");
        // From /work/main, or from a worktree one level deeper.
        candidates << QStringLiteral(CW_SOURCE_DIR "/../shared/data/ota-sample")
                   << QStringLiteral(CW_SOURCE_DIR "/../../shared/data/ota-sample");
    }
    for (const QString &c : candidates)
        if (QFileInfo::exists(c + QStringLiteral("/build-repo.sh")))
            return QDir(c).canonicalPath();
    return {};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int versions = 2000, kb = 30, runs = 5;
    QString sampleOption, keep, existing;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--versions"))
            versions = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--kb"))
            kb = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--runs"))
            runs = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--sample"))
            sampleOption = args[i + 1];
        else if (args[i] == QLatin1String("--keep"))
            keep = args[i + 1];
        else if (args[i] == QLatin1String("--repo"))
            existing = args[i + 1];
    }
    if (versions < 1 || kb < 1 || runs < 1) {
        std::fprintf(stderr, "usage: bench_ota [--versions N] [--kb K] [--runs R] [--sample DIR] "
                             "[--keep DIR] | --repo DIR [--runs R]\n");
        return 2;
    }
    if (!existing.isEmpty()) {
        const bool measured = measure(existing, existing, runs);
        std::printf("peak resident memory: %ld MB\n", peakRssKb() / 1024);
        return measured ? 0 : 1;
    }

    QTemporaryDir tmp;
    const QString work = keep.isEmpty() ? tmp.path() : keep;
    QDir().mkpath(work);
    bool ok = true;

    // 1. The real Open Terms Archive sample.
    const QString sample = findSample(sampleOption);
    if (sample.isEmpty()) {
        std::printf("ota-sample: skipped (not found; set CW_OTA_SAMPLE or --sample)\n");
    } else {
        const QString dest = work + QStringLiteral("/ota-sample-repo");
        QProcess build;
        build.start(QStringLiteral("bash"), {sample + QStringLiteral("/build-repo.sh"), dest});
        if (!build.waitForFinished(-1) || build.exitCode() != 0) {
            std::fprintf(stderr, "ota-sample: build-repo.sh failed: %s\n",
                         build.readAllStandardError().constData());
            ok = false;
        } else {
            ok = measure(QStringLiteral("ota-sample (build-repo.sh)"), dest, runs) && ok;
            std::printf("peak resident memory so far: %ld MB\n", peakRssKb() / 1024);
        }
    }

    // 2. The generated repository.
    const QString generated = work + QStringLiteral("/generated-repo");
    QElapsedTimer timer;
    timer.start();
    QString error;
    if (!generateRepository(generated, versions, kb, &error)) {
        std::fprintf(stderr, "generated: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("generated %d versions of ~%d KB documents with git fast-import in %.1f s\n",
                versions, kb, timer.nsecsElapsed() / 1e9);
    ok = measure(QStringLiteral("generated"), generated, runs) && ok;
    std::printf("peak resident memory: %ld MB\n", peakRssKb() / 1024);
    return ok ? 0 : 1;
}
