// SPDX-License-Identifier: GPL-2.0-or-later
#include "HelperCall.h"

#include "HelperErrors.h"

namespace ModRescue::Helper {

QDBusMessage methodCall(const QString &method, const QVariantList &args, bool interactive)
{
    QDBusMessage message =
        QDBusMessage::createMethodCall(QLatin1String(ServiceName), QLatin1String(ObjectPath),
                                       QLatin1String(InterfaceName), method);
    message.setArguments(args);
    message.setInteractiveAuthorizationAllowed(interactive);
    return message;
}

QDBusPendingCall asyncCall(const QDBusConnection &bus, const QString &method,
                           const QVariantList &args, bool interactive)
{
    return bus.asyncCall(methodCall(method, args, interactive), CallTimeoutMs);
}

} // namespace ModRescue::Helper
