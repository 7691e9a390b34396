// SPDX-License-Identifier: GPL-2.0-or-later
// Plain, copyable description of a graph to lay out and draw: what the app
// hands to GraphvizLayout and GraphView. It knows nothing about Graphviz or
// about the kernel, so it can cross threads and be built in tests.
#pragma once

#include <QList>
#include <QMetaType>
#include <QPointF>
#include <QRectF>
#include <QString>

namespace ModRescue {

// How a node is drawn; the app maps module states onto these.
enum class GraphNodeState {
    Live,      // loaded and running normally
    Loading,   // COMING: init running or crashed
    Unloading, // GOING: exit running or crashed
    Stuck,     // a diagnosis says it cannot be unloaded the normal way
};

struct GraphNode
{
    QString id;    // unique key (the module name)
    QString label; // text drawn in the node
    GraphNodeState state = GraphNodeState::Live;
    bool focus = false;    // the module the neighbourhood is centred on
    bool tainting = false; // out-of-tree / unsigned / forced: drawn with a marker
    double width = 0;  // points (1/72 inch); filled from the label by GraphView
    double height = 0; // points
};

// An edge points from the module that uses a symbol to the module providing it.
struct GraphEdge
{
    QString from;
    QString to;
};

struct GraphDescription
{
    QList<GraphNode> nodes;
    QList<GraphEdge> edges;

    // A DOT text of this graph (labels, states as colours), for export and for
    // comparing against the `dot` command on the very same graph.
    QString toDot() const;
};

// Result of a layout, in scene coordinates: points, y growing downwards,
// the bounding box's top-left at (0, 0).
struct NodePlacement
{
    QString id;
    QRectF rect;
};

struct EdgePlacement
{
    QString from;
    QString to;
    // Cubic Bézier control points: p0, then (c1, c2, p) triples.
    QList<QPointF> bezier;
    // Where the arrow head ends (the head node's border), if Graphviz gave one.
    bool hasArrow = false;
    QPointF arrowTip;
};

struct GraphLayoutResult
{
    QRectF bounds;
    QList<NodePlacement> nodes;
    QList<EdgePlacement> edges;
    QString error; // non-empty when the layout failed; then the lists are empty
    bool ok() const { return error.isEmpty(); }
};

} // namespace ModRescue

Q_DECLARE_METATYPE(ModRescue::GraphDescription)
Q_DECLARE_METATYPE(ModRescue::GraphLayoutResult)
