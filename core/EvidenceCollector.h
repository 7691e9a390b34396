// SPDX-License-Identifier: GPL-2.0-or-later
// EvidenceCollector: gathers ModuleEvidence below a root: /proc/kallsyms,
// /proc/*/syscall (+ comm, wchan, cmdline, fd), /proc/devices, /proc/mounts,
// /sys/class/net and the driver links in /sys. Reads, never writes.
#pragma once

#include "ModuleEvidence.h"
#include "ModuleSnapshot.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <functional>
#include <optional>
#include <utility>

namespace ModRescue {

class EvidenceCollector
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCollector)

public:
    explicit EvidenceCollector(QString root = QStringLiteral("/"));

    struct TaskScan
    {
        QList<ModuleTask> tasks;  // tiedBy/module filled where possible
        int unreadable = 0;
    };

    // What the evidence of every module of one snapshot shares: /proc/kallsyms
    // (which modules list symbols, which a cleanup_module) and the scan of
    // /proc/*/syscall. Read once by share(), then handed to collect() for
    // each module of that snapshot, so a refresh reads them once, not once
    // per module.
    class Shared
    {
    public:
        // Same answer as hasExitFunction(module) on the kallsyms read.
        Result<Tristate> hasExitFunction(QStringView module) const;
        const Result<TaskScan> &tasks() const { return m_tasks; }

    private:
        friend class EvidenceCollector;
        explicit Shared(Result<TaskScan> tasks) : m_tasks(std::move(tasks)) {}
        // "[module]" -> a cleanup_module of it seen before any error.
        QHash<QByteArray, bool> m_owners;
        // Reading the file failed, or the first line it could not parse.
        std::optional<Error> m_kallsymsError;
        Result<TaskScan> m_tasks;
    };
    Shared share(const ModuleSnapshot &snapshot) const;

    // Everything for one module of the snapshot.
    Result<ModuleEvidence> collect(const ModuleSnapshot &snapshot, QStringView module) const;
    // Same, with the shared parts share(snapshot) read.
    Result<ModuleEvidence> collect(const ModuleSnapshot &snapshot, QStringView module,
                                   const Shared &shared) const;
    // collect() for every module of the snapshot that is not built in, in
    // snapshot order, reading the shared parts once; each its own result.
    QList<std::pair<QString, Result<ModuleEvidence>>> collectAll(
        const ModuleSnapshot &snapshot) const;

    // The parts, for callers that need only one.
    Result<Tristate> hasExitFunction(QStringView module) const;
    Result<TaskScan> moduleTasks(const ModuleSnapshot &snapshot) const;
    Result<QList<ReferenceSource>> referenceSources(QStringView module) const;

    // Syscall numbers of the architecture in <root>/proc/sys/kernel/arch
    // (x86_64, aarch64 and others with the generic table); host's if absent.
    struct SyscallNumbers
    {
        long initModule = -1, finitModule = -1, deleteModule = -1;
    };
    SyscallNumbers syscallNumbers() const;

private:
    Result<ModuleEvidence> collect(const ModuleSnapshot &snapshot, QStringView module,
                                   std::optional<std::reference_wrapper<const Shared>> shared) const;

    QString m_root;
};

} // namespace ModRescue
