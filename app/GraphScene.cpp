// SPDX-License-Identifier: GPL-2.0-or-later
#include "GraphScene.h"

#include "GraphEdgeItem.h"
#include "GraphNodeItem.h"

#include <QGraphicsSimpleTextItem>

namespace ModRescue {

namespace {
constexpr double kMargin = 16;
}

GraphScene::GraphScene(QObject *parent) : QGraphicsScene(parent)
{
    // Items are placed once per layout and never move: no index needed, and
    // building large graphs is much faster without the BSP tree.
    setItemIndexMethod(NoIndex);
}

void GraphScene::sizeNodes(GraphDescription &graph)
{
    for (GraphNode &node : graph.nodes) {
        const QSizeF size = GraphNodeItem::sizeFor(node);
        node.width = size.width();
        node.height = size.height();
    }
}

void GraphScene::build(const GraphDescription &graph, const GraphLayoutResult &layout)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    m_graph = graph;
    if (!layout.ok()) {
        showMessage(layout.error);
        return;
    }

    QHash<QString, const GraphNode *> byId;
    byId.reserve(graph.nodes.size());
    for (const GraphNode &n : graph.nodes)
        byId.insert(n.id, &n);

    m_nodes.reserve(layout.nodes.size());
    for (const NodePlacement &p : layout.nodes) {
        const GraphNode *node = byId.value(p.id);
        if (!node)
            continue;
        auto *item = new GraphNodeItem(*node, p.rect);
        addItem(item);
        m_nodes.insert(p.id, item);
    }
    m_edges.reserve(layout.edges.size());
    for (const EdgePlacement &e : layout.edges) {
        auto *item = new GraphEdgeItem(e);
        addItem(item);
        m_edges.append(item);
    }
    setSceneRect(layout.bounds.adjusted(-kMargin, -kMargin, kMargin, kMargin));
    const QString current = m_current;
    m_current.clear();
    setCurrent(current);
}

void GraphScene::showMessage(const QString &text)
{
    clear();
    m_nodes.clear();
    m_edges.clear();
    auto *item = addSimpleText(text);
    item->setBrush(QColor(0x6b, 0x72, 0x80));
    setSceneRect(item->boundingRect().adjusted(-kMargin, -kMargin, kMargin, kMargin));
}

void GraphScene::setCurrent(const QString &id)
{
    if (GraphNodeItem *old = m_nodes.value(m_current))
        old->setCurrent(false);
    m_current = id;
    if (GraphNodeItem *now = m_nodes.value(id))
        now->setCurrent(true);
    for (GraphEdgeItem *edge : std::as_const(m_edges))
        edge->setHighlighted(!id.isEmpty() && (edge->from() == id || edge->to() == id));
}

} // namespace ModRescue
