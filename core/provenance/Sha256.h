#pragma once

#include <QByteArray>
#include <QString>

#include <memory>

namespace cw {

/// SHA-256 through OpenSSL (libcrypto). Incremental: update() any number of
/// times, then hex() or digest() once.
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void update(const char *data, qsizetype size);
    void update(const QByteArray &data) { update(data.constData(), data.size()); }
    QByteArray digest();   ///< 32 raw bytes; finalises the hash
    QString hex() { return QString::fromLatin1(digest().toHex()); }

    /// Hex SHA-256 of bytes.
    static QString hexOf(const QByteArray &bytes);
    /// Hex SHA-256 of a text's UTF-8 encoding: how version text is hashed.
    static QString hexOfText(const QString &text) { return hexOf(text.toUtf8()); }

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace cw
