// SPDX-License-Identifier: GPL-2.0-or-later
#include "GraphNodeItem.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace ModRescue {

namespace {
constexpr double kBadge = 14;
}

GraphNodeItem::GraphNodeItem(const GraphNode &node, const QRectF &rect)
    : m_node(node), m_rect(rect)
{
    // Clicks go to the view (which pans on drag and selects on click).
    setAcceptedMouseButtons(Qt::NoButton);
    setCursor(Qt::PointingHandCursor);
    setZValue(1);
    QString tip = QStringLiteral("<b>%1</b><br>%2").arg(node.label.toHtmlEscaped(), stateText(node.state));
    if (node.tainting)
        tip += QStringLiteral("<br>")
               + QCoreApplication::translate("GraphNodeItem", "Taints the kernel");
    setToolTip(tip);
}

void GraphNodeItem::setCurrent(bool on)
{
    if (on == m_current)
        return;
    m_current = on;
    setZValue(on ? 2 : 1);
    update();
}

QRectF GraphNodeItem::boundingRect() const
{
    // Room for the selection outline and the badge sticking out of the corner.
    return m_rect.adjusted(-kBadge / 2 - 3, -kBadge / 2 - 3, 4, 4);
}

QFont GraphNodeItem::labelFont(bool bold)
{
    QFont font = QGuiApplication::font();
    font.setPointSizeF(9);
    font.setBold(bold);
    return font;
}

QSizeF GraphNodeItem::sizeFor(const GraphNode &node)
{
    const QFontMetricsF fm(labelFont(node.state == GraphNodeState::Stuck || node.focus));
    return {std::ceil(fm.horizontalAdvance(node.label)) + 22, std::ceil(fm.height()) + 14};
}

QColor GraphNodeItem::fillColor(GraphNodeState state)
{
    switch (state) {
    case GraphNodeState::Live:
        return QColor(0xdb, 0xea, 0xfe);
    case GraphNodeState::Loading:
        return QColor(0xfe, 0xf3, 0xc7);
    case GraphNodeState::Unloading:
        return QColor(0xed, 0xe9, 0xfe);
    case GraphNodeState::Stuck:
        return QColor(0xfe, 0xca, 0xca);
    }
    return Qt::white;
}

QColor GraphNodeItem::borderColor(GraphNodeState state)
{
    switch (state) {
    case GraphNodeState::Live:
        return QColor(0x3b, 0x82, 0xf6);
    case GraphNodeState::Loading:
        return QColor(0xd9, 0x77, 0x06);
    case GraphNodeState::Unloading:
        return QColor(0x7c, 0x3a, 0xed);
    case GraphNodeState::Stuck:
        return QColor(0xb9, 0x1c, 0x1c);
    }
    return Qt::black;
}

QString GraphNodeItem::stateText(GraphNodeState state)
{
    switch (state) {
    case GraphNodeState::Live:
        return QCoreApplication::translate("GraphNodeItem", "Live");
    case GraphNodeState::Loading:
        return QCoreApplication::translate("GraphNodeItem", "Loading (init running or crashed)");
    case GraphNodeState::Unloading:
        return QCoreApplication::translate("GraphNodeItem", "Unloading (exit running or crashed)");
    case GraphNodeState::Stuck:
        return QCoreApplication::translate("GraphNodeItem", "Stuck: cannot be unloaded normally");
    }
    return {};
}

void GraphNodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const bool stuck = m_node.state == GraphNodeState::Stuck;

    if (m_current) {
        painter->setPen(QPen(QColor(0x25, 0x63, 0xeb), 3));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(-3, -3, 3, 3), 8, 8);
    }

    QPen border(borderColor(m_node.state), stuck ? 3.0 : (m_node.focus ? 2.0 : 1.2));
    if (m_node.state == GraphNodeState::Loading || m_node.state == GraphNodeState::Unloading)
        border.setStyle(Qt::DashLine);
    painter->setPen(border);
    painter->setBrush(fillColor(m_node.state));
    painter->drawRoundedRect(m_rect, 6, 6);
    if (m_node.focus) {
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(m_rect.adjusted(2.5, 2.5, -2.5, -2.5), 4, 4);
    }

    QFont font = labelFont(stuck || m_node.focus);
    painter->setFont(font);
    painter->setPen(QColor(0x11, 0x18, 0x27));
    painter->drawText(m_rect, Qt::AlignCenter, m_node.label);

    if (m_node.tainting) {
        // A small orange corner mark: this module taints the kernel.
        const QPointF c(m_rect.right() - 6, m_rect.top() + 6);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xea, 0x58, 0x0c));
        painter->drawEllipse(c, 3, 3);
    }

    if (stuck) {
        // Warning badge: a red disc with "!" on the top-left corner.
        const QRectF badge(m_rect.left() - kBadge / 2, m_rect.top() - kBadge / 2, kBadge, kBadge);
        painter->setPen(QPen(Qt::white, 1.5));
        painter->setBrush(borderColor(GraphNodeState::Stuck));
        painter->drawEllipse(badge);
        QFont bold = font;
        bold.setBold(true);
        bold.setPointSizeF(8);
        painter->setFont(bold);
        painter->setPen(Qt::white);
        painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
    }
}

} // namespace ModRescue
