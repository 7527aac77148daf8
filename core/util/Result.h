#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace cw {

/// A failure as a value: what was being done, what went wrong, and optionally
/// the lower-level reason. `toString()` gives the one-line message the command
/// line prints ("opening archive /x.cwa: file is not a database").
struct Error
{
    QString operation; ///< what we were doing, e.g. "opening archive /tmp/a.cwa"
    QString message;   ///< what went wrong, for a person
    QString cause;     ///< optional lower-level detail (SQLite, OpenSSL, errno text)

    QString toString() const
    {
        QString s = operation.isEmpty() ? message : operation + QStringLiteral(": ") + message;
        if (!cause.isEmpty())
            s += QStringLiteral(" (") + cause + QLatin1Char(')');
        return s;
    }
};

/// Either a value or an Error. Contract: `value()` may only be called when
/// `ok()`; `error()` only when not. No exceptions cross module boundaries.
template <typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_v(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : m_v(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_v.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<0>(m_v); }
    const T &value() const & { return std::get<0>(m_v); }
    T &&value() && { return std::get<0>(std::move(m_v)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<1>(m_v); }

    T valueOr(T fallback) const { return ok() ? value() : std::move(fallback); }

private:
    std::variant<T, Error> m_v;
};

/// Result of an operation that yields nothing but can fail.
template <>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

inline Error makeError(QString operation, QString message, QString cause = {})
{
    return Error{std::move(operation), std::move(message), std::move(cause)};
}

} // namespace cw

/// Propagate an error from an expression returning Result<...> (or Status).
#define CW_TRY(expr)                                                                               \
    do {                                                                                           \
        auto &&cw_try_result_ = (expr);                                                            \
        if (!cw_try_result_.ok())                                                                  \
            return cw_try_result_.error();                                                         \
    } while (false)
