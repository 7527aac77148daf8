#include "archive/Transaction.h"

#include "archive/Database.h"

namespace cw {

Transaction::Transaction(const Database &db) : m_db(db)
{
    m_active = m_db.exec("SAVEPOINT cw_tx").ok();
}

Transaction::~Transaction()
{
    if (m_active) {
        // Undo everything since the savepoint, then drop it.
        (void)m_db.exec("ROLLBACK TO cw_tx");
        (void)m_db.exec("RELEASE cw_tx");
    }
}

Status Transaction::commit()
{
    if (!m_active)
        return makeError(QStringLiteral("committing"), QStringLiteral("no open transaction"));
    CW_TRY(m_db.exec("RELEASE cw_tx"));
    m_active = false;
    return {};
}

} // namespace cw
