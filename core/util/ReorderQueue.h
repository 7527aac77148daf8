#pragma once

#include <condition_variable>
#include <cstddef>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>

namespace cw {

/// Puts back in order what several workers finish out of order: items are
/// numbered 0, 1, 2, … by whoever hands them to the workers, the workers push
/// them with their number whenever they are done, and pop() gives them to
/// the one consumer strictly by number.
///
/// Bounded like BoundedQueue: a worker whose item is `capacity` or more ahead
/// of the next one due waits, so a slow item holds back at most that many
/// finished ones. close() ends it from either side: push() then refuses and
/// pop() returns nullopt as soon as the next item due is not there (items
/// after a gap are never handed out of order).
template <typename T> class ReorderQueue
{
public:
    explicit ReorderQueue(std::size_t capacity) : m_capacity(capacity ? capacity : 1) {}

    /// Waits until `number` is within `capacity` of the next item due; false
    /// when the queue was closed (the item is dropped).
    bool push(std::uint64_t number, T item)
    {
        std::unique_lock lock(m_mutex);
        m_room.wait(lock, [&] { return m_closed || number < m_next + m_capacity; });
        if (m_closed)
            return false;
        m_items.emplace(number, std::move(item));
        if (number == m_next)
            m_due.notify_one();
        return true;
    }

    /// Waits for the next item in order; nullopt once the queue is closed and
    /// that item has not arrived.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_due.wait(lock, [&] { return m_closed || m_items.count(m_next) > 0; });
        return takeNext();
    }

    /// The next item in order if it is there now; nullopt otherwise (without waiting).
    std::optional<T> tryPop()
    {
        std::lock_guard lock(m_mutex);
        return takeNext();
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_room.notify_all();
        m_due.notify_all();
    }

private:
    // Under the lock: the next item due, if it is there.
    std::optional<T> takeNext()
    {
        const auto it = m_items.find(m_next);
        if (it == m_items.end())
            return std::nullopt;
        T item = std::move(it->second);
        m_items.erase(it);
        ++m_next;
        m_room.notify_all();
        return item;
    }

    const std::size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_room;
    std::condition_variable m_due;
    std::map<std::uint64_t, T> m_items;
    std::uint64_t m_next = 0;
    bool m_closed = false;
};

} // namespace cw
