// SPDX-License-Identifier: GPL-2.0-or-later
// Lays out a GraphDescription with Graphviz's dot engine, in process
// (libgvc + libcgraph), and returns plain positions and splines.
//
// Graphviz 2.42 is not thread-safe: every call is serialised by one global
// mutex, so layout() may be called from any thread, but calls never overlap.
// The GUI uses it through GraphLayoutService, which runs it off the GUI thread.
#pragma once

#include "GraphDescription.h"

namespace ModRescue::GraphvizLayout {

// Node widths/heights of 0 get a size estimated from the label.
GraphLayoutResult layout(const GraphDescription &graph);

} // namespace ModRescue::GraphvizLayout
