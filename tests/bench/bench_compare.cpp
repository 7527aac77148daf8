// bench_compare: the comparison matrix and point-in-time re-computation on a
// generated archive.
//
//   bench_compare [PLATFORMS] [TYPES]      (defaults: 2000 platforms, 40 types)
//
// With $CW_BENCH_ARCHIVE set, the generated archive is kept at that path and
// reused by later runs (generation takes ~25 s here).
//
// Generates an archive straight into SQLite (the import pipeline is not what
// is measured): every platform has Terms of Service and a Privacy Policy with 4
// versions first seen between 2021 and 2025, 40 clauses per version with
// lineage across versions (each revision rewords 2, adds 1 and drops 1), and 12
// flagged lineages per document over the clause types (data types on privacy
// documents), a mix of suggested, confirmed and rejected.
//
// Prints the median of 5 runs of: the matrix now (facts from SQL + build), the
// matrix on a past date, the changes between two dates, re-filtering a loaded
// matrix (no SQL), a clause-type page; and, as the baseline measured in the
// same process, a plain scan that counts the current versions' flags by
// platform and type (the least any matrix must read). Goals (issue 8): matrix
// < 300 ms, point in time < 1 s. No assertions on time.

#include "archive/Database.h"
#include "archive/Transaction.h"
#include "compare/MatrixBuilder.h"
#include "services/ComparisonService.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

using namespace cw;

namespace {

// Wall and CPU time of one piece of work, median of `runs`. The machine this
// runs on is shared: CPU time is the figure that does not depend on how many
// other processes want the cores.
struct Timing
{
    double wall = 0;
    double cpu = 0;
};

Timing median(int runs, const std::function<void()> &work)
{
    std::vector<double> wall, cpu;
    for (int k = 0; k < runs; ++k) {
        QElapsedTimer t;
        const std::clock_t c0 = std::clock();
        t.start();
        work();
        wall.push_back(t.nsecsElapsed() / 1e6);
        cpu.push_back(double(std::clock() - c0) * 1000.0 / CLOCKS_PER_SEC);
    }
    std::sort(wall.begin(), wall.end());
    std::sort(cpu.begin(), cpu.end());
    return {wall[wall.size() / 2], cpu[cpu.size() / 2]};
}

[[noreturn]] void die(const Error &e)
{
    std::fprintf(stderr, "bench_compare: %s\n", qPrintable(e.toString()));
    std::exit(2);
}

template <typename T> T must(Result<T> r)
{
    if (!r)
        die(r.error());
    return std::move(*r);
}

void must(const Status &s)
{
    if (!s)
        die(s.error());
}

struct Counts
{
    qint64 versions = 0, clauses = 0, flags = 0;
};

Counts generate(const Database &db, int platforms, int types)
{
    constexpr int kVersions = 4;
    constexpr int kClauses = 40;
    constexpr int kFlagged = 12;
    const QStringList categories{
        QStringLiteral("disputes"),   QStringLiteral("changes_termination"),
        QStringLiteral("content_ip"), QStringLiteral("money"),
        QStringLiteral("account"),    QStringLiteral("data")};
    const QStringList groups{QStringLiteral("Streaming"), QStringLiteral("Payments"),
                             QStringLiteral("Social network"), QStringLiteral("Marketplace"),
                             QStringLiteral("Cloud storage")};
    const char *severities[] = {"low", "medium", "high"};
    QRandomGenerator rng(20240501);
    Counts n;
    Transaction tx(db);
    auto type = must(db.prepare("INSERT INTO clause_types(key, name, category, default_severity,"
                                " updated_at) VALUES (?, ?, ?, ?, '2024-01-01T00:00:00Z')"));
    QStringList termsTypes, dataTypes;
    for (int t = 0; t < types; ++t) {
        // About a quarter of the types are about personal data.
        const QString category =
            t >= types * 3 / 4 ? categories.last() : categories.at(t * 5 / (types * 3 / 4 + 1));
        const QString key = QStringLiteral("type_%1").arg(t, 2, 10, QLatin1Char('0'));
        type.bind(1, key)
            .bind(2, QStringLiteral("Clause type %1").arg(t))
            .bind(3, category)
            .bind(4, severities[t % 3]);
        must(type.exec());
        type.reset();
        (category == QLatin1String("data") ? dataTypes : termsTypes) << key;
    }
    auto platform = must(db.prepare("INSERT INTO platforms(name, category, created_at)"
                                    " VALUES (?, ?, '2024-01-01T00:00:00Z')"));
    auto document = must(db.prepare("INSERT INTO documents(platform_id, terms_type, created_at)"
                                    " VALUES (?, ?, '2024-01-01T00:00:00Z')"));
    auto version = must(db.prepare(
        "INSERT INTO versions(document_id, number, text, text_sha256, first_seen, last_verified)"
        " VALUES (?, ?, '', ?, ?, ?)"));
    auto lineage = must(db.prepare("INSERT INTO lineages(document_id) VALUES (?)"));
    auto clause = must(db.prepare(
        "INSERT INTO clauses(version_id, ordinal, start_offset, end_offset, text, text_hash,"
        " lineage_id, lineage_status) VALUES (?, ?, 0, 0, ?, ?, ?, ?)"));
    auto flag = must(db.prepare(
        "INSERT INTO flags(lineage_id, clause_id, type_key, severity, origin, status,"
        " changed_since_review, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, 'rule', ?, ?, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')"));
    const QDateTime start(QDate(2021, 1, 1), QTime(9, 0), QTimeZone::utc());

    for (int p = 0; p < platforms; ++p) {
        platform.bind(1, QStringLiteral("Platform %1").arg(p, 4, 10, QLatin1Char('0')))
            .bind(2, groups.at(p % groups.size()));
        must(platform.exec());
        platform.reset();
        const qint64 pid = db.lastInsertId();
        for (int d = 0; d < 2; ++d) {
            const bool privacy = d == 1;
            document.bind(1, pid).bind(2, privacy ? QStringLiteral("Privacy Policy")
                                                  : QStringLiteral("Terms of Service"));
            must(document.exec());
            document.reset();
            const qint64 did = db.lastInsertId();
            // lineage id → newest clause id; the current version's lineages.
            QList<qint64> alive;
            QHash<qint64, qint64> newest;
            QList<qint64> everLineages;
            int day = int(rng.bounded(200));
            for (int v = 1; v <= kVersions; ++v) {
                const QString seen = start.addDays(day).toString(Qt::ISODate);
                day += 200 + int(rng.bounded(250));
                version.bind(1, did)
                    .bind(2, v)
                    .bind(3, QStringLiteral("h%1-%2").arg(did).arg(v))
                    .bind(4, seen)
                    .bind(5, seen);
                must(version.exec());
                version.reset();
                const qint64 vid = db.lastInsertId();
                ++n.versions;
                QHash<qint64, const char *> status;
                if (v == 1) {
                    for (int c = 0; c < kClauses; ++c) {
                        lineage.bind(1, did);
                        must(lineage.exec());
                        lineage.reset();
                        alive << db.lastInsertId();
                        everLineages << alive.last();
                        status.insert(alive.last(), "new");
                    }
                } else {
                    for (qint64 l : alive)
                        status.insert(l, "unchanged");
                    for (int k = 0; k < 2; ++k)
                        status.insert(alive.at(int(rng.bounded(int(alive.size())))), "modified");
                    alive.removeAt(int(rng.bounded(int(alive.size()))));
                    lineage.bind(1, did);
                    must(lineage.exec());
                    lineage.reset();
                    const qint64 added = db.lastInsertId();
                    alive.insert(int(rng.bounded(int(alive.size()))), added);
                    everLineages << added;
                    status.insert(added, "new");
                }
                int ordinal = 0;
                for (qint64 l : alive) {
                    clause.bind(1, vid)
                        .bind(2, ordinal++)
                        .bind(3, QStringLiteral("Clause %1 of document %2.").arg(l).arg(did))
                        .bind(4, QString::number(l * 31 + v))
                        .bind(5, l)
                        .bind(6, status.value(l));
                    must(clause.exec());
                    clause.reset();
                    newest.insert(l, db.lastInsertId());
                    ++n.clauses;
                }
            }
            const QStringList &pool = privacy ? dataTypes : termsTypes;
            QSet<QString> used;
            for (int f = 0; f < kFlagged && !pool.isEmpty(); ++f) {
                const qint64 l = everLineages.at(int(rng.bounded(int(everLineages.size()))));
                const QString key = pool.at(int(rng.bounded(int(pool.size()))));
                if (used.contains(QString::number(l) + key))
                    continue;
                used.insert(QString::number(l) + key);
                const quint32 r = rng.bounded(100);
                flag.bind(1, l)
                    .bind(2, newest.value(l))
                    .bind(3, key)
                    .bind(4, severities[rng.bounded(3)])
                    .bind(5, r < 70   ? "suggested"
                             : r < 95 ? "confirmed"
                                      : "rejected")
                    .bind(6, rng.bounded(10) == 0 ? 1 : 0);
                must(flag.exec());
                flag.reset();
                ++n.flags;
            }
        }
    }
    must(tx.commit());
    must(db.exec("ANALYZE"));
    return n;
}

} // namespace

int main(int argc, char **argv)
{
    const int platforms = argc > 1 ? std::max(1, std::atoi(argv[1])) : 2000;
    const int types = argc > 2 ? std::max(4, std::atoi(argv[2])) : 40;
    QTemporaryDir dir;
    const QString kept = qEnvironmentVariable("CW_BENCH_ARCHIVE");
    const bool reuse = !kept.isEmpty() && QFileInfo::exists(kept);
    auto db =
        must(Database::open(kept.isEmpty() ? dir.filePath(QStringLiteral("bench.cwa")) : kept));

    if (reuse) {
        std::printf("reusing %s\n", qPrintable(kept));
    } else {
        QElapsedTimer gen;
        gen.start();
        const Counts n = generate(*db, platforms, types);
        std::printf("generated %d platforms, %d documents, %lld versions, %lld clauses, %lld "
                    "flags, %d clause types in %.1f s\n",
                    platforms, platforms * 2, n.versions, n.clauses, n.flags, types,
                    gen.elapsed() / 1000.0);
    }

    ComparisonService service(*db);
    auto baseline = must(
        db->prepare("SELECT d.platform_id, f.type_key, count(*) FROM flags f"
                    " JOIN clauses c ON c.id = f.clause_id JOIN versions v ON v.id = c.version_id"
                    " JOIN documents d ON d.id = v.document_id WHERE f.status <> 'rejected'"
                    " AND v.number = (SELECT max(number) FROM versions WHERE document_id = d.id)"
                    " GROUP BY 1, 2"));
    int baselineRows = 0;
    const Timing base = median(5, [&] {
        baselineRows = 0;
        baseline.reset();
        while (baseline.step().valueOr(false))
            ++baselineRows;
    });

    ComparisonMatrix now;
    const Timing matrixNow = median(5, [&] { now = must(service.matrix()); });
    int present = 0;
    for (const MatrixCell &c : now.cells)
        present += c.state == CellState::Present ? 1 : 0;

    const QDate past(2023, 1, 1);
    ComparisonMatrix then;
    const Timing matrixPast = median(5, [&] { then = must(service.matrix({}, past)); });
    int presentThen = 0;
    for (const MatrixCell &c : then.cells)
        presentThen += c.state == CellState::Present ? 1 : 0;

    MatrixComparison changes;
    const Timing between = median(
        5, [&] { changes = must(service.changesBetween(QDate(2022, 6, 1), QDate(2024, 6, 1))); });

    const MatrixFacts facts = must(service.facts());
    MatrixFilter risk;
    risk.sortByRisk = true;
    risk.review = ReviewFilter::Unreviewed;
    const Timing refilter = median(5, [&] { (void)MatrixBuilder::build(facts, risk); });

    int pageClauses = 0;
    const Timing page = median(5, [&] {
        const ClauseTypePage p = must(service.clauseTypePage(QStringLiteral("type_03")));
        pageClauses = 0;
        for (const TypePlatformEntry &e : p.platforms)
            pageClauses += int(e.clauses.size());
    });

    std::printf("\n%-44s %9s %9s %11s\n", "median of 5", "wall ms", "CPU ms", "CPU x base");
    auto line = [&](const char *what, const Timing &t) {
        std::printf("%-44s %9.1f %9.1f %11.2f\n", what, t.wall, t.cpu, t.cpu / base.cpu);
    };
    line("baseline: current flags by platform x type", base);
    line("matrix now (SQL + build)", matrixNow);
    line("matrix on 2023-01-01 (point in time)", matrixPast);
    line("changes between 2022-06-01 and 2024-06-01", between);
    line("re-filter + sort by risk (no SQL)", refilter);
    line("clause-type page (clauses + timeline)", page);
    std::printf("\n%d x %d matrix: %d cells present now, %d on 2023-01-01; %d changed cells; "
                "%d baseline groups; %d clauses on the type page\n",
                int(now.columns.size()), int(now.rows.size()), present, presentThen,
                int(changes.changes.size()), baselineRows, pageClauses);
    std::printf("goals: matrix < 300 ms (wall %s, CPU %s), point in time < 1000 ms (wall %s, CPU "
                "%s)\n",
                matrixNow.wall < 300 ? "met" : "NOT met", matrixNow.cpu < 300 ? "met" : "NOT met",
                matrixPast.wall < 1000 ? "met" : "NOT met",
                matrixPast.cpu < 1000 ? "met" : "NOT met");
    return 0;
}
