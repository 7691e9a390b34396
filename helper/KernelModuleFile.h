// SPDX-License-Identifier: GPL-2.0-or-later
// KernelModuleFile: the bytes of a .ko handed to the helper as a file
// descriptor, read once and checked to be a kernel module for this machine
// (ELF relocatable with .modinfo and .gnu.linkonce.this_module). The helper
// loads exactly these bytes, so what was checked is what the kernel gets.
#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace ModRescue {

class KernelModuleFile
{
public:
    static constexpr qint64 MaxSize = 64 * 1024 * 1024;

    // Reads the whole file behind `fd` (from offset 0, not moving the file
    // position). Fails with a message for a closed fd, a non-regular file,
    // an empty or too large file, or one that is not a kernel module.
    static std::optional<KernelModuleFile> read(int fd, QString *why);
    // Checks bytes already in memory (the fuzzable part).
    static std::optional<KernelModuleFile> parse(QByteArray bytes, QString *why);

    const QByteArray &bytes() const { return m_bytes; }
    QString name() const { return m_name; }         // from .modinfo "name=", canonical
    QString vermagic() const { return m_vermagic; } // may be empty

private:
    QByteArray m_bytes;
    QString m_name;
    QString m_vermagic;
};

} // namespace ModRescue
