#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

#include <memory>

namespace cw {

/// The analyst's Ed25519 key for signing memos (OpenSSL EVP).
///
/// The private key lives in a PEM (PKCS #8) file created on first use with
/// mode 0600 in a 0700 folder — by default the user's configuration folder
/// (defaultKeyPath()); tests and the command line may inject another path.
/// A key file that other users can read is refused, as ssh does.
///
/// Move-only; a signer is used from one thread at a time.
class MemoSigner
{
public:
    static constexpr int kPublicKeySize = 32;
    static constexpr int kSignatureSize = 64;

    /// ~/.config/clausewatch/memo-signing-key.pem (QStandardPaths::AppConfigLocation),
    /// or $CLAUSEWATCH_SIGNING_KEY when set.
    static QString defaultKeyPath();
    /// Loads the key at `path`, creating it (and its folder) when absent.
    static Result<MemoSigner> loadOrCreate(const QString &path);
    /// Loads an existing key; an Error when there is none.
    static Result<MemoSigner> load(const QString &path);

    MemoSigner(MemoSigner &&) noexcept;
    MemoSigner &operator=(MemoSigner &&) noexcept;
    ~MemoSigner();

    QString keyPath() const { return m_path; }
    /// The raw 32-byte public key.
    QByteArray publicKey() const { return m_publicKey; }
    /// SubjectPublicKeyInfo PEM, for handing to readers of memos.
    QByteArray publicKeyPem() const;
    /// A short id people can compare: the first 16 hex of SHA-256(public key).
    QString keyId() const { return keyIdOf(m_publicKey); }

    /// The 64-byte Ed25519 signature of `message`.
    Result<QByteArray> sign(const QByteArray &message) const;

    static QString keyIdOf(const QByteArray &publicKey);
    /// True when `signature` is `publicKey`'s signature of `message`; an Error
    /// only when the key itself is unusable.
    static Result<bool> verify(const QByteArray &publicKey, const QByteArray &message,
                               const QByteArray &signature);
    /// Reads a public key from PEM (SubjectPublicKeyInfo) or 64 hex digits.
    static Result<QByteArray> parsePublicKey(const QByteArray &text);

private:
    struct Key;
    MemoSigner(std::unique_ptr<Key> key, QString path);

    std::unique_ptr<Key> m_key;
    QString m_path;
    QByteArray m_publicKey;
};

} // namespace cw
