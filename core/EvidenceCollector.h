// SPDX-License-Identifier: GPL-2.0-or-later
// EvidenceCollector: gathers ModuleEvidence below a root: /proc/kallsyms,
// /proc/*/syscall (+ comm, wchan, cmdline, fd), /proc/devices, /proc/mounts,
// /sys/class/net and the driver links in /sys. Reads, never writes.
#pragma once

#include "ModuleEvidence.h"
#include "ModuleSnapshot.h"
#include "Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace ModRescue {

class EvidenceCollector
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceCollector)

public:
    explicit EvidenceCollector(QString root = QStringLiteral("/"));

    // Everything for one module of the snapshot.
    Result<ModuleEvidence> collect(const ModuleSnapshot &snapshot, QStringView module) const;

    // The parts, for callers that need only one.
    Result<Tristate> hasExitFunction(QStringView module) const;
    struct TaskScan
    {
        QList<ModuleTask> tasks;  // tiedBy/module filled where possible
        int unreadable = 0;
    };
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
    QString m_root;
};

} // namespace ModRescue
