// SPDX-License-Identifier: GPL-2.0-or-later
// FixerFile: finds modrescue_fixer.ko for the running kernel and opens it the
// way a root process must open a file it will hand to the kernel: every
// directory on the way and the file itself owned by root and writable by
// nobody else, no symbolic link followed after the directory was resolved.
// The search directories are fixed at build time; only the test-only helper
// binary can replace them.
#pragma once

#include <QString>
#include <QStringList>

namespace ModRescue {

class FixerFile
{
public:
    FixerFile() = default;
    FixerFile(const FixerFile &) = delete;
    FixerFile &operator=(const FixerFile &) = delete;
    FixerFile(FixerFile &&other) noexcept;
    FixerFile &operator=(FixerFile &&other) noexcept;
    ~FixerFile();

    // Directories searched, in order, with "%r" standing for the kernel
    // release: lib/modules/%r/updates/dkms, lib/modules/%r/extra,
    // lib/modules/%r/updates (where DKMS puts modules on Debian).
    static QStringList defaultSearchDirectories();
    // The directories with the release filled in.
    static QStringList searchPaths(const QStringList &directories, const QString &release);

    // Opens the first modrescue_fixer.ko found in `paths`. On failure `why`
    // says what is missing or unsafe, and how to build the fixer.
    static FixerFile open(const QStringList &paths, const QString &release, QString *why);

    bool isOpen() const { return m_fd >= 0; }
    int fd() const { return m_fd; }
    QString path() const { return m_path; }

private:
    int m_fd = -1;
    QString m_path;
};

} // namespace ModRescue
