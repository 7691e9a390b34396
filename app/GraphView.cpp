// SPDX-License-Identifier: GPL-2.0-or-later
#include "GraphView.h"

#include "GraphLayoutService.h"
#include "GraphNodeItem.h"
#include "GraphScene.h"

#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QPainter>
#include <QSaveFile>
#include <QSvgGenerator>
#include <QWheelEvent>

#include <cmath>

namespace ModRescue {

GraphView::GraphView(QWidget *parent)
    : QGraphicsView(parent), m_scene(new GraphScene(this)), m_service(new GraphLayoutService(this))
{
    setScene(m_scene);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(ScrollHandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setBackgroundBrush(palette().base());
    connect(m_service, &GraphLayoutService::finished, this, &GraphView::onLayoutFinished);
}

GraphView::~GraphView() = default;

void GraphView::setGraph(GraphDescription graph)
{
    GraphScene::sizeNodes(graph);
    if (graph.nodes.isEmpty()) {
        m_pending = 0;
        m_scene->build(graph, {});
        Q_EMIT layoutReady(true);
        return;
    }
    m_pending = m_service->request(graph);
}

void GraphView::onLayoutFinished(quint64 ticket, const GraphDescription &graph,
                                 const GraphLayoutResult &result)
{
    if (ticket != m_pending)
        return; // a newer graph is on its way
    m_pending = 0;
    m_scene->build(graph, result);
    if (m_autoFit)
        fitToView();
    else if (auto *item = m_scene->nodeItem(m_scene->current()))
        centerOn(item);
    Q_EMIT layoutReady(result.ok());
}

void GraphView::setCurrent(const QString &id)
{
    m_scene->setCurrent(id);
    if (auto *item = m_scene->nodeItem(id); item && !m_autoFit)
        ensureVisible(item, 40, 40);
}

void GraphView::scaleBy(double factor)
{
    const double current = transform().m11();
    const double target = std::clamp(current * factor, 0.05, 8.0);
    scale(target / current, target / current);
    m_autoFit = false;
}

void GraphView::zoomIn()
{
    scaleBy(1.25);
}

void GraphView::zoomOut()
{
    scaleBy(1 / 1.25);
}

void GraphView::resetZoom()
{
    resetTransform();
    m_autoFit = false;
}

void GraphView::fitToView()
{
    const QRectF rect = m_scene->sceneRect();
    if (rect.isEmpty())
        return;
    fitInView(rect, Qt::KeepAspectRatio);
    // Never blow a small graph up beyond its natural size: it looks childish.
    if (transform().m11() > 1.0)
        resetTransform();
    m_autoFit = true;
}

void GraphView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        const double steps = event->angleDelta().y() / 120.0;
        scaleBy(std::pow(1.2, steps));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void GraphView::mousePressEvent(QMouseEvent *event)
{
    m_pressPos = event->position().toPoint();
    QGraphicsView::mousePressEvent(event);
}

void GraphView::mouseReleaseEvent(QMouseEvent *event)
{
    QGraphicsView::mouseReleaseEvent(event);
    // A press and release at (nearly) the same place is a click, not a pan.
    if (event->button() != Qt::LeftButton
        || (event->position().toPoint() - m_pressPos).manhattanLength() > 4)
        return;
    const auto hits = items(event->position().toPoint());
    for (QGraphicsItem *item : hits) {
        if (auto *node = dynamic_cast<GraphNodeItem *>(item)) {
            Q_EMIT nodeActivated(node->id());
            return;
        }
    }
}

void GraphView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_autoFit)
        fitToView();
}

QString GraphView::exportSvg(const QString &path) const
{
    const QRectF source = m_scene->sceneRect();
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setTitle(tr("Kernel module dependencies"));
    svg.setDescription(tr("Exported by ModRescue"));
    QPainter painter;
    if (!painter.begin(&svg))
        return tr("Could not write “%1”. Check that the folder exists and is writable.").arg(path);
    m_scene->render(&painter, QRectF(QPointF(0, 0), source.size()), source);
    painter.end();
    return {};
}

QString GraphView::exportPng(const QString &path) const
{
    const QRectF source = m_scene->sceneRect();
    const double scale = 2.0; // sharp on high-density screens and in documents
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    if (image.isNull())
        return tr("The graph is too large to export as PNG; export it as SVG instead.");
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
        m_scene->render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    if (!image.save(path, "PNG"))
        return tr("Could not write “%1”. Check that the folder exists and is writable.").arg(path);
    return {};
}

QString GraphView::exportDot(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text))
        return tr("Could not write “%1”: %2").arg(path, file.errorString());
    file.write(m_scene->graph().toDot().toUtf8());
    if (!file.commit())
        return tr("Could not write “%1”: %2").arg(path, file.errorString());
    return {};
}

} // namespace ModRescue
