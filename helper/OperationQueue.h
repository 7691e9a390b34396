// SPDX-License-Identifier: GPL-2.0-or-later
// OperationQueue: the one worker thread that executes authorised requests,
// one at a time in arrival order, and sends their replies. The D-Bus thread
// stays free to answer and to authorise while a kernel call is slow.
#pragma once

#include "HelperOptions.h"
#include "ModuleOperations.h"
#include "Request.h"

#include <QDBusConnection>
#include <QObject>
#include <QThread>

#include <atomic>
#include <memory>

namespace ModRescue {

class OperationQueue : public QObject
{
    Q_OBJECT
public:
    OperationQueue(const HelperOptions &options, QDBusConnection bus, QObject *parent = nullptr);
    ~OperationQueue() override; // waits for the running operation, drops the rest

    void enqueue(std::shared_ptr<Request> request);
    // An operation is running or waiting.
    bool isBusy() const { return m_inFlight.load() > 0; }

Q_SIGNALS:
    // The request is done (replied to, or dropped because its caller left).
    void finished(quint64 id);

private:
    void execute(const std::shared_ptr<Request> &request);

    QThread m_thread;
    QObject *m_context; // lives in m_thread; queued calls run there
    ModuleOperations m_operations;
    QDBusConnection m_bus;
    std::atomic<int> m_inFlight = 0;
    std::atomic<bool> m_stopping = false;
};

} // namespace ModRescue
