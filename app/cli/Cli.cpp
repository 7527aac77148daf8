#include "cli/Cli.h"

#include "cli/CliContext.h"
#include "cli/CommandParser.h"
#include "cli/Commands.h"

#include <QDir>
#include <QStandardPaths>

#include <cstring>
#include <functional>

namespace cw::cli {

namespace {

struct CommandEntry
{
    const char *name;
    const char *summary;
    std::function<int(CliContext &)> run;
};

const QList<CommandEntry> &commands()
{
    static const QList<CommandEntry> list{
        {"alerts", QT_TRANSLATE_NOOP("cw::cli", "list change alerts (--unread, --json)"),
         runAlerts},
        {"check", QT_TRANSLATE_NOOP("cw::cli", "capture documents again from their source"),
         runCheck},
        {"classify", QT_TRANSLATE_NOOP("cw::cli", "classify a document without storing it"),
         runClassify},
        {"compare",
         QT_TRANSLATE_NOOP("cw::cli", "compare clause types across platforms, at any date"),
         runCompare},
        {"demo", QT_TRANSLATE_NOOP("cw::cli", "build the demo archive"), runDemo},
        {"diff",
         QT_TRANSLATE_NOOP("cw::cli", "compare two versions (ids) or two files (--files)"),
         runDiff},
        {"eval", QT_TRANSLATE_NOOP("cw::cli", "score the classifier on a labelled sentence file"),
         runEval},
        {"import", QT_TRANSLATE_NOOP("cw::cli", "capture a file, folder or URL into the archive"),
         runImport},
        {"import-ota",
         QT_TRANSLATE_NOOP("cw::cli", "import an Open Terms Archive versions repository"),
         runImportOta},
        {"list", QT_TRANSLATE_NOOP("cw::cli", "list platforms, documents, versions or flags"),
         runList},
        {"memo", QT_TRANSLATE_NOOP("cw::cli", "write a PDF compliance memo from the archive"),
         runMemo},
        {"search", QT_TRANSLATE_NOOP("cw::cli", "full-text search over clauses, with flag filters"),
         runSearch},
        {"types",
         QT_TRANSLATE_NOOP("cw::cli", "list, show, add or edit clause types (kept in the archive)"),
         runTypes},
        {"verify", QT_TRANSLATE_NOOP("cw::cli", "re-hash all evidence; exit 1 on tampering"),
         runVerify},
        {"verify-memo",
         QT_TRANSLATE_NOOP("cw::cli", "check a memo PDF's seal, signature and evidence; exit 1 "
                                      "when altered"),
         runVerifyMemo},
        {"watch", QT_TRANSLATE_NOOP("cw::cli", "list or change the watchlist"), runWatch},
    };
    return list;
}

QString usage()
{
    QString s = trc("Usage: clausewatch [--archive PATH] [COMMAND [OPTIONS]]\n"
                    "With no command, opens the Clausewatch window.\n\n"
                    "Global options:\n"
                    "  --archive PATH   the archive file (default: %1)\n"
                    "  --version        print the version\n"
                    "  --help           this text; COMMAND --help for a command's options\n\n"
                    "Commands:\n")
                    .arg(QDir::toNativeSeparators(defaultArchivePath()));
    for (const auto &c : commands())
        s += QStringLiteral("  %1%2\n")
                 .arg(QString::fromLatin1(c.name).leftJustified(12),
                      QCoreApplication::translate("cw::cli", c.summary));
    s += trc("\nExit codes: 0 ok, 1 a finding (e.g. tampering), 2 bad usage or input.\n");
    return s;
}

} // namespace

const QStringList &commandNames()
{
    static const QStringList names = [] {
        QStringList n;
        for (const auto &c : commands())
            n << QString::fromLatin1(c.name);
        return n;
    }();
    return names;
}

bool isCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const char *a = argv[i];
        // Options that take a value (global, or the window's own).
        if (!std::strcmp(a, "--archive") || !std::strcmp(a, "--select") ||
            !std::strcmp(a, "--screenshot") || !std::strcmp(a, "--panel") ||
            !std::strcmp(a, "--flag") || !std::strcmp(a, "--search") ||
            !std::strcmp(a, "--appearance")) {
            ++i; // skip its value
            continue;
        }
        if (!std::strcmp(a, "--diff")) { // the window's --diff OLD NEW
            i += 2;
            continue;
        }
        if (!std::strcmp(a, "--version") || !std::strcmp(a, "-v") || !std::strcmp(a, "--help") ||
            !std::strcmp(a, "-h"))
            return true;
        if (a[0] != '-')
            return true; // a command (or a mistyped one, which the CLI reports)
    }
    return false;
}

bool needsRenderer(int argc, char **argv)
{
    int i = 1;
    for (; i < argc; ++i) { // global options, then the command
        if (!std::strcmp(argv[i], "--archive")) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            break;
    }
    // memo --out prints a PDF; import --render and check --render render
    // pages with their scripts.
    if (i >= argc)
        return false;
    const bool memo = !std::strcmp(argv[i], "memo");
    const bool import = !std::strcmp(argv[i], "import");
    const bool check = !std::strcmp(argv[i], "check");
    if (!memo && !import && !check)
        return false;
    bool wanted = false;
    for (++i; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h"))
            return false;
        if (memo && (!std::strcmp(argv[i], "--out") || !std::strncmp(argv[i], "--out=", 6)))
            wanted = true;
        if ((import || check) && !std::strcmp(argv[i], "--render"))
            wanted = true;
    }
    return wanted;
}

QString defaultArchivePath()
{
    const QString env = qEnvironmentVariable("CLAUSEWATCH_ARCHIVE");
    if (!env.isEmpty())
        return env;
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/archive.cwa");
}

int run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QString archive;
    QStringList rest = arguments.mid(1);
    // Global options come before the command.
    while (!rest.isEmpty() && rest.first().startsWith(QLatin1Char('-'))) {
        const QString opt = rest.takeFirst();
        if (opt == QLatin1String("--version") || opt == QLatin1String("-v")) {
            out << "clausewatch " << CW_VERSION_STRING << Qt::endl;
            return Ok;
        }
        if (opt == QLatin1String("--help") || opt == QLatin1String("-h")) {
            out << usage();
            return Ok;
        }
        if (opt == QLatin1String("--archive") || opt.startsWith(QLatin1String("--archive="))) {
            if (opt.contains(QLatin1Char('=')))
                archive = opt.section(QLatin1Char('='), 1);
            else if (!rest.isEmpty())
                archive = rest.takeFirst();
            if (archive.isEmpty()) {
                err << trc("clausewatch: --archive needs a file path") << Qt::endl;
                return BadInput;
            }
            continue;
        }
        err << trc("clausewatch: unknown option %1 (see clausewatch --help)").arg(opt) << Qt::endl;
        return BadInput;
    }
    if (rest.isEmpty()) {
        err << trc("clausewatch: no command given (see clausewatch --help)") << Qt::endl;
        return BadInput;
    }
    const QString name = rest.takeFirst();
    for (const auto &c : commands()) {
        if (name == QLatin1String(c.name)) {
            CliContext ctx{archive.isEmpty() ? defaultArchivePath() : archive, rest, out, err,
                           !archive.isEmpty()};
            return c.run(ctx);
        }
    }
    out.flush();
    err << trc("clausewatch: unknown command “%1” (commands: %2)")
               .arg(name, commandNames().join(QStringLiteral(", ")))
        << Qt::endl;
    return BadInput;
}

} // namespace cw::cli
