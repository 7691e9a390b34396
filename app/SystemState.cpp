// SPDX-License-Identifier: GPL-2.0-or-later
#include "SystemState.h"

#include "Diagnoser.h"
#include "EvidenceCollector.h"
#include "SnapshotReader.h"

#include <QCoreApplication>
#include <QElapsedTimer>

namespace ModRescue {

SystemState SystemState::read(const QString &root)
{
    QElapsedTimer timer;
    timer.start();
    SystemState state;
    state.root = root;

    SnapshotReader reader(root);
    reader.setIncludeBuiltIn(false);
    Result<ModuleSnapshot> snapshot = reader.read();
    if (!snapshot) {
        state.error = snapshot.error().toString();
        state.elapsedMs = timer.elapsed();
        return state;
    }
    state.snapshot = std::move(snapshot).value();
    state.graph = DependencyGraph(state.snapshot);

    Result<KernelAbilities> abilities = KernelAbilitiesReader(root).read();
    if (abilities) {
        state.abilities = abilities.value();
        state.abilitiesKnown = true;
    } else {
        state.warnings.append(abilities.error().toString());
    }

    // The quick status mark of every module comes from the same decision the
    // details panel and the helper make, so the table never disagrees with them.
    // /proc/kallsyms and the task scan are read once for all of them.
    const EvidenceCollector collector(root);
    const auto all = collector.collectAll(state.snapshot);
    for (const auto &[name, evidence] : all) {
        if (!evidence) {
            state.warnings.append(evidence.error().toString());
            continue;
        }
        const Diagnosis d =
            Diagnoser::diagnose(state.snapshot, name, evidence.value(), state.abilities);
        state.cases.insert(name, d.kind);
    }
    state.elapsedMs = timer.elapsed();
    return state;
}

} // namespace ModRescue
