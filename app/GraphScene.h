// SPDX-License-Identifier: GPL-2.0-or-later
// The QGraphicsScene of a laid-out dependency graph: builds the node and edge
// items from a GraphDescription and its GraphLayoutResult (on the GUI thread)
// and marks the current module and its edges.
#pragma once

#include "GraphDescription.h"

#include <QGraphicsScene>
#include <QHash>

namespace ModRescue {

class GraphNodeItem;
class GraphEdgeItem;

class GraphScene : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit GraphScene(QObject *parent = nullptr);

    // Gives every node the size its label needs (for the layout to respect).
    static void sizeNodes(GraphDescription &graph);

    // Replaces the scene's content. A failed layout shows its error instead.
    void build(const GraphDescription &graph, const GraphLayoutResult &layout);
    void showMessage(const QString &text);

    void setCurrent(const QString &id);
    QString current() const { return m_current; }

    GraphNodeItem *nodeItem(const QString &id) const { return m_nodes.value(id); }
    QList<GraphEdgeItem *> edgeItems() const { return m_edges; }
    int nodeCount() const { return int(m_nodes.size()); }
    const GraphDescription &graph() const { return m_graph; }

private:
    GraphDescription m_graph;
    QHash<QString, GraphNodeItem *> m_nodes;
    QList<GraphEdgeItem *> m_edges;
    QString m_current;
};

} // namespace ModRescue
