// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleInfo.h"

#include <QCoreApplication>

namespace ModRescue {

QString moduleStateId(ModuleState state)
{
    switch (state) {
    case ModuleState::Live:
        return QStringLiteral("live");
    case ModuleState::Coming:
        return QStringLiteral("coming");
    case ModuleState::Going:
        return QStringLiteral("going");
    case ModuleState::BuiltIn:
        return QStringLiteral("builtin");
    }
    return {};
}

QString moduleStateText(ModuleState state)
{
    switch (state) {
    case ModuleState::Live:
        return QCoreApplication::translate("ModuleState", "live");
    case ModuleState::Coming:
        return QCoreApplication::translate("ModuleState", "loading (init not finished)");
    case ModuleState::Going:
        return QCoreApplication::translate("ModuleState", "unloading (exit not finished)");
    case ModuleState::BuiltIn:
        return QCoreApplication::translate("ModuleState", "built in");
    }
    return {};
}

} // namespace ModRescue
