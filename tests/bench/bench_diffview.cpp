// First screen of the diff view: how long from two texts to the first painted
// screen of the DiffWindow (offscreen), and from a finished comparison to it.
//
//   bench_diffview OLD NEW [--reps N]     (bench_diff --write DIR makes pairs)
//
// The view lays out lazily (only rows in view), so the first screen should
// cost about the same for 20 KB as for 700 KB once the comparison is done.

#include "dialogs/Dialogs.h"
#include "diff/DiffPane.h"
#include "diff/DiffWindow.h"
#include "services/DiffInputFile.h"
#include "services/VersionComparison.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <vector>

using namespace cw;

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: bench_diffview OLD NEW [--reps N]\n");
        return 2;
    }
    int reps = 5;
    if (const qsizetype at = args.indexOf(QStringLiteral("--reps"));
        at >= 0 && at + 1 < args.size())
        reps = std::max(1, args[at + 1].toInt());
    auto a = DiffInputFile::read(args[1]);
    auto b = DiffInputFile::read(args[2]);
    if (!a || !b) {
        std::fprintf(stderr, "cannot read the inputs\n");
        return 2;
    }
    ui::WidgetDialogs dialogs;
    std::vector<double> compare, firstScreen, total;
    int laidOut = 0;
    int rows = 0;
    for (int r = 0; r < reps; ++r) {
        QElapsedTimer t;
        t.start();
        auto c = std::make_shared<VersionComparison>(compareTexts(a->text, b->text));
        c->oldVersion.label = QStringLiteral("old");
        c->newVersion.label = QStringLiteral("new");
        const double tc = double(t.nsecsElapsed()) / 1e6;
        QElapsedTimer shown;
        shown.start();
        ui::DiffWindow w(QString(), dialogs);
        w.resize(1440, 900);
        QEventLoop loop;
        QObject::connect(w.pane(), &ui::DiffPane::firstPaint, &loop, &QEventLoop::quit);
        QTimer::singleShot(20000, &loop, &QEventLoop::quit);
        w.show();
        w.showComparison(c);
        loop.exec();
        const double ts = double(shown.nsecsElapsed()) / 1e6;
        compare.push_back(tc);
        firstScreen.push_back(ts);
        total.push_back(tc + ts);
        laidOut = w.pane()->laidOutRows();
        rows = int(w.pane()->document().rows().size());
    }
    const auto median = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return v[v.size() / 2];
    };
    std::printf(
        "%-44s %8lld bytes  compare %8.1f ms  window to first screen %7.1f ms  total %8.1f ms"
        "  (rows laid out %d of %d)  [goal: first screen < 300 ms: %s]\n",
        qPrintable(args[1].section(QLatin1Char('/'), -1)),
        (long long)(a->raw.size() + b->raw.size()), median(compare), median(firstScreen),
        median(total), laidOut, rows, median(total) < 300 ? "met" : "MISSED");
    return 0;
}
