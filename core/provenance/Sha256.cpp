#include "provenance/Sha256.h"

#include <openssl/evp.h>

namespace cw {

struct Sha256::Impl
{
    EVP_MD_CTX *ctx = nullptr;
    bool finished = false;
};

Sha256::Sha256() : m_impl(std::make_unique<Impl>())
{
    m_impl->ctx = EVP_MD_CTX_new();
    EVP_DigestInit_ex(m_impl->ctx, EVP_sha256(), nullptr);
}

Sha256::~Sha256()
{
    EVP_MD_CTX_free(m_impl->ctx);
}

void Sha256::update(const char *data, qsizetype size)
{
    if (size > 0)
        EVP_DigestUpdate(m_impl->ctx, data, size_t(size));
}

QByteArray Sha256::digest()
{
    QByteArray out(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int len = 0;
    EVP_DigestFinal_ex(m_impl->ctx, reinterpret_cast<unsigned char *>(out.data()), &len);
    out.resize(int(len));
    return out;
}

QString Sha256::hexOf(const QByteArray &bytes)
{
    Sha256 h;
    h.update(bytes);
    return h.hex();
}

} // namespace cw
