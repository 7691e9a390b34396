// SPDX-License-Identifier: GPL-2.0-or-later
// Diagnosis: why one module can or cannot be unloaded (a case of DESIGN.md),
// the evidence in sentences, and the plan that would remove it. Plain values:
// the helper re-diagnoses on its side and executes the plan's machine fields.
#pragma once

#include "ModuleEvidence.h"
#include "ModuleInfo.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ModRescue {

enum class DiagnosisCase {
    RemovableNow,       // rmmod would succeed
    HeldByModules,      // case 1: holders/ non-empty
    InitCrashed,        // case 2: COMING, no task in (f)init_module for it
    InitRunning,        // case 2': COMING, a task is inside (f)init_module
    NoExitFunction,     // case 3: LIVE, no cleanup_module
    ReferenceLeak,      // case 4: LIVE, refcount > 0, no holders
    ExitCrashed,        // case 5: GOING, no task in delete_module
    ExitHangs,          // case 5': GOING, a task is inside delete_module
    BuiltIn,            // part of the kernel image
    NotLoaded,          // not in /proc/modules
    KernelCannotUnload, // CONFIG_MODULE_UNLOAD=n or modules_disabled=1
};

// Stable ids for JSON and D-Bus: "removable-now", "held-by-modules",
// "init-crashed", "init-running", "no-exit-function", "reference-leak",
// "exit-crashed", "exit-hangs", "built-in", "not-loaded", "kernel-cannot-unload".
QString diagnosisCaseId(DiagnosisCase c);
bool diagnosisCaseFromId(QStringView id, DiagnosisCase *out);
// DESIGN.md's number: "1", "2", "2'", "3", "4", "5", "5'"; empty for the others.
QString diagnosisCaseNumber(DiagnosisCase c);
// Translated short title ("Exit function crashed").
QString diagnosisCaseTitle(DiagnosisCase c);

enum class Risk { None, Low, Medium, High };
QString riskId(Risk risk);   // "none", "low", "medium", "high"
QString riskText(Risk risk); // translated

struct FixerOptions
{
    bool resetState = false;    // COMING/GOING -> LIVE
    bool resetRefcount = false; // refcount -> zero (MODULE_REF_BASE)
    bool skipExit = false;      // clear init and exit: delete_module runs no exit
    bool operator==(const FixerOptions &) const = default;
};

struct PlanStep
{
    enum class Kind {
        Unload,               // delete_module(module, O_NONBLOCK)
        UnloadWithDependents, // Unload each of order, in order (module last)
        KernelForceUnload,    // delete_module(module, O_NONBLOCK|O_TRUNC), rmmod -f
        Fixer,                // load modrescue_fixer.ko target=module + fixer options
    };
    Kind kind = Kind::Unload;
    QString module;
    QStringList order;   // UnloadWithDependents: the modules, dependents first
    FixerOptions fixer;  // Fixer only
    QString what;        // translated sentence for people
    bool forces = false; // taints the kernel (TAINT_FORCED_RMMOD)
    bool runsExit = false; // the module's exit function runs in this step
    Risk risk = Risk::None;
    bool operator==(const PlanStep &) const = default;
};

QString planStepKindId(PlanStep::Kind kind); // "unload", "unload-with-dependents", "kernel-force-unload", "fixer"

struct Plan
{
    QList<PlanStep> steps;
    QString title;       // translated, e.g. "Force with the fixer, skipping the exit function"
    bool isEmpty() const { return steps.isEmpty(); }
    bool forces() const;
    Risk risk() const;   // the highest step risk
};

struct Diagnosis
{
    QString module;                  // canonical name
    DiagnosisCase kind = DiagnosisCase::NotLoaded;
    ModuleInfo info;                 // empty name when not loaded
    ModuleEvidence evidence;
    QString summary;                 // one translated sentence
    QStringList evidenceSentences;   // translated, each a full sentence
    // Why there is no plan (cases 2', 5', built-in, ...); empty when there is one.
    QString refusal;
    Plan plan;                       // the recommended plan; empty when refused
    QList<Plan> alternatives;        // other plans, most preferable first

    bool hasPlan() const { return !plan.isEmpty(); }
};

} // namespace ModRescue
