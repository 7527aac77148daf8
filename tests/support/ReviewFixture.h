#pragma once

// The archive the workstation tests review: the demo archive as built — its
// histories, the built-in taxonomy and the rule classifier's own flags —
// with the flags of one platform (Bazaro) confirmed, as if an analyst had
// reviewed them. Built once per test process; each test works on a copy.

#include "TestSupport.h"
#include "archive/Database.h"
#include "archive/Transaction.h"
#include "services/DemoArchive.h"

#include <QFile>
#include <QString>

namespace cw::test {

/// Confirms Bazaro's flags. Returns the number of flags in the archive, or
/// -1 on failure.
inline int seedReviewFixture(const Database &db)
{
    Transaction tx(db);
    auto confirm = db.prepare(
        "UPDATE flags SET status = 'confirmed', updated_at = '2026-02-10T09:00:00Z'"
        " WHERE lineage_id IN (SELECT l.id FROM lineages l JOIN documents d ON d.id = l.document_id"
        " JOIN platforms p ON p.id = d.platform_id WHERE p.name = 'Bazaro')");
    if (!confirm || !confirm->exec())
        return -1;
    auto count = db.prepare("SELECT count(*) FROM flags");
    if (!count || !count->step())
        return -1;
    const int flags = int(count->int64(0));
    if (!tx.commit())
        return -1;
    return flags;
}

/// The demo archive with the review fixture applied.
class ReviewFixtureArchive
{
public:
    /// The path of the built fixture (built on first use).
    static QString masterPath()
    {
        static TempArchive master;
        static const bool built = [] {
            auto db = master.open();
            if (!DemoArchive::build(*db).ok())
                return false;
            return seedReviewFixture(*db) > 0;
        }();
        if (!built)
            qFatal("cannot build the review fixture archive");
        return master.path();
    }

    /// A fresh copy of the fixture in its own temporary folder.
    ReviewFixtureArchive()
    {
        if (!QFile::copy(masterPath(), m_archive.path()))
            qFatal("cannot copy the review fixture archive");
    }

    QString path() const { return m_archive.path(); }
    QString dir() const { return m_archive.dir(); }
    std::unique_ptr<Database> open() const { return m_archive.open(); }

private:
    TempArchive m_archive;
};

} // namespace cw::test
