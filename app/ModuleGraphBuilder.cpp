// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleGraphBuilder.h"

#include "ModuleStatus.h"

namespace ModRescue::ModuleGraphBuilder {

Result<GraphDescription> build(const SystemState &state, const QString &focus, int depth)
{
    Result<DependencyGraph::Subgraph> sub = state.graph.neighbourhood(focus, depth);
    if (!sub)
        return sub.error();

    GraphDescription graph;
    graph.nodes.reserve(sub->nodes.size());
    for (const QString &name : sub->nodes) {
        GraphNode node;
        node.id = name;
        node.label = name;
        if (const ModuleInfo *info = state.snapshot.find(name)) {
            const auto c = state.cases.constFind(name);
            const bool stuck = c != state.cases.cend() && isStuck(*c);
            node.state = graphNodeState(info->state, stuck);
            node.tainting = !info->taint.isEmpty();
        }
        node.focus = !focus.isEmpty() && name == focus;
        graph.nodes.append(node);
    }
    graph.edges.reserve(sub->edges.size());
    for (const DependencyGraph::Edge &e : sub->edges)
        graph.edges.append({e.user, e.used});
    return graph;
}

} // namespace ModRescue::ModuleGraphBuilder
