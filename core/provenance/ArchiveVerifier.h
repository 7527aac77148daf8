#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>

namespace cw {

class Database;

/// One record whose stored bytes no longer match its recorded hash.
struct IntegrityFinding
{
    QString record;  ///< e.g. "snapshot 12"
    QString context; ///< e.g. "CW-D-000003 Streamly — Terms of Service, captured …"
    QString problem; ///< one line for people
    QString expected;
    QString actual;
};

struct VerificationReport
{
    int snapshotsChecked = 0;
    int versionsChecked = 0;
    QStringList databaseProblems; ///< from SQLite's quick_check
    QList<IntegrityFinding> findings;
    bool ok() const { return findings.isEmpty() && databaseProblems.isEmpty(); }
};

/// Re-hashes every stored snapshot's raw bytes and every version's text and
/// names each record whose bytes no longer match what was recorded at capture.
/// Streams rows, so memory stays flat however large the archive is.
class ArchiveVerifier
{
public:
    static Result<VerificationReport> run(const Database &db);
};

} // namespace cw
