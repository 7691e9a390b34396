// SPDX-License-Identifier: GPL-2.0-or-later
#include "OperationQueue.h"

#include "AuditLog.h"

#include <QDBusMessage>

namespace ModRescue {

OperationQueue::OperationQueue(const HelperOptions &options, QDBusConnection bus, QObject *parent)
    : QObject(parent), m_context(new QObject), m_operations(options, bus), m_bus(std::move(bus))
{
    m_thread.setObjectName(QStringLiteral("operations"));
    m_context->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread.start();
}

OperationQueue::~OperationQueue()
{
    m_stopping = true;
    m_thread.quit();
    m_thread.wait();
}

void OperationQueue::enqueue(std::shared_ptr<Request> request)
{
    ++m_inFlight;
    QMetaObject::invokeMethod(
        m_context, [this, request] { execute(request); }, Qt::QueuedConnection);
}

void OperationQueue::execute(const std::shared_ptr<Request> &request)
{
    if (request->cancelled || m_stopping) {
        AuditLog::notice(QStringLiteral("request %1 dropped: its caller %2 left before it ran")
                             .arg(request->id)
                             .arg(request->caller));
    } else {
        const OperationResult result = m_operations.run(*request);
        m_bus.send(result.ok()
                       ? request->message.createReply(QVariant(result.value))
                       : request->message.createErrorReply(result.errorName, result.message));
    }
    --m_inFlight;
    Q_EMIT finished(request->id);
}

} // namespace ModRescue
