// SPDX-License-Identifier: GPL-2.0-or-later
// The dependency graph widget: lays the graph out off the GUI thread, draws
// it, zooms (Ctrl+wheel, buttons), pans (drag), fits, reports clicked modules
// and exports the picture as SVG or PNG and the graph as DOT.
#pragma once

#include "GraphDescription.h"

#include <QGraphicsView>

namespace ModRescue {

class GraphLayoutService;
class GraphScene;

class GraphView : public QGraphicsView
{
    Q_OBJECT
public:
    explicit GraphView(QWidget *parent = nullptr);
    ~GraphView() override;

    // Lays out and shows a graph; layoutReady() follows when it is drawn.
    void setGraph(GraphDescription graph);
    void setCurrent(const QString &id);
    GraphScene *graphScene() const { return m_scene; }
    bool isLayingOut() const { return m_pending != 0; }

    // Each returns an empty string on success, else a message for the user.
    QString exportSvg(const QString &path) const;
    QString exportPng(const QString &path) const;
    QString exportDot(const QString &path) const;

public Q_SLOTS:
    void zoomIn();
    void zoomOut();
    void resetZoom();
    void fitToView();

Q_SIGNALS:
    void nodeActivated(const QString &id);
    void layoutReady(bool ok);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void onLayoutFinished(quint64 ticket, const GraphDescription &graph,
                          const GraphLayoutResult &result);
    void scaleBy(double factor);

    GraphScene *m_scene;
    GraphLayoutService *m_service;
    quint64 m_pending = 0;
    bool m_autoFit = true; // until the user zooms, keep the graph fitted
    QPoint m_pressPos;
};

} // namespace ModRescue
