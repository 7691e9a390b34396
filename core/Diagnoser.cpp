// SPDX-License-Identifier: GPL-2.0-or-later
#include "Diagnoser.h"

#include "DependencyGraph.h"
#include "EvidenceCollector.h"
#include "ModuleName.h"
#include "SnapshotReader.h"

#include <QCoreApplication>

namespace ModRescue {

namespace {

// The helpers below are not members, so they name the context explicitly:
// lupdate then files their strings under "Diagnoser" as well.
QString taskSentence(const ModuleTask &t, const QString &module)
{
    QString who = t.comm.isEmpty()
                      ? Diagnoser::tr("Process %1").arg(t.pid)
                      : Diagnoser::tr("Process %1 (%2)").arg(QString::number(t.pid), t.comm);
    QString s;
    if (!t.confirmed)
        s = Diagnoser::tr(
                "%1 runs \"%2\", which is loading or unloading %3 (its system call could not be "
                "read to confirm).")
                .arg(who, t.cmdline.left(120), module);
    else if (t.module.isEmpty())
        s = Diagnoser::tr("%1 is inside %2 for a module that cannot be identified; it may be %3.")
                .arg(who, moduleSyscallName(t.call), module);
    else
        s = Diagnoser::tr("%1 is inside %2 for %3.").arg(who, moduleSyscallName(t.call), module);
    if (!t.file.isEmpty())
        s += QLatin1Char(' ') + Diagnoser::tr("The file being loaded is %1.").arg(t.file);
    if (!t.wchan.isEmpty())
        s += QLatin1Char(' ') + Diagnoser::tr("It is waiting in %1.").arg(t.wchan);
    return s;
}

PlanStep unloadStep(const QString &module)
{
    PlanStep s;
    s.kind = PlanStep::Kind::Unload;
    s.module = module;
    s.what = Diagnoser::tr("Unload %1 normally (its exit function runs).").arg(module);
    s.runsExit = true;
    s.risk = Risk::Low;
    return s;
}

PlanStep unloadAfterFixStep(const QString &module, bool exitRuns)
{
    PlanStep s = unloadStep(module);
    s.what = exitRuns ? Diagnoser::tr("Unload %1 (its exit function runs).").arg(module)
                      : Diagnoser::tr("Unload %1 (no exit function runs).").arg(module);
    s.runsExit = exitRuns;
    s.risk = Risk::Low;
    return s;
}

PlanStep fixerStep(const QString &module, FixerOptions options)
{
    PlanStep s;
    s.kind = PlanStep::Kind::Fixer;
    s.module = module;
    s.fixer = options;
    QStringList edits;
    if (options.resetState)
        edits.append(Diagnoser::tr("set its state to live"));
    if (options.resetRefcount)
        edits.append(Diagnoser::tr("reset its reference count to zero"));
    if (options.skipExit)
        edits.append(Diagnoser::tr("clear its init and exit functions so none runs"));
    s.what = Diagnoser::tr("Load the fixer once to repair %1: %2. This taints the kernel (R).")
                 .arg(module, edits.join(QStringLiteral("; ")));
    s.forces = true;
    s.runsExit = false;
    s.risk = Risk::High;
    return s;
}

PlanStep kernelForceStep(const QString &module, bool exitRuns)
{
    PlanStep s;
    s.kind = PlanStep::Kind::KernelForceUnload;
    s.module = module;
    s.what =
        exitRuns
            ? Diagnoser::tr(
                  "Force the kernel to unload %1 (rmmod -f) despite its reference count; its exit "
                  "function runs. This taints the kernel (R).")
                  .arg(module)
            : Diagnoser::tr("Force the kernel to unload %1 (rmmod -f); there is no exit function "
                            "to run. This taints the kernel (R).")
                  .arg(module);
    s.forces = true;
    s.runsExit = exitRuns;
    s.risk = Risk::High;
    return s;
}

Plan fixerPlan(const QString &module, FixerOptions options, bool exitRuns)
{
    Plan p;
    p.title = options.skipExit
                  ? Diagnoser::tr("Repair with the fixer, skip the exit function, unload")
                  : Diagnoser::tr("Repair with the fixer, then unload and run the exit function");
    p.steps = {fixerStep(module, options), unloadAfterFixStep(module, exitRuns)};
    return p;
}

Plan kernelForcePlan(const QString &module, bool exitRuns)
{
    Plan p;
    p.title = Diagnoser::tr("Forced unload by the kernel (rmmod -f)");
    p.steps = {kernelForceStep(module, exitRuns)};
    return p;
}

void addFixerRemarks(Diagnosis &d, const KernelAbilities &kernel)
{
    const auto usesFixer = [](const Plan &p) {
        for (const PlanStep &s : p.steps)
            if (s.kind == PlanStep::Kind::Fixer)
                return true;
        return false;
    };
    bool fixer = usesFixer(d.plan);
    for (const Plan &p : std::as_const(d.alternatives))
        fixer = fixer || usesFixer(p);
    if (!fixer)
        return;
    if (!kernel.fixerAvailable())
        d.evidenceSentences.append(
            Diagnoser::tr(
                "The fixer module is not installed for kernel %1; install ModRescue's DKMS "
                "package to use the plans that need it.")
                .arg(kernel.release));
    if (kernel.kprobes == Tristate::No)
        d.evidenceSentences.append(
            Diagnoser::tr("The kernel has no kprobes (CONFIG_KPROBES), which the "
                          "fixer needs to find the module list."));
    if (kernel.signatureEnforced == Tristate::Yes
        || (!kernel.lockdown.isEmpty() && kernel.lockdown != QLatin1String("none")))
        d.evidenceSentences.append(Diagnoser::tr(
            "The kernel only loads signed modules (signature enforcement or lockdown): the "
            "fixer must be signed with a key the kernel trusts (DKMS signs with its MOK key "
            "once it is enrolled with mokutil --import)."));
}

} // namespace

Diagnoser::Diagnoser(QString root) : m_root(std::move(root)) {}

Result<Diagnosis> Diagnoser::diagnose(QStringView name) const
{
    auto canonical = ModuleName::normalise(name);
    if (!canonical)
        return canonical.error();
    auto snapshot = SnapshotReader(m_root).read();
    if (!snapshot)
        return snapshot.error();
    KernelAbilitiesReader abilitiesReader(m_root);
    abilitiesReader.setFixerSearchPaths(m_fixerPaths);
    auto kernel = abilitiesReader.read();
    if (!kernel)
        return kernel.error();
    auto evidence = EvidenceCollector(m_root).collect(*snapshot, *canonical);
    if (!evidence)
        return evidence.error();
    return diagnose(*snapshot, *canonical, *evidence, *kernel);
}

Diagnosis Diagnoser::diagnose(const ModuleSnapshot &snapshot, QStringView name,
                              const ModuleEvidence &evidence, const KernelAbilities &kernel)
{
    Diagnosis d;
    d.module = name.toString();
    d.module.replace(QLatin1Char('-'), QLatin1Char('_'));
    d.evidence = evidence;
    const QString &m = d.module;
    const ModuleInfo *info = snapshot.find(m);

    if (!info) {
        d.kind = DiagnosisCase::NotLoaded;
        d.summary = tr("%1 is not loaded.").arg(m);
        d.evidenceSentences.append(tr("%1 is neither in /proc/modules nor built into the kernel.")
                                       .arg(m));
        d.refusal = tr("There is nothing to unload.");
        return d;
    }
    d.info = *info;
    if (info->isBuiltIn()) {
        d.kind = DiagnosisCase::BuiltIn;
        d.summary = tr("%1 is built into the kernel.").arg(m);
        d.evidenceSentences.append(
            tr("%1 is part of the kernel image (it appears in /sys/module or modules.builtin but "
               "not in /proc/modules).")
                .arg(m));
        d.refusal = tr("Built-in code can never be unloaded; it can only be disabled on the "
                       "kernel command line or by building a different kernel.");
        return d;
    }

    d.evidenceSentences.append(
        info->refCountKnown
            ? tr("%1 is %2 with reference count %3.")
                  .arg(m, moduleStateText(info->state))
                  .arg(info->refCount)
            : tr("%1 is %2.").arg(m, moduleStateText(info->state)));

    if (!kernel.canUnload()) {
        d.kind = DiagnosisCase::KernelCannotUnload;
        d.summary = tr("This kernel cannot unload modules.");
        if (kernel.moduleUnload == Tristate::No)
            d.evidenceSentences.append(
                tr("The kernel was built without module unloading (CONFIG_MODULE_UNLOAD is not "
                   "set)."));
        if (kernel.modulesDisabled == Tristate::Yes)
            d.evidenceSentences.append(
                tr("Loading and unloading modules was switched off until the next boot "
                   "(/proc/sys/kernel/modules_disabled is 1)."));
        d.refusal = tr("Only a reboot can remove %1.").arg(m);
        return d;
    }

    if (!info->holders.isEmpty()) {
        d.kind = DiagnosisCase::HeldByModules;
        d.summary = tr("%1 is used by %2.").arg(m, info->holders.join(QStringLiteral(", ")));
        d.evidenceSentences.append(
            tr("Its holders list (/sys/module/%1/holders) names %2; the kernel refuses to unload "
               "a module while others use it, and forcing past them would crash them.")
                .arg(m, info->holders.join(QStringLiteral(", "))));
        const DependencyGraph graph(snapshot);
        auto order = graph.removalOrder(m);
        if (!order) {
            d.evidenceSentences.append(order.error().message);
            d.refusal = tr("No safe removal order exists.");
            return d;
        }
        for (const QString &o : std::as_const(*order)) {
            const ModuleInfo *oi = snapshot.find(o);
            if (o != m && oi && oi->state != ModuleState::Live)
                d.evidenceSentences.append(
                    tr("%1, which must go first, is itself %2: diagnose it first.")
                        .arg(o, moduleStateText(oi->state)));
        }
        PlanStep s;
        s.kind = PlanStep::Kind::UnloadWithDependents;
        s.module = m;
        s.order = *order;
        s.what = tr("Unload %1 in this order, each normally (their exit functions run).")
                     .arg(order->join(QStringLiteral(", ")));
        s.runsExit = true;
        s.risk = Risk::Medium;
        d.plan.title = tr("Unload with dependents");
        d.plan.steps = {s};
        return d;
    }

    const auto tasksOf = [&](bool deleting) {
        QList<ModuleTask> out;
        for (const ModuleTask &t : evidence.tasks)
            if ((t.call == ModuleSyscall::DeleteModule) == deleting)
                out.append(t);
        for (const ModuleTask &t : evidence.untiedTasks)
            if ((t.call == ModuleSyscall::DeleteModule) == deleting)
                out.append(t);
        return out;
    };
    const auto unreadableNote = [&] {
        if (evidence.unreadableTasks > 0)
            d.evidenceSentences.append(
                tr("%n process(es) could not be examined without root; run as root to be "
                   "certain no task is still inside the module's code.",
                   nullptr, evidence.unreadableTasks));
    };

    if (info->state == ModuleState::Coming || info->state == ModuleState::Going) {
        const bool going = info->state == ModuleState::Going;
        const QList<ModuleTask> tasks = tasksOf(going);
        if (!tasks.isEmpty()) {
            d.kind = going ? DiagnosisCase::ExitHangs : DiagnosisCase::InitRunning;
            for (const ModuleTask &t : tasks)
                d.evidenceSentences.append(taskSentence(t, m));
            const ModuleTask &t = tasks.first();
            const QString waiting =
                t.wchan.isEmpty() ? QString() : tr(", waiting in %1").arg(t.wchan);
            d.summary = going ? tr("The exit function of %1 is still running in process %2.")
                                    .arg(m, QString::number(t.pid))
                              : tr("The init function of %1 is still running in process %2.")
                                    .arg(m, QString::number(t.pid));
            d.refusal =
                going ? tr("Its exit function is still running (process %1%2); freeing the module "
                           "now would crash the kernel. Find out what the exit function waits for "
                           "and "
                           "let it finish.")
                            .arg(QString::number(t.pid), waiting)
                      : tr("Its init function is still running (process %1%2); freeing the module "
                           "now "
                           "would crash the kernel. Wait for it or make it finish.")
                            .arg(QString::number(t.pid), waiting);
            return d;
        }
        d.kind = going ? DiagnosisCase::ExitCrashed : DiagnosisCase::InitCrashed;
        if (going) {
            d.summary = tr("The exit function of %1 crashed or was killed; the module is stuck "
                           "unloading.")
                            .arg(m);
            d.evidenceSentences.append(
                tr("Its state is going (initstate) and no task is inside delete_module: its "
                   "exit function started and never finished."));
        } else {
            d.summary = tr("The init function of %1 crashed or was killed; the module is stuck "
                           "loading.")
                            .arg(m);
            d.evidenceSentences.append(
                tr("Its state is coming (initstate) and no task is inside init_module or "
                   "finit_module: its init function started and never finished."));
        }
        unreadableNote();
        d.plan = fixerPlan(m, {true, true, true}, false);
        d.plan.title = going ? tr("Repair with the fixer (state live, no references, exit "
                                  "skipped), then unload")
                             : tr("Repair with the fixer (state live, no references, init and "
                                  "exit cleared), then unload");
        addFixerRemarks(d, kernel);
        return d;
    }

    // Live. "[permanent]" in /proc/modules is the kernel's own word that
    // there is an init but no exit; kallsyms may be restricted, that is not.
    const Tristate hasExit = info->permanent ? Tristate::No : evidence.hasExit;
    if (info->permanent)
        d.evidenceSentences.append(
            tr("/proc/modules marks %1 [permanent]: it has an init function but no exit "
               "function, and the kernel refuses to unload such a module.")
                .arg(m));
    else if (hasExit == Tristate::No)
        d.evidenceSentences.append(
            tr("/proc/kallsyms lists symbols of %1 but no cleanup_module: it has no exit "
               "function, and the kernel refuses to unload a module that has an init function "
               "but no exit function.")
                .arg(m));
    else if (evidence.hasExit == Tristate::Yes)
        d.evidenceSentences.append(tr("It has an exit function (cleanup_module in /proc/kallsyms)."));
    for (const QString &note : evidence.notes)
        d.evidenceSentences.append(note);

    const bool exitRuns = hasExit != Tristate::No;
    if (info->refCountKnown && info->refCount > 0) {
        d.kind = DiagnosisCase::ReferenceLeak;
        d.summary =
            tr("%1 has %n reference(s) but no module uses it.", nullptr, info->refCount).arg(m);
        if (evidence.references.isEmpty()) {
            d.evidenceSentences.append(
                tr("No process holds one of its devices open, none of its filesystems is "
                   "mounted and no network interface uses its driver: the reference was most "
                   "likely leaked."));
        } else {
            for (const ReferenceSource &r : evidence.references) {
                switch (r.kind) {
                case ReferenceSource::Kind::OpenDevice:
                    d.evidenceSentences.append(tr("Process %1 (%2) holds %3 open.")
                                                   .arg(r.pid)
                                                   .arg(r.comm, r.object));
                    break;
                case ReferenceSource::Kind::Mount:
                    d.evidenceSentences.append(
                        tr("A %1 filesystem is mounted on %2.").arg(r.detail, r.object));
                    break;
                case ReferenceSource::Kind::NetInterface:
                    d.evidenceSentences.append(tr("The network interface %1 uses its driver %2.")
                                                   .arg(r.object, r.detail));
                    break;
                }
            }
            d.evidenceSentences.append(tr("Release these first (close, unmount, bring the "
                                          "interface down); then it can be unloaded normally. "
                                          "Forcing is a last resort."));
        }
        unreadableNote();
        const Plan kernelPlan = kernelForcePlan(m, exitRuns);
        const Plan fixer = fixerPlan(m, {false, true, !exitRuns}, exitRuns);
        if (kernel.forceUnload == Tristate::Yes) {
            d.plan = kernelPlan;
            d.alternatives = {fixer};
        } else {
            d.plan = fixer;
            if (kernel.forceUnload == Tristate::No)
                d.evidenceSentences.append(tr("The kernel was built without "
                                              "CONFIG_MODULE_FORCE_UNLOAD, so rmmod -f cannot "
                                              "help."));
        }
        addFixerRemarks(d, kernel);
        return d;
    }

    if (hasExit == Tristate::No) {
        d.kind = DiagnosisCase::NoExitFunction;
        d.summary = tr("%1 has no exit function, so the kernel will not unload it normally.").arg(m);
        const Plan fixer = fixerPlan(m, {false, false, true}, false);
        if (kernel.forceUnload == Tristate::Yes) {
            d.plan = kernelForcePlan(m, false);
            d.alternatives = {fixer};
        } else {
            d.plan = fixer;
        }
        addFixerRemarks(d, kernel);
        return d;
    }

    d.kind = DiagnosisCase::RemovableNow;
    d.summary = tr("%1 is not in use and can be unloaded now.").arg(m);
    d.plan.title = tr("Unload");
    d.plan.steps = {unloadStep(m)};
    return d;
}

} // namespace ModRescue
