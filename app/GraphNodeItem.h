// SPDX-License-Identifier: GPL-2.0-or-later
// One module drawn in the dependency graph: a rounded box coloured by state.
// Stuck modules get a red fill, a heavy border and a warning badge, so they
// stand out even in print or for colour-blind users.
#pragma once

#include "GraphDescription.h"

#include <QGraphicsItem>

namespace ModRescue {

class GraphNodeItem : public QGraphicsItem
{
public:
    GraphNodeItem(const GraphNode &node, const QRectF &rect);

    QString id() const { return m_node.id; }
    const GraphNode &node() const { return m_node; }
    QRectF rect() const { return m_rect; }

    // The module selected in the app; drawn with an outline.
    void setCurrent(bool on);
    bool isCurrent() const { return m_current; }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

    // The label font and the box size a node needs for its label, in points.
    static QFont labelFont(bool bold);
    static QSizeF sizeFor(const GraphNode &node);

    static QColor fillColor(GraphNodeState state);
    static QColor borderColor(GraphNodeState state);
    static QString stateText(GraphNodeState state);

private:
    GraphNode m_node;
    QRectF m_rect;
    bool m_current = false;
};

} // namespace ModRescue
