#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cw {

class Database;

/// One thing verify-memo checks.
struct MemoCheck
{
    enum class State { Passed, Failed, Skipped };
    QString key;    ///< stable: seal, integrity, fingerprint, signature, signer, recorded, file, evidence
    State state = State::Skipped;
    QString detail; ///< one line for people
};

struct MemoVerification
{
    QString pdfSha256;
    QString fingerprint;
    QString title;
    int pages = 0;
    bool isSigned = false;
    QString signerKeyId;
    int citedSnapshots = 0;
    std::optional<qint64> memoId; ///< the archive's record of this exact file
    QList<MemoCheck> checks;

    bool ok() const;
    /// "key: detail" for each failed check.
    QStringList failures() const;
    const MemoCheck *check(const QString &key) const;
};

struct MemoVerifyOptions
{
    /// With the archive: the memo must be recorded there, the file must be the
    /// exact file recorded, and every cited capture must still be held with
    /// the same hashes.
    const Database *archive = nullptr;
    /// The signer's public key (raw 32 bytes) the reader trusts; when given,
    /// the memo must be signed with exactly that key.
    QByteArray trustedPublicKey;
};

/// Checks a memo PDF: its seal (every byte of the file as sealed), its
/// fingerprint (over the content it carries), its signature and signer, and —
/// with the archive — its record, its exact bytes and its cited evidence.
/// Reads only; never changes the archive.
class MemoVerifier
{
public:
    /// An Error only when `pdf` is not a PDF at all (bad input); anything else
    /// is reported as a failed check.
    static Result<MemoVerification> verify(const QByteArray &pdf, const MemoVerifyOptions &options);
};

} // namespace cw
