// SPDX-License-Identifier: GPL-2.0-or-later
// AuditLog: one syslog line (the journal keeps it) for every request the
// helper gets and every privileged step it takes: caller, action, module,
// plan and result.
#pragma once

#include <QString>

namespace ModRescue {

class AuditLog
{
public:
    // Call once at start. `alsoStderr` copies every line to stderr (tests).
    static void open(bool alsoStderr);
    static void notice(const QString &line);
    static void warning(const QString &line);
};

} // namespace ModRescue
