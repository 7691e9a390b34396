// SPDX-License-Identifier: GPL-2.0-or-later
// Turns a SystemState into the GraphDescription the graph view draws: the
// neighbourhood of one module to a depth, or every loaded module.
#pragma once

#include "GraphDescription.h"
#include "Result.h"
#include "SystemState.h"

namespace ModRescue::ModuleGraphBuilder {

// focus empty or depth < 0 with an empty focus: the whole system.
// depth < 0: unlimited around the focus.
Result<GraphDescription> build(const SystemState &state, const QString &focus, int depth);

} // namespace ModRescue::ModuleGraphBuilder
