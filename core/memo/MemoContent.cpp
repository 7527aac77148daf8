#include "memo/MemoContent.h"

#include <algorithm>

namespace cw {

QStringList MemoContent::citedHashes() const
{
    QStringList out;
    for (const MemoEvidence &e : evidence) {
        out << e.rawSha256;
        if (!e.textSha256.isEmpty())
            out << e.textSha256;
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

const MemoEvidence *MemoContent::evidenceFor(qint64 snapshotId) const
{
    for (const MemoEvidence &e : evidence)
        if (e.snapshotId == snapshotId)
            return &e;
    return nullptr;
}

} // namespace cw
