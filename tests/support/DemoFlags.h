#pragma once

// The demo archive as the views and screenshots meet it: the flags are the
// rule classifier's own (raised while the demo was built); this marks the
// flags of two platforms as reviewed, as an analyst would have.

#include "CompareFixture.h"
#include "archive/Database.h"

namespace cw::test {

/// Confirms the demo's flags on Paylark and Streamly (the others stay
/// suggested). Returns the number of flags in the archive.
inline int flagDemo(const Database &db)
{
    auto confirm = db.prepare(
        "UPDATE flags SET status = 'confirmed', updated_at = '2026-01-15T09:00:00Z' WHERE lineage_id IN (SELECT l.id FROM lineages l"
        " JOIN documents d ON d.id = l.document_id JOIN platforms p ON p.id = d.platform_id"
        " WHERE p.name IN ('Paylark', 'Streamly'))");
    if (!confirm)
        fixtureFailure(QStringLiteral("demo flags"), confirm.error());
    if (auto s = confirm->exec(); !s)
        fixtureFailure(QStringLiteral("demo flags"), s.error());
    auto count = db.prepare("SELECT count(*) FROM flags");
    if (!count)
        fixtureFailure(QStringLiteral("demo flags"), count.error());
    if (auto row = count->step(); !row)
        fixtureFailure(QStringLiteral("demo flags"), row.error());
    return int(count->int64(0));
}

} // namespace cw::test
