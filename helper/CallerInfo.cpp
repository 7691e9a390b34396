// SPDX-License-Identifier: GPL-2.0-or-later
#include "CallerInfo.h"

#include <QDBusMessage>
#include <QDBusReply>
#include <QFile>
#include <QVariantMap>

namespace ModRescue {

CallerInfo CallerInfo::query(const QDBusConnection &bus, const QString &busName)
{
    CallerInfo info;
    info.busName = busName;
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetConnectionCredentials"));
    call << busName;
    const QDBusReply<QVariantMap> reply = bus.call(call, QDBus::Block, 5000);
    if (reply.isValid()) {
        const QVariantMap creds = reply.value();
        if (creds.contains(QStringLiteral("UnixUserID")))
            info.uid = creds.value(QStringLiteral("UnixUserID")).toLongLong();
        if (creds.contains(QStringLiteral("ProcessID")))
            info.pid = creds.value(QStringLiteral("ProcessID")).toLongLong();
    }
    if (info.pid > 0) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(info.pid));
        if (comm.open(QIODevice::ReadOnly))
            info.command = QString::fromUtf8(comm.read(64)).trimmed();
    }
    return info;
}

QString CallerInfo::toString() const
{
    return QStringLiteral("uid %1 pid %2 (%3) %4")
        .arg(uid)
        .arg(pid)
        .arg(command.isEmpty() ? QStringLiteral("?") : command, busName);
}

} // namespace ModRescue
