// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleTask.h"

namespace ModRescue {

QString moduleSyscallName(ModuleSyscall call)
{
    switch (call) {
    case ModuleSyscall::InitModule:
        return QStringLiteral("init_module");
    case ModuleSyscall::FinitModule:
        return QStringLiteral("finit_module");
    case ModuleSyscall::DeleteModule:
        return QStringLiteral("delete_module");
    }
    return {};
}

} // namespace ModRescue
