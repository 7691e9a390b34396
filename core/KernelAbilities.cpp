// SPDX-License-Identifier: GPL-2.0-or-later
#include "KernelAbilities.h"

#include "TextFile.h"

#include <QCoreApplication>
#include <QHash>

#include <zlib.h>

namespace ModRescue {

namespace {

struct TaintBit
{
    char letter;
    const char *meaning;
};

// include/linux/panic.h (6.1 and 6.12 agree on bits 0..18).
const TaintBit taintBits[] = {
    {'P', QT_TRANSLATE_NOOP("KernelAbilities", "proprietary module loaded")},
    {'F', QT_TRANSLATE_NOOP("KernelAbilities", "module force loaded")},
    {'S', QT_TRANSLATE_NOOP("KernelAbilities", "CPU out of specification")},
    {'R', QT_TRANSLATE_NOOP("KernelAbilities", "module force unloaded")},
    {'M', QT_TRANSLATE_NOOP("KernelAbilities", "machine check")},
    {'B', QT_TRANSLATE_NOOP("KernelAbilities", "bad page")},
    {'U', QT_TRANSLATE_NOOP("KernelAbilities", "tainted by user request")},
    {'D', QT_TRANSLATE_NOOP("KernelAbilities", "kernel died recently (oops or BUG)")},
    {'A', QT_TRANSLATE_NOOP("KernelAbilities", "ACPI table overridden")},
    {'W', QT_TRANSLATE_NOOP("KernelAbilities", "kernel issued a warning")},
    {'C', QT_TRANSLATE_NOOP("KernelAbilities", "staging driver loaded")},
    {'I', QT_TRANSLATE_NOOP("KernelAbilities", "firmware bug worked around")},
    {'O', QT_TRANSLATE_NOOP("KernelAbilities", "externally-built module loaded")},
    {'E', QT_TRANSLATE_NOOP("KernelAbilities", "unsigned module loaded")},
    {'L', QT_TRANSLATE_NOOP("KernelAbilities", "soft lockup occurred")},
    {'K', QT_TRANSLATE_NOOP("KernelAbilities", "kernel live patched")},
    {'X', QT_TRANSLATE_NOOP("KernelAbilities", "auxiliary taint (distribution-defined)")},
    {'T', QT_TRANSLATE_NOOP("KernelAbilities", "built with struct randomization")},
    {'N', QT_TRANSLATE_NOOP("KernelAbilities", "in-kernel test loaded")},
};
constexpr int taintBitCount = int(sizeof taintBits / sizeof taintBits[0]);

Result<QByteArray> gunzip(const QByteArray &in, const QString &path)
{
    z_stream zs{};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK)
        return makeError(Error::Code::Io,
                         KernelAbilitiesReader::tr("zlib could not be initialised."), path);
    QByteArray out;
    char buf[65536];
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    zs.avail_in = uInt(in.size());
    int ret = Z_OK;
    while (ret != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        ret = inflate(&zs, Z_NO_FLUSH);
        if (ret != Z_OK && ret != Z_STREAM_END) {
            inflateEnd(&zs);
            return makeError(
                Error::Code::Malformed,
                KernelAbilitiesReader::tr("The file is not valid gzip data (it may be truncated)."),
                path);
        }
        out.append(buf, qsizetype(sizeof buf - zs.avail_out));
        if (out.size() > 64 * 1024 * 1024) {
            inflateEnd(&zs);
            return makeError(Error::Code::Malformed,
                             KernelAbilitiesReader::tr(
                                 "The file expands to more than 64 MiB; it is not a kernel "
                                 "configuration."),
                             path);
        }
        if (ret == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            return makeError(
                Error::Code::Malformed,
                KernelAbilitiesReader::tr("The file is not valid gzip data (it may be truncated)."),
                path);
        }
    }
    inflateEnd(&zs);
    return out;
}

Result<QHash<QByteArray, QByteArray>> parseConfig(const QByteArray &data, const QString &path)
{
    QHash<QByteArray, QByteArray> config;
    TextFile::Lines lines(data, path, 65536);
    QByteArrayView line;
    while (lines.next(&line)) {
        const QByteArrayView t = line.trimmed();
        if (t.isEmpty())
            continue;
        if (t.startsWith('#')) {
            // "# CONFIG_FOO is not set"
            if (t.startsWith("# CONFIG_") && t.endsWith(" is not set"))
                config.insert(t.sliced(2, t.size() - 2 - 11).toByteArray(), "n");
            continue;
        }
        const qsizetype eq = t.indexOf('=');
        if (!t.startsWith("CONFIG_") || eq < 0)
            return lines.errorHere(
                KernelAbilitiesReader::tr("Expected CONFIG_NAME=value but found \"%1\".")
                    .arg(TextFile::excerpt(t, 80)));
        config.insert(t.first(eq).toByteArray(), t.sliced(eq + 1).toByteArray());
    }
    if (lines.failed())
        return lines.error();
    return config;
}

Tristate configBool(const QHash<QByteArray, QByteArray> &config, const char *key)
{
    const auto it = config.constFind(key);
    if (it == config.cend() || *it == "n")
        return Tristate::No;
    return *it == "y" ? Tristate::Yes : Tristate::Unknown;
}

} // namespace

QString KernelAbilities::taintLetters() const
{
    QString out;
    for (int i = 0; i < taintBitCount; ++i)
        if (taint & (quint64(1) << i))
            out.append(QLatin1Char(taintBits[i].letter));
    return out;
}

QStringList KernelAbilities::taintDescriptions() const
{
    QStringList out;
    for (int i = 0; i < 64; ++i) {
        if (!(taint & (quint64(1) << i)))
            continue;
        if (i < taintBitCount)
            out.append(QStringLiteral("%1: %2").arg(QString(QLatin1Char(taintBits[i].letter)),
                                                    QCoreApplication::translate(
                                                        "KernelAbilities", taintBits[i].meaning)));
        else
            out.append(
                QCoreApplication::translate("KernelAbilities", "bit %1: unknown taint").arg(i));
    }
    return out;
}

bool KernelAbilities::canUnload() const
{
    return moduleUnload != Tristate::No && modulesDisabled != Tristate::Yes;
}

KernelAbilitiesReader::KernelAbilitiesReader(QString root) : m_root(std::move(root)) {}

Result<KernelAbilities> KernelAbilitiesReader::read() const
{
    KernelAbilities k;
    const QString releasePath = TextFile::under(m_root, u"proc/sys/kernel/osrelease");
    auto release = TextFile::readValue(releasePath);
    if (!release) {
        // /proc/version says it too: "Linux version 6.1.0-56-amd64 (...) ...".
        auto version = TextFile::readValue(TextFile::under(m_root, u"proc/version"));
        if (!version || !version->startsWith(QLatin1String("Linux version ")))
            return release.error();
        release = version->section(QLatin1Char(' '), 2, 2);
    }
    if (release->isEmpty() || release->contains(QLatin1Char('/')) || release->contains(QLatin1Char(' ')))
        return makeError(Error::Code::Malformed,
                         tr("\"%1\" is not a kernel release.").arg(release->left(80)), releasePath, 1);
    k.release = *release;

    // Configuration: the running kernel's own copy first, then /boot.
    Result<QByteArray> config = makeError(Error::Code::NotFound, QString());
    const QString gzPath = TextFile::under(m_root, u"proc/config.gz");
    auto gz = TextFile::read(gzPath);
    if (gz) {
        config = gunzip(*gz, gzPath);
        k.configSource = QStringLiteral("proc/config.gz");
    } else {
        const QString bootRel = QStringLiteral("boot/config-%1").arg(k.release);
        config = TextFile::read(TextFile::under(m_root, bootRel));
        if (config)
            k.configSource = bootRel;
    }
    if (config) {
        auto parsed = parseConfig(*config, TextFile::under(m_root, k.configSource));
        if (!parsed)
            return parsed.error();
        k.moduleUnload = configBool(*parsed, "CONFIG_MODULE_UNLOAD");
        k.forceUnload = configBool(*parsed, "CONFIG_MODULE_FORCE_UNLOAD");
        k.kprobes = configBool(*parsed, "CONFIG_KPROBES");
    } else if (config.error().code == Error::Code::Malformed) {
        return config.error();
    } else {
        k.configSource.clear();
        k.notes.append(tr("The kernel configuration was found neither in /proc/config.gz nor in "
                          "/boot/config-%1; forced unloading support is unknown.")
                           .arg(k.release));
    }

    if (auto lock = TextFile::readValue(TextFile::under(m_root, u"sys/kernel/security/lockdown"))) {
        const qsizetype open = lock->indexOf(QLatin1Char('['));
        const qsizetype close = lock->indexOf(QLatin1Char(']'));
        if (open >= 0 && close > open)
            k.lockdown = lock->mid(open + 1, close - open - 1);
    }
    if (k.lockdown.isEmpty())
        k.notes.append(tr("The lockdown mode is unknown (securityfs not readable)."));

    auto flag = [&](QStringView rel, Tristate *out) {
        auto v = TextFile::readValue(TextFile::under(m_root, rel));
        if (!v)
            return;
        if (*v == QLatin1String("1") || *v == QLatin1String("Y"))
            *out = Tristate::Yes;
        else if (*v == QLatin1String("0") || *v == QLatin1String("N"))
            *out = Tristate::No;
    };
    flag(u"proc/sys/kernel/modules_disabled", &k.modulesDisabled);
    flag(u"sys/module/module/parameters/sig_enforce", &k.signatureEnforced);

    const QString taintPath = TextFile::under(m_root, u"proc/sys/kernel/tainted");
    if (auto t = TextFile::readValue(taintPath)) {
        bool ok = false;
        k.taint = t->toULongLong(&ok);
        if (!ok)
            return makeError(Error::Code::Malformed,
                             tr("The taint \"%1\" is not a number.").arg(t->left(40)), taintPath, 1);
        k.taintKnown = true;
    }

    // The fixer: wherever depmod put it (DKMS), then the usual directories.
    const QString modDir = TextFile::under(m_root, QStringLiteral("lib/modules/%1").arg(k.release));
    const QStringList fileNames{QStringLiteral("modrescue_fixer.ko"),
                                QStringLiteral("modrescue_fixer.ko.xz"),
                                QStringLiteral("modrescue_fixer.ko.zst"),
                                QStringLiteral("modrescue_fixer.ko.gz")};
    if (auto dep = TextFile::read(modDir + QLatin1String("/modules.dep"), 64 * 1024 * 1024)) {
        for (const QByteArray &line : dep->split('\n')) {
            const qsizetype colon = line.indexOf(':');
            const QString file = QString::fromUtf8(line.left(colon));
            for (const QString &n : fileNames)
                if (file == n || file.endsWith(QLatin1Char('/') + n)) {
                    const QString full = file.startsWith(QLatin1Char('/'))
                        ? TextFile::under(m_root, file.mid(1))
                        : modDir + QLatin1Char('/') + file;
                    if (TextFile::exists(full))
                        k.fixerPath = full;
                }
        }
    }
    QStringList dirs = m_fixerPaths;
    for (const char *sub : {"updates/dkms", "updates", "extra"})
        dirs.append(modDir + QLatin1Char('/') + QLatin1String(sub));
    for (const QString &dir : std::as_const(dirs)) {
        if (!k.fixerPath.isEmpty())
            break;
        for (const QString &n : fileNames)
            if (TextFile::exists(dir + QLatin1Char('/') + n)) {
                k.fixerPath = dir + QLatin1Char('/') + n;
                break;
            }
    }
    if (k.fixerPath.isEmpty())
        k.notes.append(tr("The fixer module (modrescue_fixer.ko) is not installed for kernel %1.")
                           .arg(k.release));
    return k;
}

} // namespace ModRescue
