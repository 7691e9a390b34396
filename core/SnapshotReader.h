// SPDX-License-Identifier: GPL-2.0-or-later
// SnapshotReader: reads /proc/modules, /sys/module/* and modules.builtin below
// a root directory into a ModuleSnapshot. Cheap (opens no .ko file), never
// needs root, and refuses malformed input with an Error naming file and line
// rather than returning a partial snapshot.
#pragma once

#include "ModuleSnapshot.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

namespace ModRescue {

class SnapshotReader
{
    Q_DECLARE_TR_FUNCTIONS(SnapshotReader)

public:
    explicit SnapshotReader(QString root = QStringLiteral("/"));

    // Built-in modules come from /sys/module entries without "initstate" and
    // from lib/modules/<release>/modules.builtin when present. Off: only the
    // loaded modules (what lsmod shows).
    void setIncludeBuiltIn(bool include) { m_includeBuiltIn = include; }

    Result<ModuleSnapshot> read() const;

    // The path below the root, e.g. path("proc/modules") -> "<root>/proc/modules".
    QString path(QStringView relative) const;
    QString root() const { return m_root; }

private:
    QString m_root;
    bool m_includeBuiltIn = true;
};

} // namespace ModRescue
