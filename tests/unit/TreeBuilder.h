// SPDX-License-Identifier: GPL-2.0-or-later
// TreeBuilder: writes a synthetic kernel tree (proc/, sys/, boot/) into a
// temporary directory for tests that need input no real kernel produces
// (malformed, huge, looping) or a precise combination of states. Captured
// trees from real kernels live in tests/fixtures; this never pretends to be one.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace ModRescue::Test {

class TreeBuilder
{
public:
    struct Module
    {
        Module(QString n, QString st = QStringLiteral("live"), int refs = 0, QStringList h = {},
               QString t = {}, bool exit = true, qint64 sz = 16384)
            : name(std::move(n)), state(std::move(st)), refcnt(refs), holders(std::move(h)),
              taint(std::move(t)), hasExit(exit), size(sz)
        {
        }
        QString name;
        QString state; // live, coming, going
        int refcnt;
        QStringList holders;
        QString taint; // e.g. "OE"
        bool hasExit;
        qint64 size;
    };

    TreeBuilder();
    QString root() const { return m_dir.path(); }
    bool isValid() const { return m_dir.isValid(); }

    void write(const QString &relative, const QByteArray &content);
    void symlink(const QString &relative, const QString &target);
    void mkdir(const QString &relative);

    // Kernel basics: osrelease, arch, tainted, modules_disabled, a config.
    void addKernel(const QString &release = QStringLiteral("6.1.0-test-amd64"),
                   bool forceUnload = true);
    void addModule(const Module &module);
    void addBuiltIn(const QString &name);
    // A task inside syscall nr (x86_64 numbers) with args; fd target for finit.
    void addTask(qint64 pid, const QString &comm, long nr, const QStringList &cmdline,
                 const QString &finitFile = {}, const QString &wchan = {});
    // proc/modules and proc/kallsyms from the modules added so far.
    void finish();

    // The /proc/modules line the kernel would print for m.
    static QByteArray procLine(const Module &m);

private:
    QTemporaryDir m_dir;
    QList<Module> m_modules;
};

} // namespace ModRescue::Test
