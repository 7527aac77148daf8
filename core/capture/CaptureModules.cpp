#include "capture/CaptureModules.h"

#include "capture/OtaHistoryOpener.h"
#include "util/ModuleLoader.h"

namespace cw {

Result<std::unique_ptr<OtaHistory>> CaptureModules::openOtaHistory(const QString &path)
{
    using Entry = const OtaHistoryOpener *(*)();
    auto entry = ModuleLoader::entry(QStringLiteral("clausewatch_git"), "cw_ota_history_opener");
    if (!entry)
        return entry.error();
    return reinterpret_cast<Entry>(*entry)()->open(path);
}

Result<const HttpFetcher *> CaptureModules::httpFetcher()
{
    using Entry = const HttpFetcher *(*)();
    auto entry = ModuleLoader::entry(QStringLiteral("clausewatch_net"), "cw_http_fetcher");
    if (!entry)
        return entry.error();
    return reinterpret_cast<Entry>(*entry)();
}

} // namespace cw
