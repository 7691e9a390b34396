// SPDX-License-Identifier: GPL-2.0-or-later
#include "TreeBuilder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace ModRescue::Test {

TreeBuilder::TreeBuilder() = default;

void TreeBuilder::write(const QString &relative, const QByteArray &content)
{
    const QString path = root() + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(content);
}

void TreeBuilder::symlink(const QString &relative, const QString &target)
{
    const QString path = root() + QLatin1Char('/') + relative;
    QDir().mkpath(QFileInfo(path).path());
    QFile::remove(path);
    QFile::link(target, path);
}

void TreeBuilder::mkdir(const QString &relative)
{
    QDir().mkpath(root() + QLatin1Char('/') + relative);
}

void TreeBuilder::addKernel(const QString &release, bool forceUnload)
{
    write(QStringLiteral("proc/sys/kernel/osrelease"), release.toUtf8() + '\n');
    write(QStringLiteral("proc/sys/kernel/arch"), "x86_64\n");
    write(QStringLiteral("proc/sys/kernel/tainted"), "0\n");
    write(QStringLiteral("proc/sys/kernel/modules_disabled"), "0\n");
    write(QStringLiteral("sys/module/module/parameters/sig_enforce"), "N\n");
    write(QStringLiteral("sys/kernel/security/lockdown"), "[none] integrity confidentiality\n");
    QByteArray config = "CONFIG_MODULES=y\nCONFIG_MODULE_UNLOAD=y\nCONFIG_KPROBES=y\n";
    config += forceUnload ? "CONFIG_MODULE_FORCE_UNLOAD=y\n" : "# CONFIG_MODULE_FORCE_UNLOAD is not set\n";
    write(QStringLiteral("boot/config-") + release, config);
    mkdir(QStringLiteral("sys/module"));
}

QByteArray TreeBuilder::procLine(const Module &m)
{
    QByteArray users = m.holders.isEmpty() ? QByteArray() : m.holders.join(QLatin1Char(',')).toLatin1() + ',';
    // print_unload_info(): init without exit is "[permanent]".
    if (!m.hasExit)
        users += "[permanent],";
    if (users.isEmpty())
        users = "-";
    const char *state = m.state == QLatin1String("coming")  ? "Loading"
                        : m.state == QLatin1String("going") ? "Unloading"
                                                            : "Live";
    QByteArray line = m.name.toLatin1() + ' ' + QByteArray::number(m.size) + ' '
        + QByteArray::number(m.refcnt) + ' ' + users + ' ' + state + " 0x0000000000000000";
    const char *mark = m.state == QLatin1String("coming") ? "+"
                       : m.state == QLatin1String("going") ? "-"
                                                           : "";
    if (!m.taint.isEmpty())
        line += " (" + m.taint.toLatin1() + mark + ')';
    return line + '\n';
}

void TreeBuilder::addModule(const Module &m)
{
    m_modules.append(m);
    const QString dir = QStringLiteral("sys/module/") + m.name + QLatin1Char('/');
    write(dir + QLatin1String("initstate"), m.state.toLatin1() + '\n');
    write(dir + QLatin1String("refcnt"), QByteArray::number(m.refcnt) + '\n');
    write(dir + QLatin1String("taint"), m.taint.toLatin1() + '\n');
    mkdir(dir + QLatin1String("holders"));
    for (const QString &h : m.holders)
        symlink(dir + QLatin1String("holders/") + h, QStringLiteral("../../") + h);
}

void TreeBuilder::addBuiltIn(const QString &name)
{
    mkdir(QStringLiteral("sys/module/") + name + QLatin1String("/parameters"));
}

void TreeBuilder::addTask(qint64 pid, const QString &comm, long nr, const QStringList &cmdline,
                          const QString &finitFile, const QString &wchan)
{
    const QString dir = QStringLiteral("proc/%1/").arg(pid);
    write(dir + QLatin1String("comm"), comm.toUtf8() + '\n');
    write(dir + QLatin1String("wchan"), wchan.isEmpty() ? QByteArray("0") : wchan.toUtf8());
    write(dir + QLatin1String("cmdline"), cmdline.join(QChar(0)).toUtf8() + '\0');
    write(dir + QLatin1String("syscall"),
          QByteArray::number(qlonglong(nr)) + " 0x3 0x55d0c0a0b2a0 0x0 0x0 0x0 0x0 0x7ffd5c0 0x7f12\n");
    if (!finitFile.isEmpty())
        symlink(dir + QLatin1String("fd/3"), finitFile);
}

void TreeBuilder::finish()
{
    QByteArray modules, kallsyms = "ffffffff81000000 T _stext\n";
    for (const Module &m : std::as_const(m_modules)) {
        modules += procLine(m);
        kallsyms += "0000000000000000 t " + m.name.toLatin1() + "_helper\t[" + m.name.toLatin1() + "]\n";
        if (m.hasExit)
            kallsyms += "0000000000000000 t cleanup_module\t[" + m.name.toLatin1() + "]\n";
    }
    write(QStringLiteral("proc/modules"), modules);
    write(QStringLiteral("proc/kallsyms"), kallsyms);
    mkdir(QStringLiteral("proc/1"));
    write(QStringLiteral("proc/1/syscall"), "running\n");
    write(QStringLiteral("proc/1/comm"), "init\n");
}

} // namespace ModRescue::Test
