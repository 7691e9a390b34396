// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleStatus.h"

#include <QCoreApplication>

namespace ModRescue {

ModuleStatus moduleStatus(DiagnosisCase c)
{
    switch (c) {
    case DiagnosisCase::RemovableNow:
        return ModuleStatus::Removable;
    case DiagnosisCase::HeldByModules:
    case DiagnosisCase::ReferenceLeak:
        // A positive reference count is what any module in use has; only the
        // diagnosis panel, which shows who holds it, can call it a leak.
        return ModuleStatus::InUse;
    case DiagnosisCase::InitCrashed:
    case DiagnosisCase::InitRunning:
    case DiagnosisCase::NoExitFunction:
    case DiagnosisCase::ExitCrashed:
    case DiagnosisCase::ExitHangs:
        return ModuleStatus::Stuck;
    case DiagnosisCase::BuiltIn:
    case DiagnosisCase::KernelCannotUnload:
        return ModuleStatus::Permanent;
    case DiagnosisCase::NotLoaded:
        return ModuleStatus::Unknown;
    }
    return ModuleStatus::Unknown;
}

bool isStuck(DiagnosisCase c)
{
    return moduleStatus(c) == ModuleStatus::Stuck;
}

QString moduleStatusText(ModuleStatus status)
{
    switch (status) {
    case ModuleStatus::Unknown:
        return QString();
    case ModuleStatus::Removable:
        return QCoreApplication::translate("ModuleStatus", "Can be unloaded");
    case ModuleStatus::InUse:
        return QCoreApplication::translate("ModuleStatus", "In use");
    case ModuleStatus::Stuck:
        return QCoreApplication::translate("ModuleStatus", "Stuck");
    case ModuleStatus::Permanent:
        return QCoreApplication::translate("ModuleStatus", "Cannot be unloaded");
    }
    return QString();
}

GraphNodeState graphNodeState(ModuleState state, bool stuck)
{
    if (stuck)
        return GraphNodeState::Stuck;
    switch (state) {
    case ModuleState::Coming:
        return GraphNodeState::Loading;
    case ModuleState::Going:
        return GraphNodeState::Unloading;
    case ModuleState::Live:
    case ModuleState::BuiltIn:
        break;
    }
    return GraphNodeState::Live;
}

} // namespace ModRescue
