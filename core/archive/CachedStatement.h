#pragma once

#include "archive/Statement.h"

namespace cw {

/// A statement borrowed from Database::cached(). It is reset when the lease
/// ends, so a single-row read never leaves its statement active: an active
/// SELECT would keep a read transaction (and an old WAL snapshot) open on the
/// connection after its caller returned. Use like a pointer.
class CachedStatement
{
public:
    explicit CachedStatement(Statement *statement) : m_statement(statement) {}
    CachedStatement(CachedStatement &&other) noexcept : m_statement(other.m_statement)
    {
        other.m_statement = nullptr;
    }
    CachedStatement &operator=(CachedStatement &&other) noexcept
    {
        if (this != &other) {
            release();
            m_statement = other.m_statement;
            other.m_statement = nullptr;
        }
        return *this;
    }
    CachedStatement(const CachedStatement &) = delete;
    CachedStatement &operator=(const CachedStatement &) = delete;
    ~CachedStatement() { release(); }

    Statement *operator->() const { return m_statement; }
    Statement &operator*() const { return *m_statement; }
    Statement *get() const { return m_statement; }

private:
    void release()
    {
        if (m_statement)
            m_statement->reset();
        m_statement = nullptr;
    }

    Statement *m_statement;
};

} // namespace cw
