// SPDX-License-Identifier: GPL-2.0-or-later
#include "TextFile.h"

#include <QCoreApplication>
#include <QFile>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <utility>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ModRescue {

namespace {

class Fd
{
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release() { return std::exchange(m_fd, -1); }

private:
    int m_fd;
};

struct DirCloser
{
    void operator()(DIR *d) const { ::closedir(d); }
};

Result<QByteArray> readFd(int fd, const QString &path, qint64 limit)
{
    QByteArray data;
    char buf[65536];
    for (;;) {
        const ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0) {
            if (errno == EINTR)
                continue;
            return TextFile::ioError(path, errno);
        }
        if (n == 0)
            break;
        if (data.size() + n > limit)
            return makeError(Error::Code::Malformed,
                             QCoreApplication::translate(
                                 "TextFile", "The file is larger than %1 bytes; it cannot be a "
                                             "kernel file of this kind.")
                                 .arg(limit),
                             path);
        data.append(buf, n);
    }
    return data;
}

Result<QStringList> listFd(int fd, const QString &path)
{
    std::unique_ptr<DIR, DirCloser> dir(::fdopendir(fd));
    if (!dir) {
        const int err = errno;
        ::close(fd);
        return TextFile::ioError(path, err);
    }
    QStringList names;
    while (const dirent *e = ::readdir(dir.get())) {
        if (std::strcmp(e->d_name, ".") == 0 || std::strcmp(e->d_name, "..") == 0)
            continue;
        names.append(QFile::decodeName(e->d_name));
    }
    std::sort(names.begin(), names.end());
    return names;
}

} // namespace

Error TextFile::ioError(const QString &path, int err)
{
    QString why;
    switch (err) {
    case ENOENT:
        why = QCoreApplication::translate("TextFile", "The file does not exist.");
        break;
    case EACCES:
    case EPERM:
        why = QCoreApplication::translate("TextFile", "Permission denied.");
        break;
    case ELOOP:
        why = QCoreApplication::translate("TextFile", "Too many levels of symbolic links (a "
                                                      "symlink loop).");
        break;
    case ENOTDIR:
        why = QCoreApplication::translate("TextFile", "A part of the path is not a directory.");
        break;
    case EISDIR:
        why = QCoreApplication::translate("TextFile", "It is a directory, not a file.");
        break;
    default:
        why = QCoreApplication::translate("TextFile", "It cannot be read: %1.")
                  .arg(QString::fromLocal8Bit(std::strerror(err)));
    }
    return makeError(err == ENOENT ? Error::Code::NotFound : Error::Code::Io, why, path);
}

QString TextFile::under(const QString &root, QStringView relative)
{
    if (root.isEmpty() || root == QLatin1String("/"))
        return QLatin1Char('/') + relative.toString();
    if (root.endsWith(QLatin1Char('/')))
        return root + relative.toString();
    return root + QLatin1Char('/') + relative.toString();
}

Result<QByteArray> TextFile::read(const QString &path, qint64 limit)
{
    Fd fd(::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return ioError(path, errno);
    return readFd(fd.get(), path, limit);
}

Result<QByteArray> TextFile::readAt(int dirfd, const char *relative, const QString &path,
                                    qint64 limit)
{
    Fd fd(::openat(dirfd, relative, O_RDONLY | O_CLOEXEC | O_NOCTTY));
    if (fd.get() < 0)
        return ioError(path, errno);
    return readFd(fd.get(), path, limit);
}

Result<QString> TextFile::readValue(const QString &path)
{
    auto data = read(path, 64 * 1024);
    if (!data)
        return data.error();
    return QString::fromUtf8(data->trimmed());
}

bool TextFile::exists(const QString &path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0;
}

Result<QStringList> TextFile::entries(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(path, errno);
    return listFd(fd, path);
}

Result<QStringList> TextFile::entriesAt(int dirfd, const char *relative, const QString &path)
{
    const int fd = ::openat(dirfd, relative, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0)
        return ioError(path, errno);
    return listFd(fd, path);
}

QString TextFile::linkTarget(const QString &path)
{
    char buf[4096];
    const ssize_t n = ::readlink(QFile::encodeName(path).constData(), buf, sizeof buf - 1);
    if (n <= 0)
        return {};
    return QFile::decodeName(QByteArray(buf, n));
}

bool TextFile::Lines::next(QByteArrayView *line)
{
    if (m_failed || m_pos >= m_data.size())
        return false;
    const qsizetype end = m_data.indexOf('\n', m_pos);
    const qsizetype stop = end < 0 ? m_data.size() : end;
    ++m_number;
    const QByteArrayView l = m_data.sliced(m_pos, stop - m_pos);
    m_pos = end < 0 ? m_data.size() : end + 1;
    if (l.size() > m_maxLine) {
        m_failed = true;
        m_error = errorHere(QCoreApplication::translate("TextFile",
                                                        "The line is longer than %1 bytes.")
                                .arg(m_maxLine));
        return false;
    }
    if (l.contains('\0')) {
        m_failed = true;
        m_error = errorHere(
            QCoreApplication::translate("TextFile", "The line contains a NUL byte (binary data)."));
        return false;
    }
    *line = l;
    return true;
}

Error TextFile::Lines::errorHere(const QString &message) const
{
    return makeError(Error::Code::Malformed, message, m_path, m_number);
}

} // namespace ModRescue
