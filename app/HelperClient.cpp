// SPDX-License-Identifier: GPL-2.0-or-later
#include "HelperClient.h"

#include "HelperDBusTypes.h"
#include "HelperErrors.h"
#include "helperproxy.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>

namespace ModRescue {

HelperClient::HelperClient(QObject *parent) : HelperClient(QDBusConnection::systemBus(), parent)
{
}

HelperClient::HelperClient(const QDBusConnection &connection, QObject *parent)
    : QObject(parent),
      m_proxy(new HelperProxy(QString::fromLatin1(Helper::ServiceName),
                                                    QString::fromLatin1(Helper::ObjectPath),
                                                    connection, this))
{
    registerHelperDBusTypes();
    qRegisterMetaType<ModRescue::HelperErrorText>();
    m_proxy->setTimeout(Helper::CallTimeoutMs);
    connect(m_proxy, &HelperProxy::Progress, this, &HelperClient::progress);
}

HelperClient::~HelperClient() = default;

QDBusPendingCall HelperClient::call(const char *signature, const QVariantList &arguments) const
{
    // Qt 6.4's generated proxies cannot set ALLOW_INTERACTIVE_AUTHORIZATION
    // (only QDBusMessage can), and without it polkit may not ask for a
    // password. So the message is built here, from the proxy's own service,
    // path and interface, for a method the generated proxy declares with
    // exactly this signature (checked, so the XML stays the one truth).
    const int index = HelperProxy::staticMetaObject.indexOfMethod(signature);
    Q_ASSERT_X(index >= 0, "HelperClient::call", signature);
    const QByteArray name = HelperProxy::staticMetaObject.method(index).name();
    QDBusMessage message = QDBusMessage::createMethodCall(m_proxy->service(), m_proxy->path(),
                                                          m_proxy->interface(),
                                                          QString::fromLatin1(name));
    message.setArguments(arguments);
    message.setInteractiveAuthorizationAllowed(true);
    return m_proxy->connection().asyncCall(message, m_proxy->timeout());
}

int HelperClient::unload(const QString &module)
{
    return track(call("Unload(QString)", {module}), Operation::Unload, module);
}

int HelperClient::unloadWithDependents(const QString &module)
{
    return track(call("UnloadWithDependents(QString)", {module}), Operation::UnloadWithDependents,
                 module);
}

int HelperClient::forceRemove(const QString &module, const QString &exitMode)
{
    return track(call("ForceRemove(QString,QString)", {module, exitMode}), Operation::ForceRemove,
                 module);
}

int HelperClient::loadModule(const QString &module, const QMap<QString, QString> &parameters)
{
    return track(call("LoadModule(QString,QMap<QString,QString>)",
                      {module, QVariant::fromValue(parameters)}),
                 Operation::LoadModule, module);
}

int HelperClient::loadFile(int fd, const QString &displayName,
                           const QMap<QString, QString> &parameters)
{
    return track(call("LoadFile(QDBusUnixFileDescriptor,QMap<QString,QString>)",
                      {QVariant::fromValue(QDBusUnixFileDescriptor(fd)),
                       QVariant::fromValue(parameters)}),
                 Operation::LoadFile, displayName);
}

int HelperClient::track(const QDBusPendingCall &call, Operation op, const QString &module)
{
    const int request = ++m_next;
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, watcher, request, op, module] {
                watcher->deleteLater();
                const QDBusPendingReply<QVariantMap> reply = *watcher;
                if (--m_pending == 0)
                    Q_EMIT busyChanged(false);
                if (reply.isError()) {
                    const QDBusError error = reply.error();
                    Q_EMIT failed(request, op, module, HelperErrorText::explain(error, module),
                                  error.name());
                } else {
                    Q_EMIT finished(request, op, module, reply.value());
                }
            });
    return request;
}

QString HelperClient::operationText(Operation op, const QString &module)
{
    switch (op) {
    case Operation::Unload:
        return tr("Unload %1").arg(module);
    case Operation::UnloadWithDependents:
        return tr("Unload %1 with its dependents").arg(module);
    case Operation::ForceRemove:
        return tr("Force remove %1").arg(module);
    case Operation::LoadModule:
        return tr("Load %1").arg(module);
    case Operation::LoadFile:
        return tr("Load file %1").arg(module);
    }
    return {};
}

} // namespace ModRescue
