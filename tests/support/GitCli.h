#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace cw::test {

/// Runs the git command line in `dir` as the Open Terms Archive bot would
/// commit, at `date` (ISO 8601) when given; true when git succeeded.
inline bool git(const QString &dir, const QStringList &args, const QByteArray &date = {})
{
    QProcess p;
    p.setWorkingDirectory(dir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GIT_AUTHOR_NAME"), QStringLiteral("OTA-Bot"));
    env.insert(QStringLiteral("GIT_AUTHOR_EMAIL"), QStringLiteral("bot@ota.example"));
    env.insert(QStringLiteral("GIT_COMMITTER_NAME"), QStringLiteral("OTA-Bot"));
    env.insert(QStringLiteral("GIT_COMMITTER_EMAIL"), QStringLiteral("bot@ota.example"));
    if (!date.isEmpty()) {
        env.insert(QStringLiteral("GIT_AUTHOR_DATE"), QString::fromLatin1(date));
        env.insert(QStringLiteral("GIT_COMMITTER_DATE"), QString::fromLatin1(date));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral("git"), args);
    return p.waitForFinished(60000) && p.exitCode() == 0;
}

} // namespace cw::test
