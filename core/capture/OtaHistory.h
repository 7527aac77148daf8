#pragma once

#include "capture/OtaCapture.h"
#include "capture/OtaDocumentPath.h"
#include "capture/OtaFilter.h"
#include "capture/OtaProgress.h"
#include "util/Result.h"

#include <QList>
#include <QString>
#include <functional>

namespace cw {

/// The recorded versions of an Open Terms Archive *versions* repository, as the
/// import needs them. The core knows only this interface; the implementation
/// (OtaRepositorySource, libgit2) lives in the clausewatch_git module, which
/// CaptureModules::openOtaHistory() loads when an import needs it, so that other
/// commands never load libgit2 and what it pulls in.
///
/// The history model and contracts are OtaRepositorySource's (see there).
class OtaHistory
{
public:
    virtual ~OtaHistory() = default;

    virtual QString path() const = 0;
    /// The commit HEAD pointed to when the repository was opened (40 hex digits).
    virtual QString headCommitId() const = 0;
    /// The documents present at the pinned HEAD, in path order.
    virtual Result<QList<OtaDocumentPath>> documents() const = 0;
    /// How many commits forEachCapture(filter) will visit (a progress total).
    virtual Result<int> countCommits(const OtaFilter &filter = {}) const = 0;
    /// Streams the captures selected by `filter` to `sink`, oldest first; the
    /// sink returns false to stop.
    virtual Status forEachCapture(const OtaFilter &filter,
                                  const std::function<bool(const OtaCapture &)> &sink,
                                  OtaProgress *progress = nullptr) const = 0;
};

} // namespace cw
