#pragma once

#include "archive/Database.h"
#include "provenance/Sha256.h"
#include "services/CaptureImporter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cw::test {

/// A fresh archive file in its own temporary folder, removed afterwards.
class TempArchive
{
public:
    TempArchive() : m_path(m_dir.filePath(QStringLiteral("test.cwa"))) {}

    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }

    std::unique_ptr<Database> open(const OpenOptions &options = {}) const
    {
        auto db = Database::open(m_path, options);
        if (!db)
            qFatal("cannot open test archive: %s", qPrintable(db.error().toString()));
        return std::move(*db);
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
};

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY2(f.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(path));
    f.write(bytes);
}

inline QString fileSha256(const QString &path)
{
    return Sha256::hexOf(readFile(path));
}

/// Test data folder (tests/data), from CW_TEST_DATA set by ctest.
inline QString dataPath(const QString &relative)
{
    return qEnvironmentVariable("CW_TEST_DATA") + QLatin1Char('/') + relative;
}

/// A realistic Markdown policy written for the tests, with `variant` woven in
/// so callers can make distinct versions.
inline QByteArray samplePolicy(const QString &variant = QStringLiteral("30 days"))
{
    return QStringLiteral(
               "# Example Terms\n\nLast updated: March 4, 2024\n\n## 1. Acceptance\n\n"
               "By creating an account you agree to these terms.\n\n## 2. Changes\n\n"
               "We may change these terms. We will give you %1 notice of material changes "
               "by email before they take effect.\n\n## 3. Disputes\n\n"
               "Any dispute will be resolved by binding individual arbitration, and you waive "
               "any right to a jury trial or to take part in a class action.\n\n## 4. Contact\n\n"
               "Write to legal@example.example with any question about these terms.\n")
        .arg(variant)
        .toUtf8();
}

inline CaptureRequest sampleCapture(const QString &platform, const QByteArray &raw,
                                    const QString &capturedAt)
{
    CaptureRequest r;
    r.platform = platform;
    r.platformCategory = QStringLiteral("Testing");
    r.termsType = QStringLiteral("Terms of Service");
    r.documentTitle = platform + QStringLiteral(" Terms");
    r.sourceUrl = QStringLiteral("https://%1.example/terms").arg(platform.toLower());
    r.raw = raw;
    r.fileName = QStringLiteral("terms.md");
    r.contentType = QStringLiteral("text/markdown; charset=utf-8");
    r.capturedAt = capturedAt;
    r.origin = QStringLiteral("test");
    return r;
}

} // namespace cw::test
