// SPDX-License-Identifier: GPL-2.0-or-later
#include "EvidenceCollector.h"

#include "ModinfoReader.h"
#include "ModuleName.h"
#include "TextFile.h"

#include <QCoreApplication>
#include <QSet>

#include <functional>

#include <sys/syscall.h>

namespace ModRescue {

namespace {

constexpr qint64 KallsymsLimit = 512LL * 1024 * 1024;

bool isPid(const QString &name)
{
    if (name.isEmpty() || name.size() > 10)
        return false;
    for (QChar c : name)
        if (!c.isDigit())
            return false;
    return true;
}

QString baseName(const QString &path)
{
    const qsizetype slash = path.lastIndexOf(QLatin1Char('/'));
    return slash >= 0 ? path.mid(slash + 1) : path;
}

// "/proc/mounts" escapes space, tab, newline and backslash as \ooo.
QString unescapeMount(QByteArrayView field)
{
    QByteArray out;
    for (qsizetype i = 0; i < field.size(); ++i) {
        if (field[i] == '\\' && i + 3 < field.size()) {
            bool ok = false;
            const int v = field.sliced(i + 1, 3).toInt(&ok, 8);
            if (ok) {
                out.append(char(v));
                i += 3;
                continue;
            }
        }
        out.append(field[i]);
    }
    return QString::fromUtf8(out);
}

// The module a command line names: "insmod ./mr_init_block.ko x=1",
// "modprobe -r snd-hda-intel", "rmmod mr_exit_block".
QString moduleFromArgs(const QStringList &args, const QSet<QString> &candidates)
{
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a.startsWith(QLatin1Char('-')) || a.contains(QLatin1Char('=')))
            continue;
        QString name = ModuleName::fromFilePath(a);
        if (name.isEmpty()) {
            auto n = ModuleName::normalise(a);
            if (!n)
                continue;
            name = *n;
        }
        if (candidates.contains(name))
            return name;
    }
    return {};
}

} // namespace

EvidenceCollector::EvidenceCollector(QString root) : m_root(std::move(root)) {}

EvidenceCollector::SyscallNumbers EvidenceCollector::syscallNumbers() const
{
    auto arch = TextFile::readValue(TextFile::under(m_root, u"proc/sys/kernel/arch"));
    const QString a = arch ? *arch : QString();
    if (a == QLatin1String("x86_64"))
        return {175, 313, 176};
    if (a == QLatin1String("aarch64") || a == QLatin1String("riscv64")
        || a == QLatin1String("loongarch64"))
        return {105, 273, 106};
    if (a == QLatin1String("i686") || a == QLatin1String("i586") || a == QLatin1String("i386"))
        return {128, 350, 129};
#if defined(SYS_init_module) && defined(SYS_finit_module) && defined(SYS_delete_module)
    return {SYS_init_module, SYS_finit_module, SYS_delete_module};
#else
    return {};
#endif
}

namespace {

// Reads <root>/proc/kallsyms into owners ("[module]" -> a cleanup_module of
// it seen), stopping at the first error (then *error is set) or, when stopAt
// is given, at the cleanup_module of that owner.
void scanKallsyms(const QString &root, QHash<QByteArray, bool> *owners,
                  std::optional<Error> *error, const QByteArray &stopAt = {})
{
    const QString path = TextFile::under(root, u"proc/kallsyms");
    auto data = TextFile::read(path, KallsymsLimit);
    if (!data) {
        *error = data.error();
        return;
    }
    TextFile::Lines lines(*data, path);
    QByteArrayView line;
    while (lines.next(&line)) {
        // "ffffffffc0a01000 t cleanup_module\t[mr_no_exit]"
        const qsizetype tab = line.indexOf('\t');
        const QByteArrayView head = tab >= 0 ? line.first(tab) : line;
        const QList<QByteArray> f = head.toByteArray().simplified().split(' ');
        if (f.size() != 3 || f[1].size() != 1) {
            *error = lines.errorHere(
                EvidenceCollector::tr("Expected \"address type name [module]\" but found \"%1\".")
                    .arg(TextFile::excerpt(line, 80)));
            return;
        }
        bool ok = false;
        f[0].toULongLong(&ok, 16);
        if (!ok) {
            *error = lines.errorHere(EvidenceCollector::tr("The address \"%1\" is not hexadecimal.")
                                         .arg(TextFile::excerpt(f[0], 40)));
            return;
        }
        if (tab < 0)
            continue;
        const QByteArrayView owner = line.sliced(tab + 1).trimmed();
        if (!stopAt.isNull() && owner != stopAt)
            continue; // one module asked: only its own lines matter
        bool &cleanup = (*owners)[owner.toByteArray()];
        if (f[2] == "cleanup_module") {
            cleanup = true;
            if (!stopAt.isNull() && owner == stopAt)
                return;
        }
    }
    if (lines.failed())
        *error = lines.error();
}

// The answer for the owner "[module]": Yes when a cleanup_module of it came
// before any error, the error if there was one, else No/Unknown by whether it
// has symbols at all (what a scan stopping at its cleanup_module answers).
Result<Tristate> exitFrom(const QHash<QByteArray, bool> &owners,
                          const std::optional<Error> &error, const QByteArray &tag)
{
    const auto it = owners.constFind(tag);
    if (it != owners.cend() && *it)
        return Tristate::Yes;
    if (error)
        return *error;
    return it != owners.cend() ? Tristate::No : Tristate::Unknown;
}

QByteArray ownerTag(const QString &canonical)
{
    return "[" + canonical.toLatin1() + "]";
}

} // namespace

Result<Tristate> EvidenceCollector::hasExitFunction(QStringView module) const
{
    auto canonical = ModuleName::normalise(module);
    if (!canonical)
        return canonical.error();
    const QByteArray tag = ownerTag(*canonical);
    QHash<QByteArray, bool> owners;
    std::optional<Error> error;
    scanKallsyms(m_root, &owners, &error, tag);
    return exitFrom(owners, error, tag);
}

Result<Tristate> EvidenceCollector::Shared::hasExitFunction(QStringView module) const
{
    auto canonical = ModuleName::normalise(module);
    if (!canonical)
        return canonical.error();
    return exitFrom(m_owners, m_kallsymsError, ownerTag(*canonical));
}

EvidenceCollector::Shared EvidenceCollector::share(const ModuleSnapshot &snapshot) const
{
    Shared shared(moduleTasks(snapshot));
    scanKallsyms(m_root, &shared.m_owners, &shared.m_kallsymsError);
    return shared;
}

Result<EvidenceCollector::TaskScan> EvidenceCollector::moduleTasks(
    const ModuleSnapshot &snapshot) const
{
    const QString procDir = TextFile::under(m_root, u"proc");
    auto pids = TextFile::entries(procDir);
    if (!pids)
        return pids.error();
    const SyscallNumbers nr = syscallNumbers();

    QSet<QString> coming, going;
    for (const ModuleInfo &m : snapshot.modules()) {
        if (m.state == ModuleState::Coming)
            coming.insert(m.name);
        else if (m.state == ModuleState::Going)
            going.insert(m.name);
    }

    TaskScan scan;
    for (const QString &pid : std::as_const(*pids)) {
        if (!isPid(pid))
            continue;
        const QString dir = procDir + QLatin1Char('/') + pid + QLatin1Char('/');
        ModuleTask task;
        task.pid = pid.toLongLong();
        auto cmd = TextFile::read(dir + QLatin1String("cmdline"), 1 << 20);
        QStringList args;
        if (cmd) {
            for (const QByteArray &a : cmd->split('\0'))
                if (!a.isEmpty())
                    args.append(QString::fromUtf8(a));
            task.cmdline = args.join(QLatin1Char(' '));
        }

        auto sys = TextFile::read(dir + QLatin1String("syscall"), 4096);
        long number = -1;
        QList<QByteArray> fields;
        if (sys) {
            fields = sys->simplified().split(' ');
            bool ok = false;
            number = fields.value(0).toLong(&ok);
            if (!ok) { // "running", or a kernel thread's empty file
                if (fields.value(0) != "running" && !sys->trimmed().isEmpty())
                    return makeError(Error::Code::Malformed,
                                     tr("Expected a syscall number or \"running\" but found "
                                        "\"%1\".")
                                         .arg(TextFile::excerpt(sys->trimmed(), 40)),
                                     dir + QLatin1String("syscall"), 1);
                continue;
            }
            if (number == nr.initModule)
                task.call = ModuleSyscall::InitModule;
            else if (number == nr.finitModule)
                task.call = ModuleSyscall::FinitModule;
            else if (number == nr.deleteModule)
                task.call = ModuleSyscall::DeleteModule;
            else
                continue;
        } else if (sys.error().code == Error::Code::NotFound) {
            continue; // the task exited meanwhile
        } else {
            ++scan.unreadable;
            // Without the syscall, a module tool naming a module in the
            // matching state is still strong evidence of a running init/exit.
            const QString tool = baseName(args.value(0));
            const bool remove = tool == QLatin1String("rmmod")
                || (tool == QLatin1String("modprobe")
                    && (args.contains(QLatin1String("-r"))
                        || args.contains(QLatin1String("--remove"))));
            const bool insert = !remove
                && (tool == QLatin1String("insmod") || tool == QLatin1String("modprobe"));
            if (!insert && !remove)
                continue;
            const QString name = moduleFromArgs(args, insert ? coming : going);
            if (name.isEmpty())
                continue;
            task.call = insert ? ModuleSyscall::InitModule : ModuleSyscall::DeleteModule;
            task.module = name;
            task.tiedBy = QStringLiteral("cmdline");
            task.confirmed = false;
        }

        auto comm = TextFile::readValue(dir + QLatin1String("comm"));
        if (comm)
            task.comm = *comm;
        auto wchan = TextFile::readValue(dir + QLatin1String("wchan"));
        if (wchan && *wchan != QLatin1String("0"))
            task.wchan = *wchan;

        if (task.confirmed) {
            const QSet<QString> &candidates =
                task.call == ModuleSyscall::DeleteModule ? going : coming;
            if (task.call == ModuleSyscall::FinitModule) {
                bool ok = false;
                const qulonglong fd = fields.value(1).startsWith("0x")
                    ? fields.value(1).mid(2).toULongLong(&ok, 16)
                    : 0;
                if (ok) {
                    task.file = TextFile::linkTarget(dir + QStringLiteral("fd/%1").arg(fd));
                    const QString name = ModuleName::fromFilePath(task.file);
                    if (!name.isEmpty()) {
                        task.module = name;
                        task.tiedBy = QStringLiteral("file");
                    }
                }
            }
            if (task.module.isEmpty()) {
                const QString name = moduleFromArgs(args, candidates);
                if (!name.isEmpty()) {
                    task.module = name;
                    task.tiedBy = QStringLiteral("cmdline");
                } else if (candidates.size() == 1) {
                    task.module = *candidates.cbegin();
                    task.tiedBy = QStringLiteral("only-candidate");
                }
            }
        }
        scan.tasks.append(task);
    }
    return scan;
}

Result<QList<ReferenceSource>> EvidenceCollector::referenceSources(QStringView module) const
{
    auto canonical = ModuleName::normalise(module);
    if (!canonical)
        return canonical.error();
    const QString name = *canonical;
    QList<ReferenceSource> sources;

    // Filesystems: a mounted filesystem pins the module that registered it.
    QSet<QString> fsTypes{name};
    ModinfoReader modinfo(m_root);
    if (auto d = modinfo.details(name)) {
        for (const QString &alias : std::as_const(d->aliases))
            if (alias.startsWith(QLatin1String("fs-")))
                fsTypes.insert(alias.mid(3));
    }
    const QString mountsPath = TextFile::under(m_root, u"proc/mounts");
    if (auto mounts = TextFile::read(mountsPath)) {
        TextFile::Lines lines(*mounts, mountsPath, 16384);
        QByteArrayView line;
        while (lines.next(&line)) {
            const QList<QByteArray> f = line.toByteArray().split(' ');
            if (f.size() < 3)
                return lines.errorHere(tr("Expected \"device mountpoint type options\" but found "
                                          "\"%1\".")
                                           .arg(TextFile::excerpt(line, 80)));
            QString type = QString::fromUtf8(f[2]);
            const qsizetype dot = type.indexOf(QLatin1Char('.')); // "fuse.sshfs"
            const QString mainType = dot > 0 ? type.left(dot) : type;
            if (fsTypes.contains(type) || fsTypes.contains(mainType))
                sources.append({ReferenceSource::Kind::Mount, unescapeMount(f[1]), type, 0, {}});
        }
        if (lines.failed())
            return lines.error();
    }

    // Network interfaces bound to a driver of this module.
    const QString netDir = TextFile::under(m_root, u"sys/class/net");
    if (auto ifaces = TextFile::entries(netDir)) {
        for (const QString &iface : std::as_const(*ifaces)) {
            const QString owner =
                baseName(TextFile::linkTarget(netDir + QLatin1Char('/') + iface
                                              + QLatin1String("/device/driver/module")));
            if (owner == name) {
                const QString driver = baseName(TextFile::linkTarget(
                    netDir + QLatin1Char('/') + iface + QLatin1String("/device/driver")));
                sources.append({ReferenceSource::Kind::NetInterface, iface, driver, 0, {}});
            }
        }
    }

    // Device nodes: those of the devices bound to its drivers and those with
    // a major number it registered under its own name.
    QSet<QString> nodes;
    auto addDevName = [&](const QString &ueventPath) {
        auto uevent = TextFile::read(ueventPath, 65536);
        if (!uevent)
            return;
        for (const QByteArray &l : uevent->split('\n'))
            if (l.startsWith("DEVNAME="))
                nodes.insert(QLatin1String("/dev/") + QString::fromUtf8(l.mid(8)));
    };
    const QString sysModule = TextFile::under(m_root, QStringLiteral("sys/module/%1").arg(name));
    if (auto drivers = TextFile::entries(sysModule + QLatin1String("/drivers"))) {
        for (const QString &bd : std::as_const(*drivers)) {
            const qsizetype colon = bd.indexOf(QLatin1Char(':'));
            if (colon <= 0)
                continue;
            const QString drvDir = TextFile::under(
                m_root, QStringLiteral("sys/bus/%1/drivers/%2").arg(bd.left(colon), bd.mid(colon + 1)));
            auto devs = TextFile::entries(drvDir);
            if (!devs)
                continue;
            for (const QString &dev : std::as_const(*devs)) {
                const QString devDir = drvDir + QLatin1Char('/') + dev;
                addDevName(devDir + QLatin1String("/uevent"));
                // Class devices (tty, input, sound, ...) one or two levels down.
                if (auto sub = TextFile::entries(devDir)) {
                    for (const QString &s : std::as_const(*sub)) {
                        if (s == QLatin1String("subsystem") || s == QLatin1String("driver")
                            || s == QLatin1String("firmware_node") || s == QLatin1String("port"))
                            continue;
                        addDevName(devDir + QLatin1Char('/') + s + QLatin1String("/uevent"));
                        if (auto sub2 = TextFile::entries(devDir + QLatin1Char('/') + s))
                            for (const QString &t : std::as_const(*sub2))
                                if (t != QLatin1String("subsystem") && t != QLatin1String("device"))
                                    addDevName(devDir + QLatin1Char('/') + s + QLatin1Char('/') + t
                                               + QLatin1String("/uevent"));
                    }
                }
            }
        }
    }
    const QString devicesPath = TextFile::under(m_root, u"proc/devices");
    if (auto devices = TextFile::read(devicesPath)) {
        QString section;
        for (const QByteArray &l : devices->split('\n')) {
            const QByteArray t = l.trimmed();
            if (t == "Character devices:") {
                section = QStringLiteral("char");
                continue;
            }
            if (t == "Block devices:") {
                section = QStringLiteral("block");
                continue;
            }
            const QList<QByteArray> f = t.split(' ');
            if (section.isEmpty() || f.size() != 2 || !ModuleName::same(QString::fromUtf8(f[1]), name))
                continue;
            const QString devDir = TextFile::under(m_root, QStringLiteral("sys/dev/%1").arg(section));
            if (auto numbers = TextFile::entries(devDir))
                for (const QString &n : std::as_const(*numbers))
                    if (n.startsWith(QString::fromLatin1(f[0]) + QLatin1Char(':')))
                        addDevName(devDir + QLatin1Char('/') + n + QLatin1String("/uevent"));
        }
    }
    if (!nodes.isEmpty()) {
        const QString procDir = TextFile::under(m_root, u"proc");
        if (auto pids = TextFile::entries(procDir)) {
            for (const QString &pid : std::as_const(*pids)) {
                if (!isPid(pid))
                    continue;
                const QString fdDir = procDir + QLatin1Char('/') + pid + QLatin1String("/fd");
                auto fds = TextFile::entries(fdDir);
                if (!fds)
                    continue;
                QSet<QString> seen;
                for (const QString &fd : std::as_const(*fds)) {
                    const QString target = TextFile::linkTarget(fdDir + QLatin1Char('/') + fd);
                    if (!nodes.contains(target) || seen.contains(target))
                        continue;
                    seen.insert(target);
                    auto comm = TextFile::readValue(procDir + QLatin1Char('/') + pid
                                                    + QLatin1String("/comm"));
                    sources.append({ReferenceSource::Kind::OpenDevice, target, {},
                                    pid.toLongLong(), comm ? *comm : QString()});
                }
            }
        }
    }
    return sources;
}

Result<ModuleEvidence> EvidenceCollector::collect(const ModuleSnapshot &snapshot,
                                                  QStringView module) const
{
    return collect(snapshot, module, std::nullopt);
}

Result<ModuleEvidence> EvidenceCollector::collect(const ModuleSnapshot &snapshot,
                                                  QStringView module, const Shared &shared) const
{
    return collect(snapshot, module, std::optional<std::reference_wrapper<const Shared>>(shared));
}

QList<std::pair<QString, Result<ModuleEvidence>>> EvidenceCollector::collectAll(
    const ModuleSnapshot &snapshot) const
{
    QList<std::pair<QString, Result<ModuleEvidence>>> all;
    std::optional<Shared> shared;
    for (const ModuleInfo &m : snapshot.modules()) {
        if (m.isBuiltIn())
            continue;
        if (!shared)
            shared.emplace(share(snapshot));
        all.append({m.name, collect(snapshot, m.name, *shared)});
    }
    return all;
}

Result<ModuleEvidence> EvidenceCollector::collect(
    const ModuleSnapshot &snapshot, QStringView module,
    std::optional<std::reference_wrapper<const Shared>> shared) const
{
    auto canonical = ModuleName::normalise(module);
    if (!canonical)
        return canonical.error();
    ModuleEvidence ev;
    ev.module = *canonical;
    const ModuleInfo *info = snapshot.find(ev.module);
    if (!info || info->isBuiltIn())
        return ev;

    auto exit = shared ? shared->get().hasExitFunction(ev.module) : hasExitFunction(ev.module);
    if (exit) {
        ev.hasExit = *exit;
        if (*exit == Tristate::Unknown)
            ev.notes.append(tr("/proc/kallsyms lists no symbols of %1, so whether it has an exit "
                               "function is unknown.")
                                .arg(ev.module));
    } else if (exit.error().code == Error::Code::Malformed) {
        return exit.error();
    } else {
        ev.notes.append(tr("Whether %1 has an exit function is unknown: %2")
                            .arg(ev.module, exit.error().toString()));
    }

    auto scan = shared ? shared->get().tasks() : moduleTasks(snapshot);
    if (!scan)
        return scan.error();
    ev.unreadableTasks = scan->unreadable;
    for (const ModuleTask &t : std::as_const(scan->tasks)) {
        if (t.module == ev.module)
            ev.tasks.append(t);
        else if (t.module.isEmpty())
            ev.untiedTasks.append(t);
    }
    if (scan->unreadable > 0)
        ev.notes.append(tr("The system calls of %n process(es) could not be read (only root "
                           "can); a task loading or unloading a module may have been missed.",
                           nullptr, scan->unreadable));

    if (info->state == ModuleState::Live && info->refCountKnown && info->refCount > 0) {
        auto refs = referenceSources(ev.module);
        if (!refs)
            return refs.error();
        ev.references = *refs;
    }
    return ev;
}

} // namespace ModRescue
