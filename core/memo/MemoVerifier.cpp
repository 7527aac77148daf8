#include "memo/MemoVerifier.h"

#include "archive/Database.h"
#include "archive/MemoRepository.h"
#include "archive/SnapshotRepository.h"
#include "memo/MemoCanonical.h"
#include "memo/MemoFingerprint.h"
#include "memo/MemoPdfSeal.h"
#include "memo/MemoSigner.h"
#include "provenance/Sha256.h"

#include "memo/MemoText.h"

#include <QCoreApplication>

namespace cw {

namespace {

QString tr(const char *s, int n = -1)
{
    return n < 0 ? QCoreApplication::translate("cw::MemoVerifier", s) : translateCount("cw::MemoVerifier", s, n);
}

using State = MemoCheck::State;

class Run
{
public:
    Run(const QByteArray &pdf, const MemoVerifyOptions &o) : m_pdf(pdf), m_o(o) {}

    Result<MemoVerification> go()
    {
        auto reading = MemoPdfSeal::read(m_pdf);
        if (!reading)
            return reading.error();
        const MemoSealReading &r = *reading;
        m_v.pdfSha256 = Sha256::hexOf(m_pdf);
        m_v.pages = r.pages;
        m_v.title = r.info.title;
        m_v.fingerprint = r.fingerprint;
        m_v.isSigned = r.isSigned();
        if (r.isSigned())
            m_v.signerKeyId = MemoSigner::keyIdOf(r.publicKey);

        if (!r.found()) {
            add(QStringLiteral("seal"), State::Failed, r.problem);
            for (const char *k : {"integrity", "fingerprint", "signature", "signer", "recorded", "file", "evidence"})
                add(QString::fromLatin1(k), State::Skipped, tr("not checked: no seal"));
            return m_v;
        }
        add(QStringLiteral("seal"), State::Passed, tr("Clausewatch seal found (%1)").arg(r.format));
        checkIntegrity(r);
        checkFingerprint(r);
        checkSignature(r);
        CW_TRY(checkArchive(r));
        return m_v;
    }

private:
    void add(const QString &key, State state, const QString &detail)
    {
        m_v.checks.append(MemoCheck{key, state, detail});
    }

    void checkIntegrity(const MemoSealReading &r)
    {
        if (!r.coversWholeFile)
            add(QStringLiteral("integrity"), State::Failed,
                tr("bytes were added to the file after it was sealed"));
        else if (!r.digestMatches())
            add(QStringLiteral("integrity"), State::Failed,
                tr("the file was altered after it was sealed: its bytes no longer match the seal"));
        else
            add(QStringLiteral("integrity"), State::Passed,
                tr("every byte of the file is as it was sealed"));
    }

    void checkFingerprint(const MemoSealReading &r)
    {
        auto content = MemoCanonical::parse(r.content);
        if (!content) {
            add(QStringLiteral("fingerprint"), State::Failed,
                tr("the memo content carried in the PDF is unreadable: %1").arg(content.error().message));
            return;
        }
        m_content = *content;
        m_v.citedSnapshots = int(m_content->evidence.size());
        const QString actual = MemoFingerprint::of(r.content, m_content->citedHashes());
        if (actual != r.fingerprint)
            add(QStringLiteral("fingerprint"), State::Failed,
                tr("the memo's content or cited hashes were altered: the content hashes to %1…, "
                   "the memo states %2…")
                    .arg(actual.left(16), r.fingerprint.left(16)));
        else
            add(QStringLiteral("fingerprint"), State::Passed,
                tr("the content and the %n cited hash(es) match the fingerprint", int(m_content->citedHashes().size())));
    }

    void checkSignature(const MemoSealReading &r)
    {
        if (!r.isSigned()) {
            add(QStringLiteral("signature"), m_o.trustedPublicKey.isEmpty() ? State::Skipped : State::Failed,
                m_o.trustedPublicKey.isEmpty() ? tr("the memo is not signed")
                                               : tr("the memo is not signed, but a signer's key was given"));
        } else {
            // Over the digest of the bytes as they are now: a signature
            // "matches" only the file it was made for.
            auto valid = MemoSigner::verify(r.publicKey,
                                            MemoPdfSeal::signedMessage(r.fingerprint, r.actualDigest),
                                            r.signature);
            if (!valid)
                add(QStringLiteral("signature"), State::Failed, valid.error().message);
            else if (!*valid)
                add(QStringLiteral("signature"), State::Failed,
                    tr("the signature by key %1 does not match this file").arg(m_v.signerKeyId));
            else
                add(QStringLiteral("signature"), State::Passed,
                    tr("valid Ed25519 signature by key %1").arg(m_v.signerKeyId));
        }
        if (m_o.trustedPublicKey.isEmpty())
            return; // the archive's recorded key is checked with the record
        const QString trustedId = MemoSigner::keyIdOf(m_o.trustedPublicKey);
        if (r.isSigned() && r.publicKey == m_o.trustedPublicKey)
            add(QStringLiteral("signer"), State::Passed, tr("signed with the given key %1").arg(trustedId));
        else
            add(QStringLiteral("signer"), State::Failed,
                r.isSigned() ? tr("signed by another key (%1), not the given key %2").arg(m_v.signerKeyId, trustedId)
                             : tr("not signed with the given key %1").arg(trustedId));
    }

    Status checkArchive(const MemoSealReading &r)
    {
        if (!m_o.archive) {
            if (m_o.trustedPublicKey.isEmpty())
                add(QStringLiteral("signer"), State::Skipped,
                    r.isSigned() ? tr("key %1 not compared with a trusted key (give --public-key or --archive)")
                                       .arg(m_v.signerKeyId)
                                 : tr("not signed"));
            for (const char *k : {"recorded", "file", "evidence"})
                add(QString::fromLatin1(k), State::Skipped, tr("needs the archive (--archive)"));
            return {};
        }
        MemoRepository memos(*m_o.archive);
        auto exact = memos.findByPdfSha256(m_v.pdfSha256);
        if (!exact)
            return exact.error();
        auto byFingerprint = memos.findByFingerprint(r.fingerprint);
        if (!byFingerprint)
            return byFingerprint.error();
        const std::optional<MemoRecord> &record = exact->has_value() ? *exact : *byFingerprint;
        if (!record) {
            add(QStringLiteral("recorded"), State::Failed,
                tr("the archive has no memo with fingerprint %1…").arg(r.fingerprint.left(16)));
        } else {
            add(QStringLiteral("recorded"), State::Passed,
                tr("recorded in the archive as memo %1 on %2").arg(QString::number(record->id), record->createdAt));
        }
        if (exact->has_value() && (*exact)->fingerprint == r.fingerprint) {
            m_v.memoId = (*exact)->id;
            add(QStringLiteral("file"), State::Passed,
                tr("the file is byte for byte the one the archive recorded (SHA-256 %1…)").arg(m_v.pdfSha256.left(16)));
        } else {
            add(QStringLiteral("file"), State::Failed,
                record ? tr("the file differs from the one the archive recorded: SHA-256 %1…, recorded %2…")
                             .arg(m_v.pdfSha256.left(16), record->pdfSha256.left(16))
                       : tr("the archive recorded no file with SHA-256 %1…").arg(m_v.pdfSha256.left(16)));
        }
        if (m_o.trustedPublicKey.isEmpty()) {
            const QByteArray recordedKey = record ? QByteArray::fromHex(record->publicKey.toLatin1()) : QByteArray();
            if (!record || recordedKey.isEmpty())
                add(QStringLiteral("signer"), r.isSigned() ? State::Failed : State::Skipped,
                    r.isSigned() ? tr("signed by key %1, but the archive recorded no signer for this memo")
                                       .arg(m_v.signerKeyId)
                                 : tr("not signed"));
            else if (recordedKey == r.publicKey)
                add(QStringLiteral("signer"), State::Passed,
                    tr("signed with key %1, as the archive recorded").arg(m_v.signerKeyId));
            else
                add(QStringLiteral("signer"), State::Failed,
                    tr("signed by another key (%1) than the one the archive recorded (%2)")
                        .arg(m_v.signerKeyId.isEmpty() ? tr("none") : m_v.signerKeyId,
                             MemoSigner::keyIdOf(recordedKey)));
        }
        return checkEvidence();
    }

    Status checkEvidence()
    {
        if (!m_content) {
            add(QStringLiteral("evidence"), State::Failed, tr("no readable list of cited captures"));
            return {};
        }
        SnapshotRepository snapshots(*m_o.archive);
        QStringList problems;
        for (const MemoEvidence &e : m_content->evidence) {
            auto s = snapshots.get(e.snapshotId, true);
            if (!s)
                return s.error();
            if (!s->has_value()) {
                problems << tr("snapshot %1 (SHA-256 %2…) is not in the archive").arg(QString::number(e.snapshotId), e.rawSha256.left(16));
                continue;
            }
            const Snapshot &snap = **s;
            if (snap.rawSha256 != e.rawSha256 || snap.textSha256 != e.textSha256)
                problems << tr("snapshot %1: the archive records SHA-256 %2…, the memo cites %3…")
                                .arg(QString::number(e.snapshotId), snap.rawSha256.left(16), e.rawSha256.left(16));
            else if (Sha256::hexOf(snap.raw) != snap.rawSha256)
                problems << tr("snapshot %1: the archive's stored bytes no longer hash to %2…")
                                .arg(QString::number(e.snapshotId), e.rawSha256.left(16));
        }
        if (problems.isEmpty())
            add(QStringLiteral("evidence"), State::Passed,
                tr("all %n cited capture(s) are in the archive with the cited hashes", int(m_content->evidence.size())));
        else
            add(QStringLiteral("evidence"), State::Failed, problems.join(QStringLiteral("; ")));
        return {};
    }

    const QByteArray &m_pdf;
    const MemoVerifyOptions &m_o;
    MemoVerification m_v;
    std::optional<MemoContent> m_content;
};

} // namespace

bool MemoVerification::ok() const
{
    for (const MemoCheck &c : checks)
        if (c.state == MemoCheck::State::Failed)
            return false;
    return !checks.isEmpty();
}

QStringList MemoVerification::failures() const
{
    QStringList out;
    for (const MemoCheck &c : checks)
        if (c.state == MemoCheck::State::Failed)
            out << c.key + QStringLiteral(": ") + c.detail;
    return out;
}

const MemoCheck *MemoVerification::check(const QString &key) const
{
    for (const MemoCheck &c : checks)
        if (c.key == key)
            return &c;
    return nullptr;
}

Result<MemoVerification> MemoVerifier::verify(const QByteArray &pdf, const MemoVerifyOptions &options)
{
    return Run(pdf, options).go();
}

} // namespace cw
