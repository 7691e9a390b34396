// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleEvidence: the facts about one module beyond the snapshot that the
// diagnosis needs (exit function, tasks in module syscalls, reference sources).
#pragma once

#include "ModuleTask.h"
#include "ReferenceSource.h"
#include "Tristate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ModRescue {

struct ModuleEvidence
{
    QString module;
    // Yes: a "cleanup_module" symbol for it in /proc/kallsyms; No: it has
    // symbols there but no cleanup_module; Unknown: no symbols listed at all.
    Tristate hasExit = Tristate::Unknown;
    QList<ModuleTask> tasks;            // tasks tied to this module
    QList<ModuleTask> untiedTasks;      // tasks in a module syscall for an unknown module
    int unreadableTasks = 0;            // /proc/<pid>/syscall we could not read (permissions)
    QList<ReferenceSource> references;
    QStringList notes;                  // translated remarks on what could not be examined
};

} // namespace ModRescue
