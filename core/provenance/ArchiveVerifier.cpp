#include "provenance/ArchiveVerifier.h"

#include "archive/Database.h"
#include "archive/Rows.h"
#include "model/RecordId.h"
#include "provenance/Sha256.h"

#include <QCoreApplication>
#include <QHash>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::ArchiveVerifier", s);
}

// "CW-D-000003 Streamly — Terms of Service" for every document, read once.
Result<QHash<qint64, QString>> documentLabels(const Database &db)
{
    auto st = db.prepare("SELECT d.id, p.name, d.terms_type FROM documents d "
                         "JOIN platforms p ON p.id = d.platform_id");
    if (!st)
        return st.error();
    QHash<qint64, QString> labels;
    CW_TRY(forEachRow(*st, [&](const Statement &s) {
        labels.insert(s.int64(0), QStringLiteral("%1 %2 — %3")
                                      .arg(recordId(RecordKind::Document, s.int64(0)),
                                           s.text(1), s.text(2)));
    }));
    return labels;
}

} // namespace

Result<VerificationReport> ArchiveVerifier::run(const Database &db)
{
    VerificationReport report;
    auto problems = db.quickCheck();
    if (!problems)
        return problems.error();
    report.databaseProblems = *problems;

    auto labels = documentLabels(db);
    if (!labels)
        return labels.error();

    // Snapshots: the raw bytes against raw_sha256, streamed one row at a time.
    auto snaps = db.prepare("SELECT id, document_id, captured_at, raw_sha256, raw FROM snapshots "
                            "ORDER BY id");
    if (!snaps)
        return snaps.error();
    CW_TRY(forEachRow(*snaps, [&](const Statement &s) {
        ++report.snapshotsChecked;
        const QString actual = Sha256::hexOf(s.blob(4));
        if (actual != s.text(3)) {
            report.findings.append(
                {tr("snapshot %1").arg(s.int64(0)),
                 tr("%1, captured %2").arg(labels->value(s.int64(1)), s.text(2)),
                 tr("raw bytes do not match their SHA-256 recorded at capture"), s.text(3),
                 actual});
        }
    }));

    // Versions: the stored text against text_sha256.
    auto vers = db.prepare("SELECT id, document_id, number, text_sha256, text FROM versions "
                           "ORDER BY id");
    if (!vers)
        return vers.error();
    CW_TRY(forEachRow(*vers, [&](const Statement &s) {
        ++report.versionsChecked;
        const QString actual = Sha256::hexOfText(s.text(4));
        if (actual != s.text(3)) {
            report.findings.append({tr("version %1").arg(s.int64(0)),
                                    tr("%1, version %2").arg(labels->value(s.int64(1))).arg(s.int64(2)),
                                    tr("text does not match its SHA-256 recorded at capture"),
                                    s.text(3), actual});
        }
    }));
    return report;
}

} // namespace cw
