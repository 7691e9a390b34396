// SPDX-License-Identifier: GPL-2.0-or-later
// CallerInfo: who is behind a bus name, for the audit log only. Credentials
// come from the bus daemon (GetConnectionCredentials), never from the caller;
// the command line is read from /proc and is informative, not trusted.
#pragma once

#include <QDBusConnection>
#include <QString>

namespace ModRescue {

struct CallerInfo
{
    QString busName;
    qint64 uid = -1;
    qint64 pid = -1;
    QString command; // /proc/<pid>/comm, may be empty

    static CallerInfo query(const QDBusConnection &bus, const QString &busName);
    // "uid 1000 pid 4242 (modrescuectl) :1.42"
    QString toString() const;
};

} // namespace ModRescue
