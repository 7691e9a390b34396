// SPDX-License-Identifier: GPL-2.0-or-later
#include "KernelModuleFile.h"

#include "ModuleName.h"

#include <QList>

#include <cerrno>
#include <cstring>
#include <elf.h>
#include <linux/magic.h>
#include <sys/stat.h>
#include <sys/vfs.h>
#include <unistd.h>

namespace ModRescue {

namespace {

#if defined(__x86_64__)
constexpr int NativeMachine = EM_X86_64;
#elif defined(__aarch64__)
constexpr int NativeMachine = EM_AARCH64;
#else
constexpr int NativeMachine = -1; // not checked on other architectures
#endif

template <typename T> bool readAt(const QByteArray &bytes, quint64 offset, T *out)
{
    if (offset > quint64(bytes.size()) || sizeof(T) > quint64(bytes.size()) - offset)
        return false;
    std::memcpy(out, bytes.constData() + offset, sizeof(T));
    return true;
}

bool inBounds(const QByteArray &bytes, quint64 offset, quint64 size)
{
    return offset <= quint64(bytes.size()) && size <= quint64(bytes.size()) - offset;
}

} // namespace

std::optional<KernelModuleFile> KernelModuleFile::read(int fd, QString *why)
{
    struct stat st
    {
    };
    if (fd < 0 || fstat(fd, &st) != 0) {
        *why = QStringLiteral("the file descriptor is not open");
        return std::nullopt;
    }
    if (!S_ISREG(st.st_mode)) {
        *why = QStringLiteral("the file descriptor is not a regular file");
        return std::nullopt;
    }
    // A FUSE file is served by a process the caller may control, which could
    // hold the helper's read forever.
    struct statfs fs
    {
    };
    if (fstatfs(fd, &fs) != 0 || fs.f_type == FUSE_SUPER_MAGIC) {
        *why = QStringLiteral("the file is on a FUSE file system; copy it to a local disk");
        return std::nullopt;
    }
    if (st.st_size <= 0 || st.st_size > MaxSize) {
        *why = QStringLiteral("the file is empty or larger than %1 MiB").arg(MaxSize >> 20);
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(st.st_size), Qt::Uninitialized);
    qint64 got = 0;
    while (got < st.st_size) {
        const ssize_t n = pread(fd, bytes.data() + got, size_t(st.st_size - got), got);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0) {
            *why = QStringLiteral("the file could not be read: %1")
                       .arg(QString::fromLocal8Bit(strerror(errno)));
            return std::nullopt;
        }
        if (n == 0)
            break;
        got += n;
    }
    if (got != st.st_size) {
        *why = QStringLiteral("the file changed size while it was read");
        return std::nullopt;
    }
    return parse(std::move(bytes), why);
}

std::optional<KernelModuleFile> KernelModuleFile::parse(QByteArray bytes, QString *why)
{
    *why = QStringLiteral("not a kernel module (.ko) for this machine");
    Elf64_Ehdr eh{};
    if (!readAt(bytes, 0, &eh) || std::memcmp(eh.e_ident, ELFMAG, SELFMAG) != 0 ||
        eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB ||
        eh.e_type != ET_REL || (NativeMachine >= 0 && eh.e_machine != NativeMachine) ||
        eh.e_shentsize != sizeof(Elf64_Shdr) || eh.e_shnum == 0 || eh.e_shstrndx >= eh.e_shnum ||
        !inBounds(bytes, eh.e_shoff, quint64(eh.e_shnum) * sizeof(Elf64_Shdr)))
        return std::nullopt;

    auto section = [&](quint16 index) {
        Elf64_Shdr sh{};
        readAt(bytes, eh.e_shoff + quint64(index) * sizeof(Elf64_Shdr), &sh);
        return sh;
    };
    const Elf64_Shdr strtab = section(eh.e_shstrndx);
    if (strtab.sh_type != SHT_STRTAB || !inBounds(bytes, strtab.sh_offset, strtab.sh_size))
        return std::nullopt;
    auto sectionName = [&](const Elf64_Shdr &sh) -> QByteArray {
        if (sh.sh_name >= strtab.sh_size)
            return {};
        const char *start = bytes.constData() + strtab.sh_offset + sh.sh_name;
        const void *end = std::memchr(start, 0, strtab.sh_size - sh.sh_name);
        return end ? QByteArray(start, static_cast<const char *>(end) - start) : QByteArray();
    };

    bool hasThisModule = false;
    QByteArray modinfo;
    for (quint16 i = 0; i < eh.e_shnum; ++i) {
        const Elf64_Shdr sh = section(i);
        const QByteArray name = sectionName(sh);
        if (name == ".gnu.linkonce.this_module") {
            hasThisModule = true;
        } else if (name == ".modinfo") {
            if (sh.sh_type == SHT_NOBITS || !inBounds(bytes, sh.sh_offset, sh.sh_size))
                return std::nullopt;
            modinfo = bytes.mid(qsizetype(sh.sh_offset), qsizetype(sh.sh_size));
        }
    }
    if (!hasThisModule || modinfo.isEmpty())
        return std::nullopt;

    KernelModuleFile file;
    for (const QByteArray &entry : modinfo.split('\0')) {
        if (entry.startsWith("name="))
            file.m_name = QString::fromLatin1(entry.mid(5));
        else if (entry.startsWith("vermagic="))
            file.m_vermagic = QString::fromLatin1(entry.mid(9));
    }
    const auto name = ModuleName::normalise(file.m_name);
    if (!name) {
        *why = QStringLiteral("the module's .modinfo has no valid name");
        return std::nullopt;
    }
    file.m_name = name.value();
    file.m_bytes = std::move(bytes);
    why->clear();
    return file;
}

} // namespace ModRescue
