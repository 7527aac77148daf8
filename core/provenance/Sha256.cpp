#include "provenance/Sha256.h"

// The low-level SHA-256 interface, not EVP: EVP's first digest initialises
// OpenSSL 3's provider machinery (name maps, the default provider's algorithm
// tables), about 1.8 ms per process — an eighth of `diff --files` on a small
// pair, for a hash that the low-level functions compute with the same
// assembler (SHA-NI/AVX2) at the same speed. They are deprecated in 3.0 but kept
// throughout OpenSSL 3; should a later OpenSSL drop them, go back to
// EVP_DigestInit_ex(EVP_sha256()) here (this file is the only user).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>

namespace cw {

struct Sha256::Impl
{
    SHA256_CTX ctx;
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>())
{
    SHA256_Init(&m_impl->ctx);
}

Sha256::~Sha256() = default;

void Sha256::update(const char *data, qsizetype size)
{
    if (size > 0)
        SHA256_Update(&m_impl->ctx, data, size_t(size));
}

QByteArray Sha256::digest()
{
    QByteArray out(SHA256_DIGEST_LENGTH, Qt::Uninitialized);
    SHA256_Final(reinterpret_cast<unsigned char *>(out.data()), &m_impl->ctx);
    return out;
}

QString Sha256::hexOf(const QByteArray &bytes)
{
    Sha256 h;
    h.update(bytes);
    return h.hex();
}

} // namespace cw
