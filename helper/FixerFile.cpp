// SPDX-License-Identifier: GPL-2.0-or-later
#include "FixerFile.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace ModRescue {

namespace {

constexpr char FixerFileName[] = MODRESCUE_FIXER_NAME ".ko";

// Owned by root, not writable by group or others.
bool trusted(const struct stat &st)
{
    return st.st_uid == 0 && (st.st_mode & (S_IWGRP | S_IWOTH)) == 0;
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

// Opens `dir` (an absolute, already resolved path) one component at a time
// from "/", refusing symbolic links and untrusted directories.
int openTrustedDirectory(const QByteArray &dir, QString *why)
{
    int fd = ::open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) {
        *why = QStringLiteral("cannot open /: %1").arg(errnoText(errno));
        return -1;
    }
    QByteArray walked;
    for (const QByteArray &part : dir.split('/')) {
        struct stat st
        {
        };
        if (fstat(fd, &st) != 0 || !trusted(st)) {
            *why = QStringLiteral("directory %1 is not owned by root or is writable by others")
                       .arg(QString::fromLocal8Bit(walked.isEmpty() ? "/" : walked));
            ::close(fd);
            return -1;
        }
        if (part.isEmpty())
            continue;
        walked += '/' + part;
        const int next =
            openat(fd, part.constData(), O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
        const int error = errno;
        ::close(fd);
        if (next < 0) {
            *why = QStringLiteral("cannot open directory %1: %2")
                       .arg(QString::fromLocal8Bit(walked), errnoText(error));
            return -1;
        }
        fd = next;
    }
    struct stat st
    {
    };
    if (fstat(fd, &st) != 0 || !trusted(st)) {
        *why = QStringLiteral("directory %1 is not owned by root or is writable by others")
                   .arg(QString::fromLocal8Bit(walked));
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

FixerFile::FixerFile(FixerFile &&other) noexcept : m_fd(other.m_fd), m_path(std::move(other.m_path))
{
    other.m_fd = -1;
}

FixerFile &FixerFile::operator=(FixerFile &&other) noexcept
{
    if (this != &other) {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = other.m_fd;
        m_path = std::move(other.m_path);
        other.m_fd = -1;
    }
    return *this;
}

FixerFile::~FixerFile()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

QStringList FixerFile::defaultSearchDirectories()
{
    return {QStringLiteral("/lib/modules/%r/updates/dkms"), QStringLiteral("/lib/modules/%r/extra"),
            QStringLiteral("/lib/modules/%r/updates")};
}

QStringList FixerFile::searchPaths(const QStringList &directories, const QString &release)
{
    QStringList out;
    for (QString dir : directories)
        out << dir.replace(QLatin1String("%r"), release);
    return out;
}

FixerFile FixerFile::open(const QStringList &paths, const QString &release, QString *why)
{
    QStringList problems;
    for (const QString &dir : paths) {
        // Resolve the directory once (Debian's /lib is a link to usr/lib),
        // then walk the resolved path without following anything.
        char resolved[PATH_MAX];
        if (!QDir::isAbsolutePath(dir) || !realpath(QFile::encodeName(dir).constData(), resolved))
            continue;
        QString problem;
        const int dirFd = openTrustedDirectory(QByteArray(resolved), &problem);
        if (dirFd < 0) {
            problems << problem;
            continue;
        }
        const int fd = openat(dirFd, FixerFileName, O_RDONLY | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
        const int error = errno;
        ::close(dirFd);
        const QString path =
            QString::fromLocal8Bit(resolved) + QLatin1Char('/') + QLatin1String(FixerFileName);
        if (fd < 0) {
            if (error != ENOENT)
                problems << QStringLiteral("cannot open %1: %2").arg(path, errnoText(error));
            continue;
        }
        struct stat st
        {
        };
        if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || !trusted(st)) {
            problems << QStringLiteral("%1 is not a regular file owned by root and writable only "
                                       "by root")
                            .arg(path);
            ::close(fd);
            continue;
        }
        FixerFile file;
        file.m_fd = fd;
        file.m_path = path;
        return file;
    }
    *why = QStringLiteral("no usable %1 for kernel %2 (searched %3)")
               .arg(QLatin1String(FixerFileName), release, paths.join(QLatin1String(", ")));
    if (!problems.isEmpty())
        *why += QStringLiteral("; ") + problems.join(QLatin1String("; "));
    *why += QStringLiteral(". Build and install it for this kernel with DKMS: "
                           "apt-get install linux-headers-%1 && dkms install modrescue-fixer -k %1")
                .arg(release);
    return {};
}

} // namespace ModRescue
