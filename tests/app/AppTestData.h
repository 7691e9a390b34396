// SPDX-License-Identifier: GPL-2.0-or-later
// Module values for the app's unit tests: the states tests/kmod's stuck
// modules are left in (docs/CONTRACTS.md), built as ModuleInfo values in
// code. They are inputs to pure functions, not a captured tree.
#pragma once

#include "Diagnoser.h"
#include "SystemState.h"

namespace ModRescue::AppTest {

inline ModuleInfo module(const char *name, ModuleState state, int refs,
                         QStringList holders = {}, const char *taint = "OE", qint64 size = 16384)
{
    ModuleInfo m;
    m.name = QString::fromLatin1(name);
    m.state = state;
    m.refCount = refs;
    m.refCountKnown = refs >= 0;
    m.holders = holders;
    m.taint = QString::fromLatin1(taint);
    m.size = size;
    return m;
}

inline QList<ModuleInfo> stuckModules()
{
    using S = ModuleState;
    return {
        module("mr_chain_base", S::Live, 1, {QStringLiteral("mr_chain_mid")}),
        module("mr_chain_mid", S::Live, 1, {QStringLiteral("mr_chain_top")}),
        module("mr_chain_top", S::Live, 0),
        module("mr_init_oops", S::Coming, 1),
        module("mr_no_exit", S::Live, 0),
        module("mr_ref_leak", S::Live, 1),
        module("mr_exit_oops", S::Going, 0),
        module("loop", S::Live, 0, {}, "", 32768),
        module("ext4", S::Live, 2, {}, "", 1048576),
    };
}

inline KernelAbilities debianKernel()
{
    KernelAbilities k;
    k.release = QStringLiteral("6.1.0-test-amd64");
    k.moduleUnload = Tristate::Yes;
    k.forceUnload = Tristate::Yes;
    k.kprobes = Tristate::Yes;
    k.lockdown = QStringLiteral("none");
    k.modulesDisabled = Tristate::No;
    k.signatureEnforced = Tristate::No;
    k.fixerPath = QStringLiteral("/lib/modules/6.1.0-test-amd64/updates/dkms/modrescue_fixer.ko");
    return k;
}

inline ModuleEvidence evidenceFor(const QString &name)
{
    ModuleEvidence e;
    e.module = name;
    e.hasExit = name == QLatin1String("mr_no_exit") ? Tristate::No : Tristate::Yes;
    return e;
}

// A SystemState as SystemState::read() would make it, from values.
inline SystemState stateOf(const QList<ModuleInfo> &modules)
{
    SystemState s;
    s.snapshot = ModuleSnapshot(modules);
    s.graph = DependencyGraph(s.snapshot);
    s.abilities = debianKernel();
    s.abilitiesKnown = true;
    for (const ModuleInfo &m : s.snapshot.modules())
        s.cases.insert(m.name, Diagnoser::diagnose(s.snapshot, m.name, evidenceFor(m.name),
                                                   s.abilities)
                                   .kind);
    return s;
}

} // namespace ModRescue::AppTest
