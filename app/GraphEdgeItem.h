// SPDX-License-Identifier: GPL-2.0-or-later
// One "uses" relation drawn in the dependency graph: Graphviz's spline with an
// arrow head at the module that provides the symbols.
#pragma once

#include "GraphDescription.h"

#include <QGraphicsItem>
#include <QPainterPath>
#include <QPolygonF>

namespace ModRescue {

class GraphEdgeItem : public QGraphicsItem
{
public:
    explicit GraphEdgeItem(const EdgePlacement &edge);

    QString from() const { return m_from; }
    QString to() const { return m_to; }
    void setHighlighted(bool on);
    bool isHighlighted() const { return m_highlighted; }

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QString m_from;
    QString m_to;
    QPainterPath m_curve;
    QPolygonF m_head;
    bool m_highlighted = false;
};

} // namespace ModRescue
