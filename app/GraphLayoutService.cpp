// SPDX-License-Identifier: GPL-2.0-or-later
#include "GraphLayoutService.h"

#include "GraphvizLayout.h"

namespace ModRescue {

GraphLayoutService::GraphLayoutService(QObject *parent) : QObject(parent), m_worker(new QObject)
{
    qRegisterMetaType<ModRescue::GraphDescription>();
    qRegisterMetaType<ModRescue::GraphLayoutResult>();
    m_thread.setObjectName(QStringLiteral("graphviz-layout"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start(QThread::LowPriority);
}

GraphLayoutService::~GraphLayoutService()
{
    m_latest = ~quint64(0); // anything still queued is stale now
    m_thread.quit();
    m_thread.wait();
}

quint64 GraphLayoutService::request(const GraphDescription &graph)
{
    const quint64 ticket = ++m_latest;
    QMetaObject::invokeMethod(m_worker, [this, ticket, graph] {
        if (ticket != m_latest.load())
            return; // superseded while waiting
        const GraphLayoutResult result = GraphvizLayout::layout(graph);
        // Queued into our own thread; dropped if we are destroyed meanwhile.
        QMetaObject::invokeMethod(
            this, [this, ticket, graph, result] { Q_EMIT finished(ticket, graph, result); },
            Qt::QueuedConnection);
    });
    return ticket;
}

} // namespace ModRescue
