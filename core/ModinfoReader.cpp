// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModinfoReader.h"

#include "ModuleName.h"
#include "TextFile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <libkmod.h>

#include <cstdarg>
#include <memory>

namespace ModRescue {

namespace {

struct ModuleDeleter
{
    void operator()(kmod_module *mod) const { kmod_module_unref(mod); }
};
struct InfoListDeleter
{
    void operator()(kmod_list *list) const { kmod_module_info_free_list(list); }
};
using ModulePtr = std::unique_ptr<kmod_module, ModuleDeleter>;
using InfoListPtr = std::unique_ptr<kmod_list, InfoListDeleter>;

// libkmod logs to stderr by default; core/ reports through Result instead.
void silentLog(void *, int, const char *, int, const char *, const char *, va_list) {}

} // namespace

void ModinfoReader::CtxDeleter::operator()(kmod_ctx *ctx) const
{
    kmod_unref(ctx);
}

ModinfoReader::ModinfoReader(QString root, QString release)
    : m_root(std::move(root)), m_release(std::move(release))
{
    if (m_release.isEmpty()) {
        auto r = TextFile::readValue(TextFile::under(m_root, u"proc/sys/kernel/osrelease"));
        if (r)
            m_release = *r;
    }
}

ModinfoReader::~ModinfoReader() = default;
ModinfoReader::ModinfoReader(ModinfoReader &&) noexcept = default;
ModinfoReader &ModinfoReader::operator=(ModinfoReader &&) noexcept = default;

QString ModinfoReader::modulesDirectory() const
{
    return TextFile::under(m_root, QStringLiteral("lib/modules/%1").arg(m_release));
}

Result<kmod_ctx *> ModinfoReader::context() const
{
    if (m_ctx)
        return m_ctx.get();
    if (m_release.isEmpty() || m_release.contains(QLatin1Char('/')))
        return makeError(Error::Code::Unsupported,
                         tr("The kernel release is unknown, so its modules cannot be found."),
                         TextFile::under(m_root, u"proc/sys/kernel/osrelease"));
    const QString dir = modulesDirectory();
    if (!TextFile::exists(dir))
        return TextFile::ioError(dir, ENOENT);
    // No modprobe configuration: only the files below the root count.
    static const char *const noConfig[] = {nullptr};
    kmod_ctx *ctx = kmod_new(QFile::encodeName(dir).constData(), noConfig);
    if (!ctx)
        return makeError(Error::Code::Io, tr("libkmod could not be initialised."), dir);
    kmod_set_log_fn(ctx, silentLog, nullptr);
    m_ctx.reset(ctx);
    return ctx;
}

Result<ModuleDetails> ModinfoReader::details(QStringView name) const
{
    auto canonical = ModuleName::normalise(name);
    if (!canonical)
        return canonical.error();
    auto ctx = context();
    if (!ctx)
        return ctx.error();

    kmod_module *raw = nullptr;
    const QByteArray n = canonical->toLatin1();
    if (kmod_module_new_from_name_lookup(*ctx, n.constData(), &raw) < 0 || !raw)
        return makeError(Error::Code::NotFound,
                         tr("No module %1 is known for kernel %2.").arg(*canonical, m_release),
                         modulesDirectory() + QLatin1String("/modules.dep"));
    ModulePtr mod(raw);

    ModuleDetails d;
    d.name = *canonical;
    if (const char *path = kmod_module_get_path(mod.get()))
        d.file = QFile::decodeName(path);
    else
        d.builtIn = true;

    kmod_list *rawInfo = nullptr;
    const int err = kmod_module_get_info(mod.get(), &rawInfo);
    if (err < 0) {
        if (d.builtIn)
            return d; // built in without modules.builtin.modinfo: nothing more to say
        return TextFile::ioError(d.file, -err);
    }
    InfoListPtr info(rawInfo);

    QHash<QString, qsizetype> params;
    auto param = [&](const QString &pname) -> ModuleParameter & {
        auto it = params.constFind(pname);
        if (it != params.cend())
            return d.parameters[*it];
        params.insert(pname, d.parameters.size());
        d.parameters.append(ModuleParameter{pname, {}, {}, {}, false});
        return d.parameters.last();
    };

    kmod_list *entry = nullptr;
    kmod_list_foreach(entry, info.get())
    {
        const QString key = QString::fromUtf8(kmod_module_info_get_key(entry));
        const char *rawValue = kmod_module_info_get_value(entry);
        const QString value = rawValue ? QString::fromUtf8(rawValue) : QString();
        if (key == QLatin1String("description"))
            d.description = value;
        else if (key == QLatin1String("author"))
            d.authors.append(value);
        else if (key == QLatin1String("license"))
            d.license = value;
        else if (key == QLatin1String("version"))
            d.version = value;
        else if (key == QLatin1String("srcversion"))
            d.srcVersion = value;
        else if (key == QLatin1String("vermagic"))
            d.vermagic = value;
        else if (key == QLatin1String("signer"))
            d.signer = value;
        else if (key == QLatin1String("alias"))
            d.aliases.append(value);
        else if (key == QLatin1String("depends")) {
            for (const QString &dep : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
                d.depends.append(dep.trimmed());
        } else if (key == QLatin1String("parm") || key == QLatin1String("parmtype")) {
            const qsizetype colon = value.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                continue;
            ModuleParameter &p = param(value.left(colon));
            (key == QLatin1String("parm") ? p.description : p.type) = value.mid(colon + 1);
        }
    }

    const QString paramDir =
        TextFile::under(m_root, QStringLiteral("sys/module/%1/parameters/").arg(d.name));
    for (ModuleParameter &p : d.parameters) {
        auto v = TextFile::readValue(paramDir + p.name);
        if (v) {
            p.value = *v;
            p.readable = true;
        }
    }
    return d;
}

} // namespace ModRescue
