// clausewatch_git: the Open Terms Archive reader (libgit2, and through it
// mbedTLS, libssh2, Kerberos …) as a module that the core loads only for
// import-ota (CaptureModules), so that other commands start without them.

#include "capture/OtaHistoryOpener.h"
#include "capture/git/OtaRepositorySource.h"

namespace {

class GitOtaHistoryOpener final : public cw::OtaHistoryOpener
{
public:
    cw::Result<std::unique_ptr<cw::OtaHistory>> open(const QString &path) const override
    {
        auto source = cw::OtaRepositorySource::open(path);
        if (!source)
            return source.error();
        return std::unique_ptr<cw::OtaHistory>(
            std::make_unique<cw::OtaRepositorySource>(std::move(*source)));
    }
};

} // namespace

extern "C" Q_DECL_EXPORT const cw::OtaHistoryOpener *cw_ota_history_opener()
{
    static const GitOtaHistoryOpener opener;
    return &opener;
}
