#pragma once

#include "util/Result.h"

namespace cw {

class Database;

/// A savepoint that rolls back unless committed (RAII). Nests: an inner
/// Transaction commits into the outer one. One import unit = one Transaction,
/// so a crash leaves all of it or none of it.
class Transaction
{
public:
    explicit Transaction(const Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /// False when the savepoint could not be opened (then commit() fails too).
    bool isActive() const { return m_active; }
    Status commit();

private:
    const Database &m_db;
    bool m_active = false;
};

} // namespace cw
