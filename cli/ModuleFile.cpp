// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleFile.h"

#include "HelperSession.h"
#include "ModuleName.h"

#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libkmod.h>
#include <memory>
#include <unistd.h>

namespace ModRescue {

namespace {

struct CtxDeleter
{
    void operator()(kmod_ctx *ctx) const { kmod_unref(ctx); }
};
struct ModDeleter
{
    void operator()(kmod_module *mod) const { kmod_module_unref(mod); }
};

QString modinfoName(const QString &path)
{
    std::unique_ptr<kmod_ctx, CtxDeleter> ctx(kmod_new(nullptr, nullptr));
    if (!ctx)
        return {};
    kmod_module *raw = nullptr;
    if (kmod_module_new_from_path(ctx.get(), QFile::encodeName(path).constData(), &raw) < 0)
        return {};
    std::unique_ptr<kmod_module, ModDeleter> mod(raw);
    kmod_list *info = nullptr;
    if (kmod_module_get_info(mod.get(), &info) < 0)
        return {};
    QString name;
    for (kmod_list *l = info; l; l = kmod_list_next(info, l)) {
        if (qstrcmp(kmod_module_info_get_key(l), "name") == 0)
            name = QString::fromLatin1(kmod_module_info_get_value(l));
    }
    kmod_module_info_free_list(info);
    return name;
}

} // namespace

bool ModuleFile::looksLikeFile(const QString &argument)
{
    return argument.contains(QLatin1Char('/')) || argument.contains(QLatin1String(".ko"));
}

bool ModuleFile::open(const QString &path, ModuleFile *out, QString *why)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY);
    if (fd < 0) {
        *why = HelperSession::tr("Cannot open %1: %2")
                   .arg(path, QString::fromLocal8Bit(strerror(errno)));
        return false;
    }
    out->path = path;
    out->file = QDBusUnixFileDescriptor(fd); // duplicates
    ::close(fd);
    QString name = modinfoName(path);
    if (name.isEmpty())
        name = ModuleName::fromFilePath(path);
    auto canonical = ModuleName::normalise(name);
    if (!canonical) {
        *why = HelperSession::tr("%1 does not look like a kernel module.").arg(path);
        return false;
    }
    out->name = canonical.value();
    return true;
}

} // namespace ModRescue
