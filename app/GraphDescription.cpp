// SPDX-License-Identifier: GPL-2.0-or-later
#include "GraphDescription.h"

#include <QStringBuilder>

namespace ModRescue {

namespace {

QString quoted(const QString &s)
{
    QString out;
    out.reserve(s.size() + 2);
    out += u'"';
    for (QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\';
        out += c;
    }
    out += u'"';
    return out;
}

const char *fillFor(GraphNodeState state)
{
    switch (state) {
    case GraphNodeState::Live:
        return "#dbeafe";
    case GraphNodeState::Loading:
        return "#fef3c7";
    case GraphNodeState::Unloading:
        return "#ede9fe";
    case GraphNodeState::Stuck:
        return "#fecaca";
    }
    return "#ffffff";
}

} // namespace

QString GraphDescription::toDot() const
{
    QString dot = QStringLiteral("digraph modules {\n"
                                 "  rankdir=LR;\n"
                                 "  node [shape=box, style=\"rounded,filled\", fontname=\"sans\"];\n");
    for (const GraphNode &n : nodes) {
        dot += QStringLiteral("  ") % quoted(n.id) % QStringLiteral(" [label=") % quoted(n.label)
               % QStringLiteral(", fillcolor=\"") % QLatin1String(fillFor(n.state)) % u'"';
        if (n.state == GraphNodeState::Stuck)
            dot += QStringLiteral(", color=\"#b91c1c\", penwidth=3");
        if (n.focus)
            dot += QStringLiteral(", peripheries=2");
        dot += QStringLiteral("];\n");
    }
    for (const GraphEdge &e : edges)
        dot += QStringLiteral("  ") % quoted(e.from) % QStringLiteral(" -> ") % quoted(e.to)
               % QStringLiteral(";\n");
    dot += QStringLiteral("}\n");
    return dot;
}

} // namespace ModRescue
