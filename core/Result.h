// SPDX-License-Identifier: GPL-2.0-or-later
// Result<T>: the value of an operation that can fail, or an Error that says
// what went wrong and, for input files, which file and line. Every fallible
// function of core/ returns one; nothing fails silently with an empty value.
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace ModRescue {

struct Error
{
    enum class Code {
        Io,            // a file or directory could not be read
        Malformed,     // input had a shape core/ does not understand
        InvalidName,   // a module name the kernel would never accept
        NotFound,      // no such module (neither loaded nor known)
        Unsupported,   // the kernel or the tree lacks what is needed
    };

    Code code = Code::Io;
    QString message; // translated, one sentence, no trailing newline
    QString file;    // path as given (below the root), empty if none
    qint64 line = 0; // 1-based line in file, 0 if not about a line

    // "file:line: message", "file: message" or "message".
    QString toString() const;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(const T &value) : m_data(std::in_place_index<0>, value) {}
    Result(T &&value) : m_data(std::in_place_index<0>, std::move(value)) {}
    Result(const Error &error) : m_data(std::in_place_index<1>, error) {}
    Result(Error &&error) : m_data(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    const Error &error() const { return std::get<1>(m_data); }

private:
    std::variant<T, Error> m_data;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(const Error &error) : m_error(error), m_failed(true) {}
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

// Shorthands for building errors at the place they happen.
Error makeError(Error::Code code, const QString &message, const QString &file = {},
                qint64 line = 0);

} // namespace ModRescue
