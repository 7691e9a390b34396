// SPDX-License-Identifier: GPL-2.0-or-later
// TextFile (internal to core/): bounded reads of procfs/sysfs text files and
// line iteration with line numbers, so every parser can name file and line
// in its errors and no input, however large or odd, can exhaust memory.
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace ModRescue {

class TextFile
{
public:
    static constexpr qint64 DefaultLimit = 16 * 1024 * 1024;

    // root + "/" + relative, without doubling the slash for root "/".
    static QString under(const QString &root, QStringView relative);

    // At most n bytes of v as text, for quoting bad input in messages.
    static QString excerpt(QByteArrayView v, qsizetype n = 80)
    {
        return QString::fromUtf8(v.first(std::min(n, v.size())));
    }

    // Whole file, failing (Malformed) when it is larger than limit bytes.
    static Result<QByteArray> read(const QString &path, qint64 limit = DefaultLimit);
    // Same, relative to an open directory (fast path for sysfs attributes);
    // path is only used for messages.
    static Result<QByteArray> readAt(int dirfd, const char *relative, const QString &path,
                                     qint64 limit = 64 * 1024);
    // One trimmed value, as sysfs attributes hold ("live\n" -> "live").
    static Result<QString> readValue(const QString &path);
    static bool exists(const QString &path);
    // Names in a directory without following any symlink inside it; "." and
    // ".." left out; sorted.
    static Result<QStringList> entries(const QString &path);
    static Result<QStringList> entriesAt(int dirfd, const char *relative, const QString &path);
    // Target of a symlink; empty on failure.
    static QString linkTarget(const QString &path);

    // The message for errno err on path, translated.
    static Error ioError(const QString &path, int err);

    // Iterates the lines of data; fails (Malformed) on a line longer than
    // maxLine or one containing a NUL byte.
    class Lines
    {
    public:
        Lines(QByteArrayView data, QString path, qsizetype maxLine = 4096)
            : m_data(data), m_path(std::move(path)), m_maxLine(maxLine)
        {
        }
        // false at the end or on error (then error() is set).
        bool next(QByteArrayView *line);
        qint64 number() const { return m_number; }
        bool failed() const { return m_failed; }
        const Error &error() const { return m_error; }
        // Error at the current line.
        Error errorHere(const QString &message) const;

    private:
        QByteArrayView m_data;
        QString m_path;
        qsizetype m_maxLine;
        qsizetype m_pos = 0;
        qint64 m_number = 0;
        bool m_failed = false;
        Error m_error;
    };
};

} // namespace ModRescue
