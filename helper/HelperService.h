// SPDX-License-Identifier: GPL-2.0-or-later
// HelperService: the object behind /io/github/modrescue/Helper1. Each method
// validates its arguments, asks polkit about the calling bus name with a
// delayed reply, and hands an authorised request to the OperationQueue. It
// tracks callers so that one who leaves has its polkit check cancelled and
// its queued requests dropped, and it exits when idle.
#pragma once

#include "HelperDBusTypes.h"
#include "HelperOptions.h"
#include "OperationQueue.h"
#include "PolkitAuthority.h"
#include "Request.h"

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusServiceWatcher>
#include <QDBusUnixFileDescriptor>
#include <QHash>
#include <QObject>
#include <QTimer>
#include <QVariantMap>

#include <memory>

namespace ModRescue {

class HelperService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_PROPERTY(uint Version READ version)
public:
    HelperService(const HelperOptions &options, QDBusConnection bus, QObject *parent = nullptr);

    static constexpr uint InterfaceVersion = 1;
    uint version() const { return InterfaceVersion; }

public Q_SLOTS:
    // The D-Bus methods (see io.github.modrescue.Helper1.xml). They always
    // answer later through the delayed reply; the return value is unused.
    QVariantMap Unload(const QString &name);
    QVariantMap UnloadWithDependents(const QString &name);
    QVariantMap ForceRemove(const QString &name, const QString &exit_mode);
    QVariantMap LoadModule(const QString &name, const QMap<QString, QString> &parameters);
    QVariantMap LoadFile(const QDBusUnixFileDescriptor &file,
                         const QMap<QString, QString> &parameters);

private:
    // Validates what every method shares and starts the authorisation.
    void accept(std::shared_ptr<Request> request, const QString &name,
                const QMap<QString, QString> *parameters);
    // The caller has maxPendingPerCaller requests, or all have maxPending.
    bool tooManyPending(const QString &caller) const;
    void authorized(const std::shared_ptr<Request> &request, const PolkitAuthority::Answer &answer,
                    bool interactive);
    // Answers the current call with an error, before any authorisation.
    void refuse(const char *name, const QString &text);
    void replyError(const QDBusMessage &message, const char *name, const QString &text);
    void callerLeft(const QString &busName);
    void requestFinished(quint64 id);
    void updateIdle();
    void idleTimeout();
    void sendProgress(const Request &request, const QString &stage, const QString &text);

    HelperOptions m_options;
    QDBusConnection m_bus;
    PolkitAuthority m_polkit;
    OperationQueue m_queue;
    QDBusServiceWatcher m_callers;
    QHash<quint64, std::shared_ptr<Request>> m_requests; // not yet finished
    quint64 m_nextId = 1;
    QTimer m_idle;
};

} // namespace ModRescue
