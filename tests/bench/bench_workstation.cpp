// bench_workstation: the analyst's workstation on a large archive.
//
//   bench_workstation [--archive FILE] [--clauses N] [--runs R] [--regenerate]
//
// 1. Generates (once; reused while the file exists) an archive of N clauses
//    (default 1,000,000): 100 platforms × 2 documents × 5 versions, our own
//    generated policy-like text, direct SQL inserts in one transaction
//    (FTS triggers included). "Aardvark Mega" (listed first, so it opens at
//    launch) has 10,000 clauses in its current versions, all flagged; the
//    others have ~8% of their current clauses flagged.
// 2. First paint: the real binary (`clausewatch --archive FILE`, offscreen,
//    CW_BENCH_FIRST_PAINT=1) from process start to its first painted window,
//    wall time as seen here, and its peak RSS. Median of R runs.
// 3. Opening the 10,000-clause platform in a MainWindow in this process:
//    selectPlatform + repaint, alternating with a small platform; median, p95.
// 4. Search latency through SearchService over a query mix (words of all
//    frequencies, phrases, prefixes, flag filters): p50, p95, max.
// 5. Peak RSS of this process after 3 and 4.
// Goals on this machine: first paint < 1.5 s, platform < 200 ms, search p95
// < 100 ms, memory < 400 MB. Figures are printed; nothing is asserted.

#include "MainWindow.h"
#include "archive/Database.h"
#include "archive/Transaction.h"
#include "services/SearchService.h"
#include "util/Json.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWidget>

#include "ScriptedDialogs.h"

#include <algorithm>
#include <cstdio>
#include <random>

using namespace cw;

namespace {

constexpr int kPlatforms = 100;
constexpr int kDocuments = 2;
constexpr int kVersions = 5;
constexpr int kBigClausesPerVersion = 5000; // × 2 documents = 10,000 current clauses

// Words for generated clauses (written for this bench).
const char *const kWords[] = {
    "you", "we", "our", "the", "service", "account", "terms", "agree", "may", "will", "not",
    "content", "data", "personal", "information", "use", "provide", "any", "such", "other",
    "party", "parties", "notice", "days", "rights", "law", "applicable", "including", "limited",
    "without", "under", "these", "time", "access", "users", "third", "payment", "fees", "subscription",
    "cancel", "renewal", "period", "reasonable", "request", "delete", "retain", "months", "years",
    "license", "grant", "worldwide", "royalty", "free", "transferable", "liability", "damages",
    "indirect", "consequential", "warranty", "disclaim", "express", "implied", "merchantability",
    "fitness", "purpose", "dispute", "court", "jurisdiction", "governed", "state", "country",
    "binding", "claim", "claims", "jury", "waiver", "terminate", "suspend", "discretion",
    "change", "modify", "update", "email", "effective", "continued", "acceptance", "advertising",
    "partners", "cookies", "tracking", "identifiers", "location", "device", "analytics", "share",
    "sell", "transfer", "merger", "acquisition", "children", "age", "consent", "opt", "out",
    "security", "breach", "encryption", "storage", "backup", "support", "refund", "price", "tax",
    "invoice", "billing", "method", "card", "charge", "trial", "promotion", "feedback", "ideas",
    "models", "training", "machine", "learning", "automated", "decisions", "profiling", "export",
    "compliance", "sanctions", "government", "enforcement", "subpoena", "court", "order", "lawful"};
constexpr int kWordCount = int(sizeof kWords / sizeof *kWords);

// Rare terms, sprinkled so that searches hit a realistic share of clauses.
const char *const kRare[] = {"arbitration", "class action", "indemnify", "biometric",
                             "non-refundable", "automatically renew", "artificial intelligence",
                             "scraping", "sublicensable", "Delaware"};

struct Rng
{
    std::mt19937_64 gen{20260301};
    int below(int n) { return int(gen() % quint64(n)); }
};

QString sentence(Rng &rng, int words)
{
    QString s;
    for (int i = 0; i < words; ++i) {
        if (i)
            s += QLatin1Char(' ');
        s += QString::fromLatin1(kWords[rng.below(kWordCount)]);
    }
    s[0] = s[0].toUpper();
    return s + QLatin1Char('.');
}

QString clauseText(Rng &rng)
{
    QString t = sentence(rng, 10 + rng.below(10));
    if (rng.below(100) < 40)
        t += QLatin1Char(' ') + sentence(rng, 6 + rng.below(8));
    if (rng.below(100) < 6) {
        t.insert(t.indexOf(QLatin1Char(' ')) + 1,
                 QString::fromLatin1(kRare[rng.below(int(sizeof kRare / sizeof *kRare))]) + QLatin1Char(' '));
    }
    return t;
}

bool ok(const Status &s, const char *what)
{
    if (!s) {
        std::fprintf(stderr, "bench_workstation: %s: %s\n", what, qPrintable(s.error().toString()));
        return false;
    }
    return true;
}

template <typename T>
T value(Result<T> r, const char *what)
{
    if (!r) {
        std::fprintf(stderr, "bench_workstation: %s: %s\n", what, qPrintable(r.error().toString()));
        std::exit(2);
    }
    return std::move(*r);
}

// Generates the archive; returns the number of clauses written.
qint64 generate(const QString &path, qint64 totalClauses)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    auto db = value(Database::open(path), "creating the archive");
    ok(db->exec("PRAGMA synchronous = OFF"), "pragma");
    Rng rng;
    Transaction tx(*db);
    const char *types[][3] = {{"arbitration", "Mandatory arbitration", "high"},
                              {"class_action_waiver", "Class-action waiver", "high"},
                              {"limitation_of_liability", "Limitation of liability", "medium"},
                              {"auto_renewal", "Automatic renewal", "medium"},
                              {"data_retention", "Data retention", "medium"},
                              {"minimum_age", "Minimum age", "low"}};
    for (const auto &t : types) {
        auto st = value(db->prepare("INSERT INTO clause_types(key, name, category, default_severity, "
                                    "why_it_matters, consumer_impact, updated_at) VALUES "
                                    "(?, ?, 'Generated', ?, 'Why.', 'Impact.', '2026-01-01T00:00:00Z')"),
                        "prepare");
        st.bind(1, t[0]).bind(2, t[1]).bind(3, t[2]);
        ok(st.exec(), "clause type");
    }
    auto insPlatform = value(db->prepare("INSERT INTO platforms(name, category, created_at) VALUES (?, ?, ?)"), "p");
    auto insDoc = value(db->prepare("INSERT INTO documents(platform_id, terms_type, title, source_url, created_at) "
                                    "VALUES (?, ?, ?, ?, ?)"), "d");
    auto insSnap = value(db->prepare("INSERT INTO snapshots(document_id, captured_at, origin_kind, origin, "
                                     "content_type, raw, raw_sha256, text_sha256, outcome) "
                                     "VALUES (?, ?, 'url', ?, 'text/markdown', ?, ?, ?, 'version')"), "s");
    auto insVersion = value(db->prepare("INSERT INTO versions(document_id, number, text, text_sha256, "
                                        "first_snapshot_id, first_seen, last_verified) VALUES (?, ?, ?, ?, ?, ?, ?)"), "v");
    auto setSnapVersion = value(db->prepare("UPDATE snapshots SET version_id = ? WHERE id = ?"), "sv");
    auto insLineage = value(db->prepare("INSERT INTO lineages(document_id) VALUES (?)"), "l");
    auto insClause = value(db->prepare("INSERT INTO clauses(version_id, ordinal, start_offset, end_offset, "
                                       "heading_path, text, text_hash, lineage_id, lineage_status) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"), "c");
    auto insFlag = value(db->prepare("INSERT INTO flags(lineage_id, clause_id, type_key, severity, origin, "
                                     "evidence, summary, changed_since_review, created_at, updated_at) "
                                     "VALUES (?, ?, ?, ?, 'rule', '[[0,12]]', 'Generated summary.', ?, ?, ?)"), "f");
    const qint64 bigClauses = qint64(kDocuments) * kVersions * kBigClausesPerVersion;
    const qint64 smallVersions = qint64(kPlatforms - 1) * kDocuments * kVersions;
    const int perVersion = int((totalClauses - bigClauses) / smallVersions);
    // What the division leaves over goes to the last platform, so that the
    // archive holds exactly `totalClauses` when it divides by 10.
    const int lastExtra = int((totalClauses - bigClauses - perVersion * smallVersions) / (kDocuments * kVersions));
    qint64 written = 0;
    int flags = 0;
    const QString now = QStringLiteral("2026-01-01T00:00:00Z");
    for (int p = 0; p < kPlatforms; ++p) {
        const bool big = p == 0;
        const QString name = big ? QStringLiteral("Aardvark Mega") : QStringLiteral("Platform %1").arg(p, 3, 10, QLatin1Char('0'));
        insPlatform.reset();
        insPlatform.bind(1, name).bind(2, big ? QStringLiteral("Marketplace") : QStringLiteral("Generated")).bind(3, now);
        ok(insPlatform.exec(), "platform");
        const qint64 platformId = db->lastInsertId();
        const int clausesPerVersion = big ? kBigClausesPerVersion
                                      : perVersion + (p == kPlatforms - 1 ? lastExtra : 0);
        for (int d = 0; d < kDocuments; ++d) {
            const QString type = d == 0 ? QStringLiteral("Terms of Service") : QStringLiteral("Privacy Policy");
            insDoc.reset();
            insDoc.bind(1, platformId).bind(2, type).bind(3, QString(name + QLatin1Char(' ') + type))
                .bind(4, QStringLiteral("https://p%1.example/%2").arg(p).arg(d)).bind(5, now);
            ok(insDoc.exec(), "document");
            const qint64 docId = db->lastInsertId();
            QList<QString> texts;
            QList<qint64> lineages;
            for (int i = 0; i < clausesPerVersion; ++i) {
                texts << clauseText(rng);
                insLineage.reset();
                insLineage.bind(1, docId);
                ok(insLineage.exec(), "lineage");
                lineages << db->lastInsertId();
            }
            for (int v = 1; v <= kVersions; ++v) {
                QList<bool> changed(clausesPerVersion, false);
                if (v > 1) // ~3% of the clauses change wording in each version
                    for (int k = 0; k < std::max(1, clausesPerVersion / 33); ++k) {
                        const int i = rng.below(clausesPerVersion);
                        texts[i] = clauseText(rng);
                        changed[i] = true;
                    }
                // The version text: a heading every 20 clauses.
                QString text = QStringLiteral("# %1 %2").arg(name, type);
                QList<std::pair<int, int>> spans;
                QStringList headings;
                for (int i = 0; i < clausesPerVersion; ++i) {
                    if (i % 20 == 0) {
                        const QString h = QStringLiteral("%1. Section %1").arg(i / 20 + 1);
                        text += QStringLiteral("\n\n## ") + h;
                        headings << h;
                    }
                    text += QStringLiteral("\n\n");
                    spans.append({int(text.size()), int(text.size() + texts.at(i).size())});
                    text += texts.at(i);
                }
                const QString captured = QStringLiteral("%1-0%2-15T10:00:00Z").arg(2020 + v).arg(1 + d);
                const QByteArray raw = text.toUtf8();
                insSnap.reset();
                insSnap.bind(1, docId).bind(2, captured).bind(3, QStringLiteral("https://p%1.example/%2").arg(p).arg(d))
                    .bindBlob(4, raw).bind(5, QStringLiteral("%1").arg(qHash(raw), 64, 16, QLatin1Char('0')))
                    .bind(6, QStringLiteral("%1").arg(qHash(text), 64, 16, QLatin1Char('0')));
                ok(insSnap.exec(), "snapshot");
                const qint64 snapId = db->lastInsertId();
                insVersion.reset();
                insVersion.bind(1, docId).bind(2, v).bind(3, text)
                    .bind(4, QStringLiteral("%1").arg(qHash(text), 64, 16, QLatin1Char('0')))
                    .bind(5, snapId).bind(6, captured).bind(7, captured);
                ok(insVersion.exec(), "version");
                const qint64 versionId = db->lastInsertId();
                setSnapVersion.reset();
                setSnapVersion.bind(1, versionId).bind(2, snapId);
                ok(setSnapVersion.exec(), "snapshot version");
                for (int i = 0; i < clausesPerVersion; ++i) {
                    insClause.reset();
                    insClause.bind(1, versionId).bind(2, i).bind(3, spans.at(i).first).bind(4, spans.at(i).second)
                        .bind(5, stringListToJson({QStringLiteral("%1 %2").arg(name, type), headings.at(i / 20)}))
                        .bind(6, texts.at(i)).bind(7, QString::number(qHash(texts.at(i)), 16))
                        .bind(8, lineages.at(i))
                        .bind(9, v == 1 ? "new" : changed.at(i) ? "modified" : "unchanged");
                    ok(insClause.exec(), "clause");
                    ++written;
                    const qint64 clauseId = db->lastInsertId();
                    if (v == kVersions && (big || rng.below(100) < 8)) {
                        const auto &t = types[rng.below(6)];
                        insFlag.reset();
                        insFlag.bind(1, lineages.at(i)).bind(2, clauseId).bind(3, t[0]).bind(4, t[2])
                            .bind(5, changed.at(i) ? 1 : 0).bind(6, now).bind(7, now);
                        ok(insFlag.exec(), "flag");
                        ++flags;
                    }
                }
            }
        }
        if (p % 10 == 9)
            std::printf("  … %d platforms, %lld clauses, %d flags\n", p + 1, static_cast<long long>(written), flags);
        std::fflush(stdout);
    }
    auto meta = value(db->prepare("INSERT INTO archive_meta(key, value) VALUES ('bench_clauses', ?)"), "meta");
    meta.bind(1, QString::number(totalClauses));
    ok(meta.exec(), "meta");
    ok(tx.commit(), "commit");
    ok(db->exec("PRAGMA optimize"), "optimize");
    ok(db->exec("INSERT INTO clauses_fts(clauses_fts) VALUES ('optimize')"), "fts optimize");
    return written;
}

double percentile(QList<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype i = std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5));
    return v.at(i);
}

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    QString archive = QDir::tempPath() + QStringLiteral("/cw-bench-workstation.cwa");
    qint64 clauses = 1000000;
    int runs = 5;
    bool regenerate = false;
    for (int i = 0; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--archive") && i + 1 < args.size())
            archive = args.at(++i);
        else if (args.at(i) == QLatin1String("--clauses") && i + 1 < args.size())
            clauses = args.at(++i).toLongLong();
        else if (args.at(i) == QLatin1String("--runs") && i + 1 < args.size())
            runs = args.at(++i).toInt();
        else if (args.at(i) == QLatin1String("--regenerate"))
            regenerate = true;
    }

    // 1. The archive.
    bool reuse = !regenerate && QFileInfo::exists(archive);
    if (reuse) {
        auto db = Database::open(archive);
        auto st = db ? (*db)->prepare("SELECT value FROM archive_meta WHERE key = 'bench_clauses'")
                     : Result<Statement>(db.error());
        reuse = st && st->step().valueOr(false) && st->int64(0) == clauses;
    }
    if (!reuse) {
        std::printf("Generating %lld clauses into %s …\n", static_cast<long long>(clauses), qPrintable(archive));
        QElapsedTimer t;
        t.start();
        const qint64 n = generate(archive, clauses);
        std::printf("Generated %lld clauses in %.1f s (%.0f MB)\n", static_cast<long long>(n), t.elapsed() / 1000.0,
                    QFileInfo(archive).size() / 1e6);
    }
    {
        auto db = value(Database::open(archive), "opening");
        auto st = value(db->prepare("SELECT (SELECT count(*) FROM clauses), (SELECT count(*) FROM flags), "
                                    "(SELECT count(*) FROM versions), (SELECT count(*) FROM platforms)"), "counts");
        (void)st.step();
        std::printf("Archive: %lld clauses, %lld flags, %lld versions, %lld platforms, %.0f MB\n",
                    static_cast<long long>(st.int64(0)), static_cast<long long>(st.int64(1)),
                    static_cast<long long>(st.int64(2)), static_cast<long long>(st.int64(3)),
                    QFileInfo(archive).size() / 1e6);
    }

    // 2. First paint of the real binary.
    const QString binary = QCoreApplication::applicationDirPath() + QStringLiteral("/../../bin/clausewatch");
    QTemporaryDir config;
    QList<double> paintWall;
    QList<double> paintInside;
    long paintRss = 0;
    for (int r = 0; r < runs; ++r) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("CW_BENCH_FIRST_PAINT"), QStringLiteral("1"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), config.path());
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), config.path());
        p.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        p.start(binary, {QStringLiteral("--archive"), archive});
        QByteArray out;
        double wall = -1;
        while (p.waitForReadyRead(30000)) {
            out += p.readAllStandardOutput();
            if (out.contains("first-paint")) {
                wall = double(t.nsecsElapsed()) / 1e6;
                break;
            }
        }
        p.waitForFinished(30000);
        out += p.readAllStandardOutput();
        const QList<QByteArray> f = out.mid(out.indexOf("first-paint")).trimmed().split(' ');
        if (wall < 0 || f.size() < 4) {
            std::fprintf(stderr, "bench_workstation: no first paint from %s: %s\n", qPrintable(binary),
                         p.readAllStandardError().constData());
            return 2;
        }
        paintWall << wall;
        paintInside << f.at(1).toDouble();
        paintRss = std::max(paintRss, f.at(3).toLong());
    }

    // 3. Opening the big platform in a window in this process.
    QTemporaryDir settingsDir;
    QSettings qsettings(settingsDir.filePath(QStringLiteral("s.ini")), QSettings::IniFormat);
    cw::ui::testing::ScriptedDialogs dialogs;
    QList<double> openBig;
    QList<double> openSmall;
    QList<double> openBigData; // selectPlatform alone (queries and models), without painting
    {
        cw::ui::MainWindow window(value(Database::open(archive), "opening"), dialogs);
        window.show();
        QCoreApplication::processEvents();
        for (int r = 0; r < std::max(runs, 5) * 2; ++r) {
            const bool big = r % 2 == 1;
            QElapsedTimer t;
            t.start();
            window.selectPlatform(big ? QStringLiteral("Aardvark Mega") : QStringLiteral("Platform 042"));
            if (big)
                openBigData << double(t.nsecsElapsed()) / 1e6;
            window.repaint();
            QCoreApplication::processEvents();
            (big ? openBig : openSmall) << double(t.nsecsElapsed()) / 1e6;
        }
    }
    const long windowRss = peakRssKb();

    // 4. Search latency.
    QList<double> search;
    QList<double> searchFiltered;
    {
        auto db = value(Database::open(archive), "opening");
        const QStringList queries{
            QStringLiteral("arbitration"), QStringLiteral("\"class action\""), QStringLiteral("indemnify"),
            QStringLiteral("biometric"), QStringLiteral("non-refundable"), QStringLiteral("\"automatically renew\""),
            QStringLiteral("scraping"), QStringLiteral("Delaware"), QStringLiteral("sublicensable"),
            QStringLiteral("\"artificial intelligence\""), QStringLiteral("arbitr*"), QStringLiteral("jury AND waiver"),
            QStringLiteral("merchantability"), QStringLiteral("subpoena"), QStringLiteral("refund"),
            QStringLiteral("retain months"), QStringLiteral("\"personal information\""), QStringLiteral("cookies"),
            QStringLiteral("consequential damages"), QStringLiteral("terminate discretion"), QStringLiteral("you"),
            QStringLiteral("liability"), QStringLiteral("\"binding arbitration"), QStringLiteral("opt out")};
        for (int r = 0; r < runs; ++r) {
            for (const QString &q : queries) {
                SearchQuery sq;
                sq.text = q;
                sq.limit = 50;
                QElapsedTimer t;
                t.start();
                auto res = SearchService(*db).search(sq);
                search << double(t.nsecsElapsed()) / 1e6;
                if (!res)
                    std::fprintf(stderr, "search %s: %s\n", qPrintable(q), qPrintable(res.error().toString()));
                sq.severity = Severity::High;
                sq.flaggedOnly = true;
                t.restart();
                (void)SearchService(*db).search(sq);
                searchFiltered << double(t.nsecsElapsed()) / 1e6;
            }
        }
    }
    const long finalRss = peakRssKb();

    std::printf("\nFirst paint (launch → first painted window), median of %d: %.0f ms wall (%.0f ms inside the "
                "GUI module); goal < 1500 ms\n",
                runs, percentile(paintWall, 0.5), percentile(paintInside, 0.5));
    std::printf("  peak RSS of the launched process: %.0f MB; goal < 400 MB\n", paintRss / 1024.0);
    std::printf("Open the 10,000-clause platform: median %.0f ms, p95 %.0f ms (a small one: median %.0f ms); "
                "goal < 200 ms\n",
                percentile(openBig, 0.5), percentile(openBig, 0.95), percentile(openSmall, 0.5));
    std::printf("  of which queries and models (before painting): median %.0f ms\n", percentile(openBigData, 0.5));
    std::printf("Search (%lld queries): p50 %.1f ms, p95 %.1f ms, max %.1f ms; goal p95 < 100 ms\n",
                static_cast<long long>(search.size()), percentile(search, 0.5), percentile(search, 0.95),
                percentile(search, 1.0));
    std::printf("Search with flag filters (High, flagged only): p50 %.1f ms, p95 %.1f ms, max %.1f ms\n",
                percentile(searchFiltered, 0.5), percentile(searchFiltered, 0.95), percentile(searchFiltered, 1.0));
    std::printf("Peak RSS of this process (window + search): %.0f MB after the window, %.0f MB at the end\n",
                windowRss / 1024.0, finalRss / 1024.0);
    return 0;
}
