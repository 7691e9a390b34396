// SPDX-License-Identifier: GPL-2.0-or-later
#include "AuditLog.h"

#include <syslog.h>

namespace ModRescue {

void AuditLog::open(bool alsoStderr)
{
    openlog("modrescue-helper", LOG_PID | (alsoStderr ? LOG_PERROR : 0), LOG_AUTHPRIV);
}

void AuditLog::notice(const QString &line)
{
    syslog(LOG_NOTICE, "%s", line.toUtf8().constData());
}

void AuditLog::warning(const QString &line)
{
    syslog(LOG_WARNING, "%s", line.toUtf8().constData());
}

} // namespace ModRescue
