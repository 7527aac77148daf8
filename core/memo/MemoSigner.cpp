#include "memo/MemoSigner.h"

#include "provenance/Sha256.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace cw {

namespace {

QString tr(const char *s)
{
    return QCoreApplication::translate("cw::MemoSigner", s);
}

QString opensslError()
{
    const unsigned long e = ERR_get_error();
    if (!e)
        return {};
    char buf[256];
    ERR_error_string_n(e, buf, sizeof buf);
    return QString::fromLatin1(buf);
}

struct BioDeleter
{
    void operator()(BIO *b) const { BIO_free(b); }
};
struct MdCtxDeleter
{
    void operator()(EVP_MD_CTX *c) const { EVP_MD_CTX_free(c); }
};
struct PkeyDeleter
{
    void operator()(EVP_PKEY *k) const { EVP_PKEY_free(k); }
};
using BioPtr = std::unique_ptr<BIO, BioDeleter>;
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyDeleter>;
using MdCtxPtr = std::unique_ptr<EVP_MD_CTX, MdCtxDeleter>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long n = BIO_get_mem_data(bio, &data);
    return n > 0 ? QByteArray(data, n) : QByteArray();
}

QByteArray rawPublicKey(EVP_PKEY *key)
{
    QByteArray out(MemoSigner::kPublicKeySize, Qt::Uninitialized);
    size_t len = size_t(out.size());
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(out.data()), &len) != 1)
        return {};
    out.resize(qsizetype(len));
    return out;
}

// Writes the new key file without a moment in which others could read it:
// created with O_EXCL and mode 0600 before any byte is written.
Status writePrivateFile(const QString &path, const QByteArray &bytes)
{
    const QString op = tr("creating the signing key %1").arg(QDir::toNativeSeparators(path));
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(op, tr("cannot create the folder %1").arg(dir));
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL, 0600);
    if (fd < 0)
        return makeError(op, QString::fromLocal8Bit(std::strerror(errno)));
    qsizetype written = 0;
    while (written < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.constData() + written, size_t(bytes.size() - written));
        if (n <= 0) {
            ::close(fd);
            ::unlink(QFile::encodeName(path).constData());
            return makeError(op, tr("cannot write the key file"));
        }
        written += n;
    }
    if (::fsync(fd) != 0 || ::close(fd) != 0)
        return makeError(op, tr("cannot write the key file"));
    return {};
}

} // namespace

struct MemoSigner::Key
{
    PkeyPtr pkey;
};

MemoSigner::MemoSigner(std::unique_ptr<Key> key, QString path)
    : m_key(std::move(key)), m_path(std::move(path)), m_publicKey(rawPublicKey(m_key->pkey.get()))
{
}

MemoSigner::MemoSigner(MemoSigner &&) noexcept = default;
MemoSigner &MemoSigner::operator=(MemoSigner &&) noexcept = default;
MemoSigner::~MemoSigner() = default;

QString MemoSigner::defaultKeyPath()
{
    const QString env = qEnvironmentVariable("CLAUSEWATCH_SIGNING_KEY");
    if (!env.isEmpty())
        return env;
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.config/clausewatch");
    return dir + QStringLiteral("/memo-signing-key.pem");
}

Result<MemoSigner> MemoSigner::load(const QString &path)
{
    const QString op = tr("reading the signing key %1").arg(QDir::toNativeSeparators(path));
    QFile f(path);
    if (!f.exists())
        return makeError(op, tr("there is no such key file"));
    // Refuse a key others can read or write: it may have been copied or replaced.
    const QFileDevice::Permissions shared = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                            QFileDevice::ReadOther | QFileDevice::WriteOther;
    if (f.permissions() & shared)
        return makeError(op, tr("other users can access it; run chmod 600 on it"));
    if (!f.open(QIODevice::ReadOnly))
        return makeError(op, f.errorString());
    const QByteArray pem = f.readAll();
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    PkeyPtr pkey(PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr));
    if (!pkey)
        return makeError(op, tr("not a PEM private key"), opensslError());
    if (EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_ED25519)
        return makeError(op, tr("not an Ed25519 key"));
    auto key = std::make_unique<Key>();
    key->pkey = std::move(pkey);
    return MemoSigner(std::move(key), path);
}

Result<MemoSigner> MemoSigner::loadOrCreate(const QString &path)
{
    if (QFile::exists(path))
        return load(path);
    const QString op = tr("creating the signing key %1").arg(QDir::toNativeSeparators(path));
    PkeyPtr pkey(EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"));
    if (!pkey)
        return makeError(op, tr("OpenSSL could not generate an Ed25519 key"), opensslError());
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PrivateKey(bio.get(), pkey.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return makeError(op, tr("OpenSSL could not encode the key"), opensslError());
    CW_TRY(writePrivateFile(path, bioBytes(bio.get())));
    return load(path);
}

QByteArray MemoSigner::publicKeyPem() const
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_PUBKEY(bio.get(), m_key->pkey.get()) != 1)
        return {};
    return bioBytes(bio.get());
}

Result<QByteArray> MemoSigner::sign(const QByteArray &message) const
{
    const QString op = tr("signing the memo");
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, nullptr, nullptr, m_key->pkey.get()) != 1)
        return makeError(op, tr("OpenSSL could not start signing"), opensslError());
    QByteArray sig(kSignatureSize, Qt::Uninitialized);
    size_t len = size_t(sig.size());
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char *>(sig.data()), &len,
                       reinterpret_cast<const unsigned char *>(message.constData()),
                       size_t(message.size())) != 1)
        return makeError(op, tr("OpenSSL could not sign"), opensslError());
    sig.resize(qsizetype(len));
    return sig;
}

QString MemoSigner::keyIdOf(const QByteArray &publicKey)
{
    return Sha256::hexOf(publicKey).left(16);
}

Result<bool> MemoSigner::verify(const QByteArray &publicKey, const QByteArray &message,
                                const QByteArray &signature)
{
    const QString op = tr("checking the memo's signature");
    if (publicKey.size() != kPublicKeySize)
        return makeError(op, tr("the public key is not 32 bytes long"));
    PkeyPtr pkey(EVP_PKEY_new_raw_public_key(
        EVP_PKEY_ED25519, nullptr, reinterpret_cast<const unsigned char *>(publicKey.constData()),
        size_t(publicKey.size())));
    if (!pkey)
        return makeError(op, tr("not an Ed25519 public key"), opensslError());
    if (signature.size() != kSignatureSize)
        return false;
    MdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_DigestVerifyInit(ctx.get(), nullptr, nullptr, nullptr, pkey.get()) != 1)
        return makeError(op, tr("OpenSSL could not start verifying"), opensslError());
    const int rc = EVP_DigestVerify(
        ctx.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
        size_t(signature.size()), reinterpret_cast<const unsigned char *>(message.constData()),
        size_t(message.size()));
    ERR_clear_error();
    return rc == 1;
}

Result<QByteArray> MemoSigner::parsePublicKey(const QByteArray &text)
{
    const QString op = tr("reading a public key");
    const QByteArray trimmed = text.trimmed();
    if (trimmed.size() == 2 * kPublicKeySize) {
        const QByteArray raw = QByteArray::fromHex(trimmed);
        if (raw.size() == kPublicKeySize && raw.toHex() == trimmed.toLower())
            return raw;
    }
    BioPtr bio(BIO_new_mem_buf(trimmed.constData(), int(trimmed.size())));
    PkeyPtr pkey(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
    if (!pkey)
        return makeError(op, tr("neither a PEM public key nor 64 hex digits"), opensslError());
    if (EVP_PKEY_get_base_id(pkey.get()) != EVP_PKEY_ED25519)
        return makeError(op, tr("not an Ed25519 key"));
    return rawPublicKey(pkey.get());
}

} // namespace cw
