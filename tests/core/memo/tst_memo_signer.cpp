// Ed25519 keys for memos, and verify-memo's checks on sealed PDFs written by
// the real export pipeline with a stand-in printer (no WebEngine).

#include "MemoFixtures.h"
#include "MiniPdf.h"
#include "TestSupport.h"
#include "archive/MemoRepository.h"
#include "memo/MemoCanonical.h"
#include "memo/MemoExporter.h"
#include "memo/MemoPdfSeal.h"
#include "memo/MemoSigner.h"
#include "memo/MemoVerifier.h"

#include <QFile>
#include <QObject>
#include <QTest>

using namespace cw;

namespace {

// Prints any job as a small fixed PDF; the seal and export work as for real.
class MiniPrinter final : public MemoPdfPrinter
{
public:
    Result<QByteArray> print(const PdfPrintJob &job) const override
    {
        ++calls;
        lastHtml = job.html;
        return test::threePagePdf();
    }
    mutable int calls = 0;
    mutable QString lastHtml;
};

QString err(const Error &e)
{
    return e.toString();
}

} // namespace

class TestMemoSigner : public QObject
{
    Q_OBJECT

    test::TempArchive m_archive;
    std::unique_ptr<Database> m_db;
    qint64 m_flag = 0;

    QString keyPath(const QString &name) const { return m_archive.dir() + QStringLiteral("/keys/") + name; }

    MemoSpec spec() const
    {
        MemoSpec s;
        s.scope = MemoScope::Flags;
        s.flagIds = {m_flag};
        s.to = QStringLiteral("Counsel");
        s.from = QStringLiteral("Ana Analyst");
        return s;
    }

    QByteArray exportMemo(const QString &file, const MemoSigner *signer)
    {
        MiniPrinter printer;
        auto r = MemoExporter::run(*m_db, spec(), printer, file, signer);
        if (!r)
            qWarning("%s", qPrintable(err(r.error())));
        return r ? test::readFile(file) : QByteArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_archive.open();
        m_flag = test::addFlaggedClause(*m_db, QStringLiteral("Streamly"),
                                        QStringLiteral("Any dispute goes to binding arbitration."),
                                        QStringLiteral("arbitration"), Severity::High);
        QVERIFY(m_flag > 0);
    }

    void keyCreatedOnFirstUseWithPrivatePermissions()
    {
        const QString path = keyPath(QStringLiteral("a.pem"));
        QVERIFY(!QFile::exists(path));
        auto signer = MemoSigner::loadOrCreate(path);
        QVERIFY2(signer.ok(), qPrintable(signer.ok() ? QString() : err(signer.error())));
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & ~(QFileDevice::ReadUser | QFileDevice::WriteUser |
                                              QFileDevice::ReadOwner | QFileDevice::WriteOwner),
                 QFileDevice::Permissions());
        QCOMPARE(signer->publicKey().size(), 32);
        QCOMPARE(signer->keyId().size(), 16);
        // Loading again gives the same key.
        auto again = MemoSigner::loadOrCreate(path);
        QVERIFY(again.ok());
        QCOMPARE(again->publicKey(), signer->publicKey());
        // The exported public key reads back.
        QCOMPARE(MemoSigner::parsePublicKey(signer->publicKeyPem()).value(), signer->publicKey());
        QCOMPARE(MemoSigner::parsePublicKey(signer->publicKey().toHex()).value(), signer->publicKey());
        QVERIFY(!MemoSigner::parsePublicKey("not a key").ok());
    }

    void keyOthersCanReadIsRefused()
    {
        const QString path = keyPath(QStringLiteral("shared.pem"));
        QVERIFY(MemoSigner::loadOrCreate(path).ok());
        QFile::setPermissions(path, QFile::permissions(path) | QFileDevice::ReadOther);
        auto signer = MemoSigner::load(path);
        QVERIFY(!signer.ok());
        QVERIFY(signer.error().message.contains(QStringLiteral("chmod 600")));
    }

    void signAndVerify()
    {
        auto a = MemoSigner::loadOrCreate(keyPath(QStringLiteral("a.pem")));
        auto b = MemoSigner::loadOrCreate(keyPath(QStringLiteral("b.pem")));
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a->publicKey() != b->publicKey());
        const QByteArray msg = "fingerprint=abc";
        const QByteArray sig = a->sign(msg).value();
        QCOMPARE(sig.size(), 64);
        QVERIFY(MemoSigner::verify(a->publicKey(), msg, sig).value());
        QVERIFY(!MemoSigner::verify(b->publicKey(), msg, sig).value());
        QVERIFY(!MemoSigner::verify(a->publicKey(), msg + "x", sig).value());
        QByteArray bad = sig;
        bad[5] = char(bad[5] ^ 1);
        QVERIFY(!MemoSigner::verify(a->publicKey(), msg, bad).value());
        QVERIFY(!MemoSigner::verify(QByteArray(5, 'x'), msg, sig).ok());
    }

    void freshMemoPassesEveryCheck()
    {
        auto signer = MemoSigner::loadOrCreate(keyPath(QStringLiteral("a.pem")));
        QVERIFY(signer.ok());
        const QString file = m_archive.dir() + QStringLiteral("/signed.pdf");
        const QByteArray pdf = exportMemo(file, &*signer);
        QVERIFY(!pdf.isEmpty());

        MemoVerifyOptions o;
        o.archive = m_db.get();
        o.trustedPublicKey = signer->publicKey();
        auto v = MemoVerifier::verify(pdf, o);
        QVERIFY(v.ok());
        QVERIFY2(v->ok(), qPrintable(v->failures().join(QLatin1Char('\n'))));
        for (const char *key : {"seal", "integrity", "fingerprint", "signature", "signer", "recorded", "file", "evidence"}) {
            const MemoCheck *c = v->check(QString::fromLatin1(key));
            QVERIFY2(c && c->state == MemoCheck::State::Passed, key);
        }
        QVERIFY(v->isSigned);
        QCOMPARE(v->signerKeyId, signer->keyId());
        QCOMPARE(v->citedSnapshots, 1);
        QVERIFY(v->memoId.has_value());
        // The archive recorded the exact file's hash.
        auto rec = MemoRepository(*m_db).findByPdfSha256(test::fileSha256(file));
        QVERIFY(rec.ok() && rec->has_value());
        QCOMPARE((*rec)->publicKey, QString::fromLatin1(signer->publicKey().toHex()));
        QCOMPARE((*rec)->fingerprint, v->fingerprint);

        // Without the archive and without a key: still passes, with skips.
        auto alone = MemoVerifier::verify(pdf, {});
        QVERIFY(alone.ok() && alone->ok());
        QCOMPARE(alone->check(QStringLiteral("file"))->state, MemoCheck::State::Skipped);
        QCOMPARE(alone->check(QStringLiteral("signer"))->state, MemoCheck::State::Skipped);
    }

    void unsignedMemoPasses()
    {
        const QString file = m_archive.dir() + QStringLiteral("/unsigned.pdf");
        const QByteArray pdf = exportMemo(file, nullptr);
        MemoVerifyOptions o;
        o.archive = m_db.get();
        auto v = MemoVerifier::verify(pdf, o);
        QVERIFY(v.ok());
        QVERIFY2(v->ok(), qPrintable(v->failures().join(QLatin1Char('\n'))));
        QVERIFY(!v->isSigned);
        QCOMPARE(v->check(QStringLiteral("signature"))->state, MemoCheck::State::Skipped);
        // A reader who expects a signature is told there is none.
        auto a = MemoSigner::loadOrCreate(keyPath(QStringLiteral("a.pem")));
        o.trustedPublicKey = a->publicKey();
        QVERIFY(!MemoVerifier::verify(pdf, o)->ok());
    }

    void tamperingIsCaught_data()
    {
        QTest::addColumn<QString>("what");
        QTest::addColumn<QString>("failedCheck");
        QTest::newRow("a byte of the rendered text") << QStringLiteral("text") << QStringLiteral("integrity");
        QTest::newRow("a cited hash in the carried content") << QStringLiteral("hash") << QStringLiteral("fingerprint");
        QTest::newRow("the stated fingerprint") << QStringLiteral("fingerprint") << QStringLiteral("integrity");
        QTest::newRow("bytes appended") << QStringLiteral("append") << QStringLiteral("integrity");
        QTest::newRow("the seal value") << QStringLiteral("seal") << QStringLiteral("integrity");
    }

    void tamperingIsCaught()
    {
        QFETCH(QString, what);
        QFETCH(QString, failedCheck);
        auto signer = MemoSigner::loadOrCreate(keyPath(QStringLiteral("a.pem")));
        const QString file = m_archive.dir() + QStringLiteral("/t-%1.pdf").arg(what);
        QByteArray pdf = exportMemo(file, &*signer);
        QVERIFY(!pdf.isEmpty());
        auto reading = MemoPdfSeal::read(pdf);
        QVERIFY(reading.ok() && reading->found());
        auto flip = [&pdf](qsizetype at) {
            QVERIFY(at > 0);
            pdf[at] = pdf[at] == '0' ? '1' : '0';
        };
        if (what == QLatin1String("text")) {
            flip(pdf.indexOf("First section body") + 3);
        } else if (what == QLatin1String("hash")) {
            const QString cited = MemoCanonical::parse(reading->content)->evidence.first().rawSha256;
            flip(pdf.lastIndexOf(cited.toLatin1()) + 10);
        } else if (what == QLatin1String("fingerprint")) {
            flip(pdf.lastIndexOf(reading->fingerprint.toLatin1()) + 3);
        } else if (what == QLatin1String("append")) {
            pdf += "\n1 0 obj\n<<>>\nendobj\n";
        } else {
            flip(pdf.lastIndexOf("/CWMemoSeal <") + 20);
        }
        MemoVerifyOptions o;
        o.archive = m_db.get();
        auto v = MemoVerifier::verify(pdf, o);
        QVERIFY(v.ok());
        QVERIFY(!v->ok());
        const MemoCheck *c = v->check(failedCheck);
        QVERIFY2(c && c->state == MemoCheck::State::Failed, qPrintable(v->failures().join(QLatin1Char('\n'))));
        // The signature belongs to the bytes it covers: changing them breaks it;
        // appending after them or garbling the stored digest does not (the
        // integrity check catches those).
        const bool covered = what != QLatin1String("append") && what != QLatin1String("seal");
        QCOMPARE(v->check(QStringLiteral("signature"))->state,
                 covered ? MemoCheck::State::Failed : MemoCheck::State::Passed);
        // With the archive, any change at all also fails the byte check.
        QCOMPARE(v->check(QStringLiteral("file"))->state, MemoCheck::State::Failed);
        // Without the archive the seal alone still catches it.
        QVERIFY(!MemoVerifier::verify(pdf, {})->ok());
    }

    void resealedByAnotherKeyIsCaught()
    {
        // An altered memo re-sealed and signed with someone else's key: the
        // seal is self-consistent, but neither the reader's key nor the
        // archive's record accept it.
        auto a = MemoSigner::loadOrCreate(keyPath(QStringLiteral("a.pem")));
        auto b = MemoSigner::loadOrCreate(keyPath(QStringLiteral("b.pem")));
        MiniPrinter printer;
        auto memo = MemoExporter::prepare(*m_db, spec(), &*a);
        QVERIFY(memo.ok());
        const QString file = m_archive.dir() + QStringLiteral("/by-a.pdf");
        QVERIFY(MemoExporter::finish(*m_db, *memo, test::threePagePdf(), file, &*a).ok());

        MemoSealRequest forged;
        forged.renderedPdf = test::threePagePdf().replace("First section body", "First section b0dy");
        forged.info = memo->info;
        forged.stamps = memo->stamps;
        forged.fingerprint = memo->fingerprint;
        forged.canonicalContent = memo->canonical;
        forged.signer = &*b;
        const QByteArray pdf = MemoPdfSeal::seal(forged)->bytes;

        MemoVerifyOptions withKey;
        withKey.trustedPublicKey = a->publicKey();
        auto v = MemoVerifier::verify(pdf, withKey);
        QVERIFY(v.ok());
        QCOMPARE(v->check(QStringLiteral("signature"))->state, MemoCheck::State::Passed);
        QCOMPARE(v->check(QStringLiteral("signer"))->state, MemoCheck::State::Failed);
        QVERIFY(!v->ok());

        MemoVerifyOptions withArchive;
        withArchive.archive = m_db.get();
        auto w = MemoVerifier::verify(pdf, withArchive);
        QVERIFY(!w->ok());
        QCOMPARE(w->check(QStringLiteral("file"))->state, MemoCheck::State::Failed);
        QCOMPARE(w->check(QStringLiteral("signer"))->state, MemoCheck::State::Failed);
    }

    void evidenceMissingFromArchiveIsNamed()
    {
        const QString file = m_archive.dir() + QStringLiteral("/other.pdf");
        const QByteArray pdf = exportMemo(file, nullptr);
        // Another archive, without the cited capture.
        test::TempArchive other;
        auto db = other.open();
        MemoVerifyOptions o;
        o.archive = db.get();
        auto v = MemoVerifier::verify(pdf, o);
        QVERIFY(v.ok());
        QCOMPARE(v->check(QStringLiteral("evidence"))->state, MemoCheck::State::Failed);
        QVERIFY(v->check(QStringLiteral("evidence"))->detail.contains(QStringLiteral("not in the archive")));
        QCOMPARE(v->check(QStringLiteral("recorded"))->state, MemoCheck::State::Failed);
    }

    void notAPdfIsBadInput()
    {
        QVERIFY(!MemoVerifier::verify("just text", {}).ok());
        auto v = MemoVerifier::verify(test::threePagePdf(), {});
        QVERIFY(v.ok());
        QCOMPARE(v->check(QStringLiteral("seal"))->state, MemoCheck::State::Failed);
        QVERIFY(!v->ok());
    }
};

QTEST_GUILESS_MAIN(TestMemoSigner)
#include "tst_memo_signer.moc"
