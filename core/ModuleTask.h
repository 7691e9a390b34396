// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleTask: a task that is right now inside a module syscall
// (init_module, finit_module, delete_module), as seen in /proc/<pid>/syscall.
#pragma once

#include <QString>

namespace ModRescue {

enum class ModuleSyscall { InitModule, FinitModule, DeleteModule };

QString moduleSyscallName(ModuleSyscall call); // "init_module", ...

struct ModuleTask
{
    qint64 pid = 0;
    QString comm;       // /proc/<pid>/comm
    QString wchan;      // /proc/<pid>/wchan, empty when hidden
    QString cmdline;    // /proc/<pid>/cmdline, arguments joined by spaces
    ModuleSyscall call = ModuleSyscall::InitModule;
    QString file;       // finit_module: target of /proc/<pid>/fd/<fd>
    QString module;     // the module the task works on; empty when it cannot be tied
    // How the task was tied to its module: "file" (finit_module's fd),
    // "cmdline" (the module named on the command line), "only-candidate" (the
    // only module in the matching state), or empty.
    QString tiedBy;
    // false when /proc/<pid>/syscall could not be read (not root) and the
    // call was inferred from the command line (insmod, modprobe, rmmod).
    bool confirmed = true;
    bool operator==(const ModuleTask &) const = default;
};

} // namespace ModRescue
