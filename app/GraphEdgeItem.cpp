// SPDX-License-Identifier: GPL-2.0-or-later
#include "GraphEdgeItem.h"

#include <QLineF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QPen>

#include <cmath>

namespace ModRescue {

namespace {

QColor edgeColor(bool highlighted)
{
    return highlighted ? QColor(0x25, 0x63, 0xeb) : QColor(0x6b, 0x72, 0x80);
}

} // namespace

GraphEdgeItem::GraphEdgeItem(const EdgePlacement &edge) : m_from(edge.from), m_to(edge.to)
{
    const QList<QPointF> &p = edge.bezier;
    if (!p.isEmpty()) {
        m_curve.moveTo(p.first());
        qsizetype i = 1;
        for (; i + 2 < p.size(); i += 3)
            m_curve.cubicTo(p[i], p[i + 1], p[i + 2]);
        for (; i < p.size(); ++i) // an incomplete tail, should Graphviz ever give one
            m_curve.lineTo(p[i]);
    }
    if (edge.hasArrow && !p.isEmpty()) {
        // Graphviz ends the spline short of the node and gives the arrow tip.
        const QLineF line(p.last(), edge.arrowTip);
        if (line.length() > 0.1) {
            const QLineF unit = line.unitVector();
            const QPointF dir(unit.dx(), unit.dy());
            const QPointF normal(-dir.y(), dir.x());
            const QPointF base = edge.arrowTip - dir * line.length();
            const double half = std::max(3.0, line.length() * 0.4);
            m_head << edge.arrowTip << base + normal * half << base - normal * half;
        }
    }
    setZValue(0);
}

void GraphEdgeItem::setHighlighted(bool on)
{
    m_highlighted = on;
    setZValue(on ? 0.5 : 0);
    update();
}

QRectF GraphEdgeItem::boundingRect() const
{
    return m_curve.boundingRect().united(m_head.boundingRect()).adjusted(-3, -3, 3, 3);
}

QPainterPath GraphEdgeItem::shape() const
{
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    QPainterPath s = stroker.createStroke(m_curve);
    s.addPolygon(m_head);
    return s;
}

void GraphEdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = edgeColor(m_highlighted);
    QPen pen(color, m_highlighted ? 2.0 : 1.1);
    pen.setCapStyle(Qt::RoundCap);
    pen.setJoinStyle(Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPath(m_curve);
    if (!m_head.isEmpty()) {
        painter->setBrush(color);
        painter->drawPolygon(m_head);
    }
}

} // namespace ModRescue
