// SPDX-License-Identifier: GPL-2.0-or-later
// ModuleOperations: what the helper does after polkit said yes. Re-reads the
// kernel state and re-diagnoses with core/, refuses what DESIGN.md refuses,
// executes the plan with each kernel call in a KernelCall child, verifies the
// outcome and logs every step. Runs on the helper's single worker thread, so
// operations never overlap.
#pragma once

#include "HelperOptions.h"
#include "KernelCall.h"
#include "OperationResult.h"
#include "Request.h"

#include "Diagnosis.h"
#include "KernelAbilities.h"

#include <QDBusConnection>
#include <QStringList>

namespace ModRescue {

class ModuleOperations
{
public:
    ModuleOperations(HelperOptions options, QDBusConnection bus);

    OperationResult run(Request &request);

private:
    struct Context; // the request being executed and the steps done so far

    OperationResult unload(Context &ctx);
    OperationResult unloadWithDependents(Context &ctx);
    OperationResult forceRemove(Context &ctx);
    OperationResult loadModule(Context &ctx);
    OperationResult loadFile(Context &ctx);

    // The refusals shared by every removal: not loaded, built in, holders,
    // init or exit still running, kernel cannot unload. Empty: go on.
    std::optional<OperationResult> refusal(const Diagnosis &diagnosis) const;
    OperationResult deleteModule(Context &ctx, const QString &module, bool force);
    OperationResult verifyGone(Context &ctx, const QString &module);
    OperationResult runFixer(Context &ctx, const QString &module, const FixerOptions &fixer,
                             const KernelAbilities &kernel);
    OperationResult loadFailure(int error, const QString &what,
                                const KernelAbilities &kernel) const;
    OperationResult loadOutcome(Context &ctx, const QString &module, const QString &what,
                                const KernelCall::Outcome &outcome, const KernelAbilities &kernel);

    KernelAbilities abilities() const;
    void progress(Context &ctx, const QString &module, const QString &stage, const QString &text);
    QVariantMap finish(Context &ctx);

    HelperOptions m_options;
    QDBusConnection m_bus;
};

} // namespace ModRescue
