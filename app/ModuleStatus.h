// SPDX-License-Identifier: GPL-2.0-or-later
// How the app sums up a module's diagnosis in one word for the table, the
// graph and the filters: fine, in use, or stuck (cannot be unloaded the
// normal way and needs a forced removal or a wait).
#pragma once

#include "Diagnosis.h"
#include "GraphDescription.h"

#include <QString>

namespace ModRescue {

enum class ModuleStatus { Unknown, Removable, InUse, Stuck, Permanent };

ModuleStatus moduleStatus(DiagnosisCase c);
bool isStuck(DiagnosisCase c);
QString moduleStatusText(ModuleStatus status);
GraphNodeState graphNodeState(ModuleState state, bool stuck);

} // namespace ModRescue
