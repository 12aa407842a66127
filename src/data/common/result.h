#pragma once

#include "data/common/dberror.h"

#include <utility>
#include <variant>

namespace cs::data {

// The value of a write that answers nothing but "done".
struct Done
{
};

// What a repository call answers: a value, or the one DbError that says why not. A default-made Result
// is a cancelled one (the state of a call that never ran).
template<typename T>
class Result
{
public:
    Result()
        : m_state(DbError::cancelled())
    {
    }
    Result(T value)   // NOLINT(google-explicit-constructor): `return value;` reads naturally
        : m_state(std::in_place_index<0>, std::move(value))
    {
    }
    Result(DbError error)   // NOLINT(google-explicit-constructor)
        : m_state(std::in_place_index<1>, std::move(error))
    {
    }

    bool ok() const { return m_state.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<0>(m_state); }
    T& value() & { return std::get<0>(m_state); }
    T&& value() && { return std::get<0>(std::move(m_state)); }
    const T* operator->() const { return &std::get<0>(m_state); }
    const T& operator*() const { return std::get<0>(m_state); }

    // The error; an unset DbError when the call succeeded.
    const DbError& error() const
    {
        static const DbError none;
        return ok() ? none : std::get<1>(m_state);
    }

private:
    std::variant<T, DbError> m_state;
};

} // namespace cs::data
