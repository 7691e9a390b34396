// SPDX-License-Identifier: GPL-2.0-or-later
// Everything the main window shows about the system at one moment: the
// snapshot, its dependency graph, the kernel's abilities and a diagnosis of
// every loaded module. A plain value, made off the GUI thread by SystemLoader.
#pragma once

#include "DependencyGraph.h"
#include "Diagnosis.h"
#include "KernelAbilities.h"
#include "ModuleSnapshot.h"

#include <QHash>
#include <QMetaType>
#include <QString>

namespace ModRescue {

struct SystemState
{
    QString root = QStringLiteral("/");
    ModuleSnapshot snapshot;
    DependencyGraph graph;
    KernelAbilities abilities;
    bool abilitiesKnown = false;
    QHash<QString, DiagnosisCase> cases; // loaded modules only
    QString error;                       // the snapshot could not be read
    QStringList warnings;                // parts that could not be read
    qint64 elapsedMs = 0;

    bool ok() const { return error.isEmpty(); }

    // Reads it all below root; blocking, call it from a worker thread.
    static SystemState read(const QString &root);
};

} // namespace ModRescue

Q_DECLARE_METATYPE(ModRescue::SystemState)
