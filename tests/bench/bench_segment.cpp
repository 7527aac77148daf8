// bench_segment: segmentation throughput and clause-lineage time.
//
//   bench_segment [OTA_SAMPLE_DIR]
//
// 1. Segments a ~5 MB synthetic canonical document (best of 5) and prints MB/s,
//    with a baseline in the same process: QString::split on '\n' of the same text.
// 2. Matches 5,000 × 5,000 clauses in three scenarios: a typical revision (a few
//    percent changed, one section moved, all renumbered), every clause edited
//    (no exact matches: the similarity pass does all the work) and two unrelated
//    documents (every candidate rejected); median of 5. Baseline: normalising and
//    hashing the same 10,000 clauses (ClauseHash::normalise into a QHash).
// 3. When the Open Terms Archive sample exists (argument, $CW_OTA_SAMPLE or
//    /work/shared/data/ota-sample; read only), segments every real version and
//    runs lineage between consecutive versions of each document; prints counts
//    only — never any of that text. Skips cleanly when the sample is absent.
// No assertions on time: this prints figures for the reader.

#include "SyntheticPolicy.h"
#include "segment/ClauseHash.h"
#include "segment/ClauseLineage.h"
#include "segment/Segmenter.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace cw;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    std::vector<double> ms;
    for (int k = 0; k < runs; ++k) {
        QElapsedTimer t;
        t.start();
        work();
        ms.push_back(t.nsecsElapsed() / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms[ms.size() / 2];
}

double bestMs(int runs, const std::function<void()> &work)
{
    double best = 1e300;
    for (int k = 0; k < runs; ++k) {
        QElapsedTimer t;
        t.start();
        work();
        best = std::min(best, t.nsecsElapsed() / 1e6);
    }
    return best;
}

void benchSegmentation()
{
    test::SyntheticPolicy generator(20240601);
    const auto doc = generator.document(5 * 1024 * 1024);
    const double mb = double(doc.text.toUtf8().size()) / (1024.0 * 1024.0);
    qsizetype clauses = 0;
    const double ms = bestMs(5, [&] { clauses = Segmenter::segment(doc.text).size(); });
    qsizetype lines = 0;
    const double baseMs = bestMs(5, [&] { lines = doc.text.split(u'\n').size(); });
    std::printf("segmentation: %.2f MB, %lld clauses, best of 5: %.1f ms = %.1f MB/s "
                "(baseline QString::split('\\n'): %.1f ms, %lld lines; ratio %.1fx)\n",
                mb, qlonglong(clauses), ms, mb / (ms / 1000.0), baseMs, qlonglong(lines),
                ms / baseMs);
}

struct Scenario
{
    QList<PreviousClause> previous;
    QList<CurrentClause> current;
};

/// 50 sections of 100 clauses, numbered "s.k"; `edit` decides version 2.
Scenario makeScenario(const QStringList &base, const QStringList &other, int mode)
{
    Scenario s;
    for (int sec = 0; sec < 50; ++sec) {
        const QStringList path{QStringLiteral("Terms"),
                               QStringLiteral("%1. Part %2").arg(sec + 1).arg(sec)};
        for (int k = 0; k < 100; ++k)
            s.previous.append(PreviousClause{
                s.previous.size() + 1,
                QStringLiteral("%1.%2 ").arg(sec + 1).arg(k + 1) + base[sec * 100 + k], path, {}});
    }
    QList<int> order;
    for (int sec = 0; sec < 50; ++sec) {
        if (mode != 0 || sec != 10)
            order.append(sec);
    }
    if (mode == 0)
        order.append(10); // typical revision: section 10 moves to the end
    int added = 0;
    for (int pos = 0; pos < 50; ++pos) {
        const int sec = order[pos];
        const QStringList path{QStringLiteral("Terms"),
                               QStringLiteral("%1. Part %2").arg(pos + 1).arg(sec)};
        int number = 0;
        for (int k = 0; k < 100; ++k) {
            const int p = sec * 100 + k;
            QString words = base[p];
            if (mode == 2) {
                words = other[p]; // unrelated document
            } else if (mode == 1 || p % 20 == 3) {
                QStringList w = words.split(u' ');
                w[w.size() / 2] = QStringLiteral("zzzchanged");
                words = w.join(u' ');
            }
            if (mode == 0 && p % 50 == 49)
                continue; // deleted
            s.current.append(
                CurrentClause{QStringLiteral("%1.%2 ").arg(pos + 1).arg(++number) + words, path, {}});
            if (mode == 0 && k % 50 == 10)
                s.current.append(CurrentClause{
                    QStringLiteral("%1.%2 ").arg(pos + 1).arg(++number) + other[added++], path, {}});
        }
    }
    return s;
}

void benchLineage()
{
    const QStringList base = test::SyntheticPolicy(7).clauses(5000);
    const QStringList other = test::SyntheticPolicy(99).clauses(5000);
    const char *names[] = {"typical revision", "every clause edited", "unrelated documents"};
    for (int mode = 0; mode < 3; ++mode) {
        const Scenario s = makeScenario(base, other, mode);
        LineageResult r;
        const double ms = medianMs(5, [&] { r = ClauseLineage::match(s.previous, s.current); });
        QMap<QString, int> counts;
        int renumbered = 0;
        for (const LineageMatch &m : r.matches) {
            ++counts[lineageStatusKey(m.status)];
            renumbered += m.renumbered;
        }
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
        std::printf(
            "lineage %lld x %lld, %s: median of 5: %.1f ms (%s; renumbered %d; removed %lld)\n",
            qlonglong(s.previous.size()), qlonglong(s.current.size()), names[mode], ms,
            qPrintable(parts.join(QStringLiteral(", "))), renumbered, qlonglong(r.removed.size()));
        if (mode == 0) {
            const double baseMs = medianMs(5, [&] {
                QHash<QString, int> h;
                for (const auto &c : s.previous)
                    h.insert(ClauseHash::normalise(c.text), 0);
                for (const auto &c : s.current)
                    h.insert(ClauseHash::normalise(c.text), 0);
            });
            std::printf(
                "  baseline (normalise + hash all clauses): %.1f ms; lineage/baseline %.1fx\n",
                baseMs, ms / baseMs);
        }
    }
}

/// A rough stand-in for the extractor, enough to segment the recorded
/// Markdown: Setext headings to '#', unescape "\.", reduce links to their text, drop emphasis
/// marks, trim line ends, collapse runs of blank lines.
QString roughCanonical(QString md)
{
    static const QRegularExpression link(QStringLiteral(R"(\[([^\]]*)\]\([^)]*\))"));
    static const QRegularExpression emphasis(QStringLiteral(R"(\*\*|__)"));
    static const QRegularExpression escape(QStringLiteral(R"(\\([\\`*_{}\[\]()#+\-.!|>]))"));
    static const QRegularExpression trailing(QStringLiteral(R"([ \t\x{00a0}]+\n)"));
    static const QRegularExpression blankRuns(QStringLiteral(R"(\n{3,})"));
    static const QRegularExpression setext1(QStringLiteral(R"(^([^\n]+)\n=+[ \t]*$)"),
                                            QRegularExpression::MultilineOption);
    static const QRegularExpression setext2(QStringLiteral(R"(^([^\n-][^\n]*)\n-{3,}[ \t]*$)"),
                                            QRegularExpression::MultilineOption);
    md.replace(u'\r', QString());
    md.replace(setext1, QStringLiteral("# \\1"));
    md.replace(setext2, QStringLiteral("## \\1"));
    md.replace(link, QStringLiteral("\\1"));
    md.replace(emphasis, QString());
    md.replace(escape, QStringLiteral("\\1"));
    md.replace(QChar(0xA0), u' ');
    md.replace(trailing, QStringLiteral("\n"));
    md.replace(blankRuns, QStringLiteral("\n\n"));
    return md.trimmed();
}

void benchOtaSample(const QString &dir)
{
    QFile manifest(dir + QStringLiteral("/manifest.tsv"));
    if (!manifest.open(QIODevice::ReadOnly)) {
        std::printf("OTA sample: not found at %s, skipped\n", qPrintable(dir));
        return;
    }
    struct Version
    {
        QString date;
        QString path;
    };
    QMap<QString, QList<Version>> documents; // "service / type" → versions by date
    const QStringList rows = QString::fromUtf8(manifest.readAll()).split(u'\n', Qt::SkipEmptyParts);
    for (qsizetype k = 1; k < rows.size(); ++k) {
        const QStringList f = rows[k].split(u'\t');
        if (f.size() >= 6)
            documents[f[0] + QStringLiteral(" / ") + f[1]].append(Version{f[2], f[5]});
    }
    std::printf("OTA sample: %lld documents\n", qlonglong(documents.size()));
    qint64 totalBytes = 0;
    double totalSegMs = 0;
    double totalLineageMs = 0;
    qsizetype totalClauses = 0;
    int versions = 0;
    QMap<QString, int> totalStatus;
    for (auto it = documents.begin(); it != documents.end(); ++it) {
        std::sort(it->begin(), it->end(),
                  [](const Version &a, const Version &b) { return a.date < b.date; });
        QList<PreviousClause> previous;
        std::printf("  %s\n", qPrintable(it.key()));
        for (const Version &v : *it) {
            QFile f(dir + u'/' + v.path);
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray raw = f.readAll();
            const QString text = roughCanonical(QString::fromUtf8(raw));
            QElapsedTimer t;
            t.start();
            const QList<ClauseSpan> spans = Segmenter::segment(text);
            const double segMs = t.nsecsElapsed() / 1e6;
            QMap<QString, int> kinds;
            int maxDepth = 0;
            QList<CurrentClause> current;
            for (const ClauseSpan &s : spans) {
                ++kinds[clauseKindKey(s.kind)];
                maxDepth = std::max(maxDepth, s.depth);
                current.append(CurrentClause{s.textIn(text).toString(), s.headingPath, {}});
            }
            QString lineageText;
            if (!previous.isEmpty()) {
                t.restart();
                const LineageResult r = ClauseLineage::match(previous, current);
                const double lineageMs = t.nsecsElapsed() / 1e6;
                totalLineageMs += lineageMs;
                QMap<QString, int> status;
                int renumbered = 0;
                for (const LineageMatch &m : r.matches) {
                    ++status[lineageStatusKey(m.status)];
                    ++totalStatus[lineageStatusKey(m.status)];
                    renumbered += m.renumbered;
                }
                totalStatus[QStringLiteral("removed")] += int(r.removed.size());
                lineageText =
                    QStringLiteral(" | lineage %1 ms: unchanged %2, moved %3, modified %4, "
                                   "moved_modified %5, new %6, removed %7, renumbered %8")
                        .arg(lineageMs, 0, 'f', 2)
                        .arg(status.value(QStringLiteral("unchanged")))
                        .arg(status.value(QStringLiteral("moved")))
                        .arg(status.value(QStringLiteral("modified")))
                        .arg(status.value(QStringLiteral("moved_modified")))
                        .arg(status.value(QStringLiteral("new")))
                        .arg(r.removed.size())
                        .arg(renumbered);
            }
            QStringList kindParts;
            for (auto k = kinds.cbegin(); k != kinds.cend(); ++k)
                kindParts.append(QStringLiteral("%1 %2").arg(k.key()).arg(k.value()));
            std::printf("    %s: %lld bytes, %lld clauses (%s), max depth %d, %.2f ms%s\n",
                        qPrintable(v.date), qlonglong(raw.size()), qlonglong(spans.size()),
                        qPrintable(kindParts.join(QStringLiteral(", "))), maxDepth, segMs,
                        qPrintable(lineageText));
            totalBytes += raw.size();
            totalSegMs += segMs;
            totalClauses += spans.size();
            ++versions;
            previous.clear();
            for (qsizetype k = 0; k < current.size(); ++k)
                previous.append(PreviousClause{k + 1, current[k].text, current[k].headingPath, {}});
        }
    }
    QStringList statusParts;
    for (auto k = totalStatus.cbegin(); k != totalStatus.cend(); ++k)
        statusParts.append(QStringLiteral("%1 %2").arg(k.key()).arg(k.value()));
    std::printf("OTA sample total: %d versions, %.2f MB, %lld clauses, segmentation %.1f ms "
                "(%.1f MB/s), lineage %.1f ms; %s\n",
                versions, totalBytes / (1024.0 * 1024.0), qlonglong(totalClauses), totalSegMs,
                totalBytes / (1024.0 * 1024.0) / (totalSegMs / 1000.0), totalLineageMs,
                qPrintable(statusParts.join(QStringLiteral(", "))));
}

} // namespace

int main(int argc, char **argv)
{
    benchSegmentation();
    benchLineage();
    QString dir =
        argc > 1 ? QString::fromLocal8Bit(argv[1]) : qEnvironmentVariable("CW_OTA_SAMPLE");
    if (dir.isEmpty())
        dir = QStringLiteral("/work/shared/data/ota-sample");
    if (QDir(dir).exists())
        benchOtaSample(dir);
    else
        std::printf("OTA sample: %s absent, skipped\n", qPrintable(dir));
    return 0;
}
