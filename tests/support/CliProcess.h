#pragma once

// Runs the real clausewatch binary ($CW_BINARY) for command-line tests.

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cw::test {

/// One finished run: exit code (-1 when it crashed or hung), both streams.
struct CliRun
{
    int exitCode = -1;
    QByteArray raw; ///< stdout as bytes
    QString out;    ///< stdout as UTF-8 text
    QString err;    ///< stderr as UTF-8 text
    QJsonDocument json() const { return QJsonDocument::fromJson(raw); }
};

struct CliOptions
{
    QByteArray input;  ///< written to stdin, which is then closed
    int timeoutMs = 300000;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
};

/// Runs `clausewatch ARGS` with a UTF-8 locale and waits for it.
inline CliRun runClausewatch(const QStringList &args, CliOptions options = {})
{
    QProcess p;
    options.env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    options.env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(options.env);
    p.start(qEnvironmentVariable("CW_BINARY"), args);
    p.write(options.input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(options.timeoutMs);
    if (!finished) {
        qWarning("clausewatch %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
        p.kill();
        p.waitForFinished(5000);
    }
    CliRun r;
    r.exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.raw = p.readAllStandardOutput();
    r.out = QString::fromUtf8(r.raw);
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

/// A one-line error: exactly one non-empty line on stderr.
inline bool isOneLine(const QString &err)
{
    return !err.trimmed().isEmpty() && !err.trimmed().contains(QLatin1Char('\n'));
}

} // namespace cw::test
