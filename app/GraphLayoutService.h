// SPDX-License-Identifier: GPL-2.0-or-later
// Runs GraphvizLayout on one worker thread so that laying out a large graph
// never blocks the GUI. Only the newest request is worth finishing: older
// ones still queued are skipped.
#pragma once

#include "GraphDescription.h"

#include <QObject>
#include <QThread>

#include <atomic>

namespace ModRescue {

class GraphLayoutService : public QObject
{
    Q_OBJECT
public:
    explicit GraphLayoutService(QObject *parent = nullptr);
    ~GraphLayoutService() override;

    // Returns a ticket; finished() reports it with the result (in the thread
    // this object lives in).
    quint64 request(const GraphDescription &graph);

Q_SIGNALS:
    void finished(quint64 ticket, const ModRescue::GraphDescription &graph,
                  const ModRescue::GraphLayoutResult &result);

private:
    QThread m_thread;
    QObject *m_worker; // lives in m_thread, deleted when it finishes
    std::atomic<quint64> m_latest{0};
};

} // namespace ModRescue
