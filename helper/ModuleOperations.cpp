// SPDX-License-Identifier: GPL-2.0-or-later
#include "ModuleOperations.h"

#include "AuditLog.h"
#include "FixerFile.h"
#include "HelperErrors.h"
#include "KernelCall.h"
#include "KernelModuleFile.h"

#include "DependencyGraph.h"
#include "Diagnoser.h"
#include "ModuleName.h"
#include "SnapshotReader.h"

#include <QDBusMessage>
#include <QDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <libkmod.h>
#include <memory>
#include <sys/syscall.h>
#include <unistd.h>

namespace ModRescue {

namespace E = Helper::Error;

struct ModuleOperations::Context
{
    Request &request;
    QStringList steps;
    QStringList removed;
    QVariantMap extra;
};

namespace {

QString errnoText(int error)
{
    return QString::fromLocal8Bit(strerror(error));
}

QString tasksText(const QList<ModuleTask> &tasks, ModuleSyscall call)
{
    QStringList out;
    for (const ModuleTask &task : tasks) {
        if (task.call != call &&
            !(call == ModuleSyscall::InitModule && task.call == ModuleSyscall::FinitModule))
            continue;
        QString line = QStringLiteral("pid %1 (%2)").arg(task.pid).arg(task.comm);
        if (!task.wchan.isEmpty())
            line += QStringLiteral(" waiting in %1").arg(task.wchan);
        out << line;
    }
    return out.isEmpty() ? QStringLiteral("an unidentified task") : out.join(QLatin1String(", "));
}

bool planRunsExit(const Plan &plan)
{
    for (const PlanStep &step : plan.steps)
        if (step.runsExit)
            return true;
    return false;
}

QStringList fixerParameterNames(const FixerOptions &fixer)
{
    QStringList out;
    if (fixer.resetState)
        out << QStringLiteral("reset_state");
    if (fixer.resetRefcount)
        out << QStringLiteral("reset_refcount");
    if (fixer.skipExit)
        out << QStringLiteral("skip_exit");
    return out;
}

struct KmodCtxDeleter
{
    void operator()(kmod_ctx *ctx) const { kmod_unref(ctx); }
};
struct KmodModuleDeleter
{
    void operator()(kmod_module *mod) const { kmod_module_unref(mod); }
};

} // namespace

ModuleOperations::ModuleOperations(HelperOptions options, QDBusConnection bus)
    : m_options(std::move(options)), m_bus(std::move(bus))
{
}

OperationResult ModuleOperations::run(Request &request)
{
    Context ctx{request, {}, {}, {}};
    AuditLog::notice(QStringLiteral("request %1 %2 %3 by %4: started")
                         .arg(request.id)
                         .arg(Request::kindName(request.kind), request.module, request.callerText));
    OperationResult result;
    switch (request.kind) {
    case Request::Kind::Unload:
        result = unload(ctx);
        break;
    case Request::Kind::UnloadWithDependents:
        result = unloadWithDependents(ctx);
        break;
    case Request::Kind::ForceRemove:
        result = forceRemove(ctx);
        break;
    case Request::Kind::LoadModule:
        result = loadModule(ctx);
        break;
    case Request::Kind::LoadFile:
        result = loadFile(ctx);
        break;
    }
    const QString outcome =
        result.ok() ? QStringLiteral("succeeded")
                    : QStringLiteral("failed: %1: %2").arg(result.errorName, result.message);
    AuditLog::notice(QStringLiteral("request %1 %2 %3 by %4: %5; steps: %6")
                         .arg(request.id)
                         .arg(Request::kindName(request.kind), request.module, request.callerText,
                              outcome,
                              ctx.steps.isEmpty() ? QStringLiteral("none")
                                                  : ctx.steps.join(QLatin1String("; "))));
    return result;
}

KernelAbilities ModuleOperations::abilities() const
{
    KernelAbilitiesReader reader(m_options.root);
    auto read = reader.read();
    return read ? read.value() : KernelAbilities{};
}

void ModuleOperations::progress(Context &ctx, const QString &module, const QString &stage,
                                const QString &text)
{
    // Only the caller learns about its request.
    QDBusMessage signal = QDBusMessage::createTargetedSignal(
        ctx.request.caller, QLatin1String(Helper::ObjectPath), QLatin1String(Helper::InterfaceName),
        QStringLiteral("Progress"));
    signal << module << stage << text;
    m_bus.send(signal);
}

QVariantMap ModuleOperations::finish(Context &ctx)
{
    QVariantMap value = ctx.extra;
    value.insert(QStringLiteral("module"), ctx.request.module);
    value.insert(QStringLiteral("steps"), ctx.steps);
    value.insert(QStringLiteral("taint"), abilities().taintLetters());
    return value;
}

std::optional<OperationResult> ModuleOperations::refusal(const Diagnosis &d) const
{
    switch (d.kind) {
    case DiagnosisCase::NotLoaded:
        return OperationResult::failure(E::NoSuchModule,
                                        QStringLiteral("module %1 is not loaded").arg(d.module));
    case DiagnosisCase::BuiltIn:
        return OperationResult::failure(
            E::BuiltIn,
            QStringLiteral("%1 is built into the kernel and cannot be removed").arg(d.module));
    case DiagnosisCase::KernelCannotUnload:
        return OperationResult::failure(
            E::KernelRefused,
            d.refusal.isEmpty() ? QStringLiteral("this kernel cannot unload modules") : d.refusal);
    case DiagnosisCase::HeldByModules:
        return OperationResult::failure(
            E::UsedByModules, QStringLiteral("%1 is used by %2; remove those first")
                                  .arg(d.module, d.info.holders.join(QLatin1String(", "))));
    case DiagnosisCase::InitRunning:
        return OperationResult::failure(
            E::InitRunning,
            QStringLiteral("the init function of %1 is still running in %2; removing it now "
                           "would crash the kernel")
                .arg(d.module, tasksText(d.evidence.tasks, ModuleSyscall::InitModule)));
    case DiagnosisCase::ExitHangs:
        return OperationResult::failure(
            E::ExitRunning,
            QStringLiteral("the exit function of %1 is still running in %2")
                .arg(d.module, tasksText(d.evidence.tasks, ModuleSyscall::DeleteModule)));
    default:
        return std::nullopt;
    }
}

OperationResult ModuleOperations::deleteModule(Context &ctx, const QString &module, bool force)
{
    progress(ctx, module, QStringLiteral("removing"),
             force ? QStringLiteral("Forcing the kernel to remove %1").arg(module)
                   : QStringLiteral("Removing %1").arg(module));
    const QByteArray name = module.toLatin1();
    const int flags = O_NONBLOCK | (force ? O_TRUNC : 0);
    const QString what = QStringLiteral("delete_module(%1%2)")
                             .arg(module, force ? QStringLiteral(", O_TRUNC") : QString());
    AuditLog::notice(QStringLiteral("request %1: %2").arg(ctx.request.id).arg(what));
    const auto outcome = KernelCall::run(
        [&name, flags] { return int(syscall(SYS_delete_module, name.constData(), flags)); },
        m_options.unloadTimeoutMs);
    switch (outcome.status) {
    case KernelCall::Outcome::Status::TimedOut:
        ctx.steps << QStringLiteral("%1: no answer after %2 s (pid %3)")
                         .arg(what)
                         .arg(m_options.unloadTimeoutMs / 1000)
                         .arg(outcome.pid);
        return OperationResult::failure(
            E::Timeout, QStringLiteral("removing %1 did not finish within %2 s: its exit function "
                                       "probably hangs; the call is still running in pid %3")
                            .arg(module)
                            .arg(m_options.unloadTimeoutMs / 1000)
                            .arg(outcome.pid));
    case KernelCall::Outcome::Status::Failed:
        return OperationResult::failure(
            E::KernelRefused, QStringLiteral("%1 could not run: %2").arg(what, outcome.message));
    case KernelCall::Outcome::Status::Returned:
        break;
    }
    if (outcome.returnValue == 0) {
        ctx.steps << QStringLiteral("%1: done").arg(what);
        ctx.removed << module;
        return OperationResult::success({});
    }
    ctx.steps << QStringLiteral("%1: %2").arg(what, errnoText(outcome.error));
    switch (outcome.error) {
    case ENOENT:
        return OperationResult::failure(E::NoSuchModule,
                                        QStringLiteral("module %1 is not loaded").arg(module));
    case EBUSY:
    case EAGAIN:
        return OperationResult::failure(
            E::KernelRefused, QStringLiteral("the kernel refused to remove %1: %2 (it is in use or "
                                             "not live; ForceRemove may help)")
                                  .arg(module, errnoText(outcome.error)));
    default:
        return OperationResult::failure(E::KernelRefused,
                                        QStringLiteral("the kernel refused to remove %1: %2")
                                            .arg(module, errnoText(outcome.error)));
    }
}

OperationResult ModuleOperations::verifyGone(Context &ctx, const QString &module)
{
    progress(ctx, module, QStringLiteral("verifying"),
             QStringLiteral("Checking that %1 is gone").arg(module));
    SnapshotReader reader(m_options.root);
    reader.setIncludeBuiltIn(false);
    const auto snapshot = reader.read();
    if (!snapshot)
        return OperationResult::failure(
            E::KernelRefused,
            QStringLiteral("cannot re-read the loaded modules: %1").arg(snapshot.error().message));
    if (const ModuleInfo *info = snapshot->find(module)) {
        ctx.steps << QStringLiteral("verify: %1 still loaded (%2)")
                         .arg(module, moduleStateId(info->state));
        return OperationResult::failure(E::KernelRefused,
                                        QStringLiteral("%1 is still loaded (%2) after removal")
                                            .arg(module, moduleStateId(info->state)));
    }
    ctx.steps << QStringLiteral("verify: %1 is gone").arg(module);
    return OperationResult::success({});
}

OperationResult ModuleOperations::unload(Context &ctx)
{
    const QString module = ctx.request.module;
    progress(ctx, module, QStringLiteral("diagnosing"), QStringLiteral("Reading the kernel state"));
    const auto diagnosis = Diagnoser(m_options.root).diagnose(module);
    if (!diagnosis)
        return OperationResult::failure(E::KernelRefused, diagnosis.error().toString());
    if (auto refused = refusal(*diagnosis))
        return *refused;
    OperationResult removed = deleteModule(ctx, module, false);
    if (!removed.ok()) {
        if (diagnosis->kind != DiagnosisCase::RemovableNow)
            removed.message += QStringLiteral(" [diagnosis: %1]").arg(diagnosis->summary);
        return removed;
    }
    if (OperationResult gone = verifyGone(ctx, module); !gone.ok())
        return gone;
    ctx.extra.insert(QStringLiteral("removed"), ctx.removed);
    return OperationResult::success(finish(ctx));
}

OperationResult ModuleOperations::unloadWithDependents(Context &ctx)
{
    const QString module = ctx.request.module;
    progress(ctx, module, QStringLiteral("diagnosing"), QStringLiteral("Reading the kernel state"));
    SnapshotReader reader(m_options.root);
    const auto snapshot = reader.read();
    if (!snapshot)
        return OperationResult::failure(E::KernelRefused, snapshot.error().toString());
    const ModuleInfo *info = snapshot->find(module);
    if (!info)
        return OperationResult::failure(E::NoSuchModule,
                                        QStringLiteral("module %1 is not loaded").arg(module));
    if (info->isBuiltIn())
        return OperationResult::failure(
            E::BuiltIn,
            QStringLiteral("%1 is built into the kernel and cannot be removed").arg(module));
    const auto order = DependencyGraph(*snapshot).removalOrder(module);
    if (!order)
        return OperationResult::failure(E::KernelRefused, order.error().toString());
    AuditLog::notice(QStringLiteral("request %1: removal order %2")
                         .arg(ctx.request.id)
                         .arg(order->join(QLatin1String(", "))));

    auto partial = [&ctx](OperationResult failure) {
        failure.message += ctx.removed.isEmpty() ? QStringLiteral(" (nothing was removed)")
                                                 : QStringLiteral(" (already removed: %1)")
                                                       .arg(ctx.removed.join(QLatin1String(", ")));
        return failure;
    };
    for (const QString &current : *order) {
        // Each module is diagnosed again right before it goes: the state
        // changes as its users leave.
        progress(ctx, current, QStringLiteral("diagnosing"),
                 QStringLiteral("Checking %1").arg(current));
        const auto diagnosis = Diagnoser(m_options.root).diagnose(current);
        if (!diagnosis)
            return partial(
                OperationResult::failure(E::KernelRefused, diagnosis.error().toString()));
        if (auto refused = refusal(*diagnosis))
            return partial(*refused);
        if (OperationResult removed = deleteModule(ctx, current, false); !removed.ok())
            return partial(removed);
        if (OperationResult gone = verifyGone(ctx, current); !gone.ok())
            return partial(gone);
    }
    ctx.extra.insert(QStringLiteral("removed"), ctx.removed);
    return OperationResult::success(finish(ctx));
}

OperationResult ModuleOperations::forceRemove(Context &ctx)
{
    const QString module = ctx.request.module;
    if (ModuleName::same(module, QStringLiteral(MODRESCUE_FIXER_NAME)))
        return OperationResult::failure(E::InvalidArgument,
                                        QStringLiteral("the fixer cannot be used on itself"));
    progress(ctx, module, QStringLiteral("diagnosing"), QStringLiteral("Reading the kernel state"));
    const auto diagnosis = Diagnoser(m_options.root).diagnose(module);
    if (!diagnosis)
        return OperationResult::failure(E::KernelRefused, diagnosis.error().toString());
    if (auto refused = refusal(*diagnosis))
        return *refused;

    // The caller may choose to run or to skip the exit function only among
    // the plans the diagnosis offers.
    QList<Plan> candidates{diagnosis->plan};
    candidates += diagnosis->alternatives;
    const Plan *plan = nullptr;
    for (const Plan &candidate : candidates) {
        if (candidate.isEmpty())
            continue;
        const bool runs = planRunsExit(candidate);
        if (ctx.request.exitMode == Request::ExitMode::Auto ||
            (ctx.request.exitMode == Request::ExitMode::Run && runs) ||
            (ctx.request.exitMode == Request::ExitMode::Skip && !runs)) {
            plan = &candidate;
            break;
        }
    }
    if (!plan) {
        if (ctx.request.exitMode == Request::ExitMode::Auto)
            return OperationResult::failure(
                E::KernelRefused, diagnosis->refusal.isEmpty()
                                      ? QStringLiteral("no way to remove %1 was found").arg(module)
                                      : diagnosis->refusal);
        return OperationResult::failure(
            E::InvalidArgument,
            QStringLiteral("%1 (%2): the diagnosis offers no plan that %3 the exit function")
                .arg(module, diagnosisCaseId(diagnosis->kind),
                     ctx.request.exitMode == Request::ExitMode::Run ? QStringLiteral("runs")
                                                                    : QStringLiteral("skips")));
    }
    QStringList planText;
    for (const PlanStep &step : plan->steps)
        planText << planStepKindId(step.kind);
    AuditLog::notice(QStringLiteral("request %1: diagnosis %2, plan \"%3\": %4")
                         .arg(ctx.request.id)
                         .arg(diagnosisCaseId(diagnosis->kind), plan->title,
                              planText.join(QLatin1String(", "))));

    const KernelAbilities kernel = abilities();
    QString method = QStringLiteral("unload");
    QStringList repairs;
    for (const PlanStep &step : plan->steps) {
        const QString target = step.module.isEmpty() ? module : step.module;
        OperationResult done;
        switch (step.kind) {
        case PlanStep::Kind::Unload:
            done = deleteModule(ctx, target, false);
            break;
        case PlanStep::Kind::UnloadWithDependents:
            for (const QString &each : step.order) {
                done = deleteModule(ctx, each, false);
                if (!done.ok())
                    break;
            }
            break;
        case PlanStep::Kind::KernelForceUnload:
            if (kernel.forceUnload == Tristate::No)
                return OperationResult::failure(
                    E::KernelRefused,
                    QStringLiteral(
                        "this kernel has no forced unloading (CONFIG_MODULE_FORCE_UNLOAD)"));
            method = QStringLiteral("kernel-force");
            done = deleteModule(ctx, target, true);
            break;
        case PlanStep::Kind::Fixer:
            method = QStringLiteral("fixer");
            repairs = fixerParameterNames(step.fixer);
            // Only the repair: the plan's next step removes the module.
            done = runFixer(ctx, target, step.fixer, kernel);
            break;
        }
        if (!done.ok())
            return done;
    }
    if (OperationResult gone = verifyGone(ctx, module); !gone.ok())
        return gone;
    ctx.extra.insert(QStringLiteral("removed"), ctx.removed);
    ctx.extra.insert(QStringLiteral("method"), method);
    ctx.extra.insert(QStringLiteral("repairs"), repairs);
    ctx.extra.insert(QStringLiteral("exit_ran"), planRunsExit(*plan));
    return OperationResult::success(finish(ctx));
}

OperationResult ModuleOperations::runFixer(Context &ctx, const QString &module,
                                           const FixerOptions &fixer, const KernelAbilities &kernel)
{
    progress(ctx, module, QStringLiteral("loading-fixer"),
             QStringLiteral("Loading the fixer to repair %1").arg(module));
    const QString release = kernel.release;
    QString why;
    const FixerFile file =
        FixerFile::open(FixerFile::searchPaths(m_options.fixerDirectories, release), release, &why);
    if (!file.isOpen())
        return OperationResult::failure(E::FixerUnavailable, why);
    const QStringList repairs = fixerParameterNames(fixer);
    if (repairs.isEmpty())
        return OperationResult::failure(E::KernelRefused,
                                        QStringLiteral("the plan asks the fixer for no repair"));
    QByteArray params = "target=" + module.toLatin1();
    for (const QString &repair : repairs)
        params += ' ' + repair.toLatin1() + "=1";
    const QString what =
        QStringLiteral("finit_module(%1, \"%2\")").arg(file.path(), QString::fromLatin1(params));
    AuditLog::notice(QStringLiteral("request %1: %2").arg(ctx.request.id).arg(what));
    const int fd = file.fd();
    const auto outcome = KernelCall::run(
        [fd, &params] { return int(syscall(SYS_finit_module, fd, params.constData(), 0)); },
        m_options.loadTimeoutMs);
    if (outcome.status == KernelCall::Outcome::Status::TimedOut) {
        ctx.steps << QStringLiteral("%1: no answer (pid %2)").arg(what).arg(outcome.pid);
        return OperationResult::failure(
            E::Timeout, QStringLiteral("the fixer did not finish within %1 s (pid %2)")
                            .arg(m_options.loadTimeoutMs / 1000)
                            .arg(outcome.pid));
    }
    if (outcome.status == KernelCall::Outcome::Status::Failed)
        return OperationResult::failure(
            E::KernelRefused, QStringLiteral("%1 could not run: %2").arg(what, outcome.message));
    const int error = outcome.returnValue == 0 ? 0 : outcome.error;
    ctx.steps << QStringLiteral("%1: %2").arg(
        what,
        error == 0 ? QStringLiteral("returned 0") : QString::fromLatin1(strerrorname_np(error)));
    // The fixer's return codes, docs/CONTRACTS.md.
    switch (error) {
    case ECANCELED:
        return OperationResult::success({});
    case 0:
        return OperationResult::failure(
            E::FixerUnavailable,
            QStringLiteral("the fixer stayed loaded instead of failing as it must; it is not a "
                           "ModRescue fixer of this version"));
    case EINVAL:
        return OperationResult::failure(
            E::KernelRefused,
            QStringLiteral(
                "the fixer refused the repairs %1 for %2 as not making sense for its state")
                .arg(repairs.join(QLatin1String(", ")), module));
    case ESRCH:
        return OperationResult::failure(
            E::NoSuchModule, QStringLiteral("module %1 is not loaded (fixer)").arg(module));
    case ELOOP:
        return OperationResult::failure(E::InvalidArgument,
                                        QStringLiteral("the fixer cannot be used on itself"));
    case EUSERS:
        return OperationResult::failure(
            E::UsedByModules, QStringLiteral("%1 is used by other modules (fixer)").arg(module));
    case EINPROGRESS:
        return OperationResult::failure(
            E::InitRunning,
            QStringLiteral("the init function of %1 may still be running (fixer)").arg(module));
    case EALREADY:
        return OperationResult::failure(
            E::ExitRunning,
            QStringLiteral("the exit function of %1 may still be running (fixer)").arg(module));
    case EOPNOTSUPP:
        return OperationResult::failure(
            E::FixerUnavailable,
            QStringLiteral("the fixer cannot find or safely use the kernel's module list on "
                           "kernel %1 (needs CONFIG_KPROBES)")
                .arg(kernel.release));
    case EINTR:
        return OperationResult::failure(
            E::KernelRefused, QStringLiteral("the fixer was interrupted; nothing was changed"));
    case ENOEXEC:
        return OperationResult::failure(
            E::FixerUnavailable,
            QStringLiteral("%1 was not built for kernel %2; rebuild it with DKMS")
                .arg(file.path(), kernel.release));
    default:
        return loadFailure(error, QStringLiteral("loading the fixer"), kernel);
    }
}

OperationResult ModuleOperations::loadFailure(int error, const QString &what,
                                              const KernelAbilities &kernel) const
{
    const bool locked = kernel.lockdown == QLatin1String("integrity") ||
                        kernel.lockdown == QLatin1String("confidentiality");
    switch (error) {
    case EPERM:
        if (kernel.modulesDisabled == Tristate::Yes)
            return OperationResult::failure(
                E::KernelRefused,
                QStringLiteral("%1: module loading is disabled (kernel.modules_disabled=1)")
                    .arg(what));
        if (locked)
            return OperationResult::failure(
                E::Lockdown,
                QStringLiteral("%1: the kernel is locked down (%2) and refuses unsigned "
                               "modules; sign the module with a key enrolled with "
                               "mokutil (DKMS does this with its MOK key)")
                    .arg(what, kernel.lockdown));
        return OperationResult::failure(E::KernelRefused,
                                        QStringLiteral("%1: %2").arg(what, errnoText(error)));
    case EKEYREJECTED:
    case ENOKEY:
    case EBADMSG:
        return OperationResult::failure(
            E::SignatureRequired,
            QStringLiteral("%1: the kernel requires a valid module signature (%2); sign the module "
                           "with a key enrolled with mokutil")
                .arg(what, errnoText(error)));
    case EEXIST:
        return OperationResult::failure(
            E::KernelRefused,
            QStringLiteral("%1: a module of that name is already loaded").arg(what));
    case ENOEXEC:
        return OperationResult::failure(
            E::KernelRefused, QStringLiteral("%1: the module was not built for this kernel (%2)")
                                  .arg(what, errnoText(error)));
    case ENOENT:
        return OperationResult::failure(
            E::KernelRefused, QStringLiteral("%1: unknown symbol or missing dependency (%2); load "
                                             "the modules it needs first")
                                  .arg(what, errnoText(error)));
    default:
        return OperationResult::failure(E::KernelRefused,
                                        QStringLiteral("%1: %2").arg(what, errnoText(error)));
    }
}

OperationResult ModuleOperations::loadModule(Context &ctx)
{
    const QString module = ctx.request.module;
    progress(ctx, module, QStringLiteral("diagnosing"), QStringLiteral("Reading the kernel state"));
    const KernelAbilities kernel = abilities();
    SnapshotReader reader(m_options.root);
    const auto snapshot = reader.read();
    if (!snapshot)
        return OperationResult::failure(E::KernelRefused, snapshot.error().toString());
    if (const ModuleInfo *info = snapshot->find(module)) {
        if (info->isBuiltIn())
            return OperationResult::failure(
                E::BuiltIn, QStringLiteral("%1 is built into the kernel").arg(module));
        return OperationResult::failure(E::KernelRefused,
                                        QStringLiteral("%1 is already loaded").arg(module));
    }

    const QString modulesDir =
        QDir::cleanPath(m_options.root + QStringLiteral("/lib/modules/") + kernel.release);
    std::unique_ptr<kmod_ctx, KmodCtxDeleter> kctx(
        kmod_new(QFile::encodeName(modulesDir).constData(), nullptr));
    if (!kctx)
        return OperationResult::failure(E::KernelRefused,
                                        QStringLiteral("libkmod cannot read %1").arg(modulesDir));
    kmod_module *raw = nullptr;
    if (kmod_module_new_from_name(kctx.get(), module.toLatin1().constData(), &raw) < 0 || !raw)
        return OperationResult::failure(
            E::NoSuchModule,
            QStringLiteral("no module %1 for kernel %2").arg(module, kernel.release));
    std::unique_ptr<kmod_module, KmodModuleDeleter> mod(raw);
    if (!kmod_module_get_path(mod.get()))
        return OperationResult::failure(
            E::NoSuchModule, QStringLiteral("no module %1 for kernel %2 (not in modules.dep)")
                                 .arg(module, kernel.release));

    progress(ctx, module, QStringLiteral("loading"), QStringLiteral("Loading %1").arg(module));
    const QByteArray params = ctx.request.parameters;
    const QString what = QStringLiteral("load %1 \"%2\"").arg(module, QString::fromLatin1(params));
    AuditLog::notice(QStringLiteral("request %1: %2").arg(ctx.request.id).arg(what));
    kmod_module *target = mod.get();
    const auto outcome = KernelCall::run(
        [target, &params] {
            // Never run install/remove commands from modprobe.d: no shell.
            const int ret = kmod_module_probe_insert_module(
                target, KMOD_PROBE_IGNORE_COMMAND | KMOD_PROBE_FAIL_ON_LOADED,
                params.isEmpty() ? nullptr : params.constData(), nullptr, nullptr, nullptr);
            if (ret < 0) {
                errno = -ret;
                return -1;
            }
            return 0;
        },
        m_options.loadTimeoutMs);
    return loadOutcome(ctx, module, what, outcome, kernel);
}

OperationResult ModuleOperations::loadFile(Context &ctx)
{
    const QString module = ctx.request.module;
    progress(ctx, module, QStringLiteral("diagnosing"), QStringLiteral("Reading the module file"));
    // Read again now: what polkit approved is the module name; what the
    // kernel gets is exactly these bytes.
    QString why;
    const auto file = KernelModuleFile::read(ctx.request.file.fileDescriptor(), &why);
    if (!file)
        return OperationResult::failure(E::InvalidArgument, why);
    if (file->name() != module)
        return OperationResult::failure(
            E::InvalidArgument,
            QStringLiteral("the file changed while the request waited (it now holds module %1)")
                .arg(file->name()));
    const KernelAbilities kernel = abilities();
    SnapshotReader reader(m_options.root);
    const auto snapshot = reader.read();
    if (!snapshot)
        return OperationResult::failure(E::KernelRefused, snapshot.error().toString());
    if (const ModuleInfo *info = snapshot->find(module))
        return OperationResult::failure(
            info->isBuiltIn() ? E::BuiltIn : E::KernelRefused,
            info->isBuiltIn() ? QStringLiteral("%1 is built into the kernel").arg(module)
                              : QStringLiteral("%1 is already loaded").arg(module));

    progress(ctx, module, QStringLiteral("loading"), QStringLiteral("Loading %1").arg(module));
    const QByteArray &bytes = file->bytes();
    const QByteArray params = ctx.request.parameters;
    const QString what = QStringLiteral("init_module(%1, %2 bytes, \"%3\")")
                             .arg(module)
                             .arg(bytes.size())
                             .arg(QString::fromLatin1(params));
    AuditLog::notice(QStringLiteral("request %1: %2").arg(ctx.request.id).arg(what));
    const auto outcome = KernelCall::run(
        [&bytes, &params] {
            return int(syscall(SYS_init_module, bytes.constData(), size_t(bytes.size()),
                               params.constData()));
        },
        m_options.loadTimeoutMs);
    return loadOutcome(ctx, module, what, outcome, kernel);
}

// What a load syscall run by KernelCall came to, for both ways of loading.
OperationResult ModuleOperations::loadOutcome(Context &ctx, const QString &module,
                                              const QString &what,
                                              const KernelCall::Outcome &outcome,
                                              const KernelAbilities &kernel)
{
    if (outcome.status == KernelCall::Outcome::Status::TimedOut) {
        ctx.steps << QStringLiteral("%1: no answer (pid %2)").arg(what).arg(outcome.pid);
        return OperationResult::failure(
            E::Timeout, QStringLiteral("loading %1 did not finish within %2 s: its init function "
                                       "probably hangs; it is still running in pid %3")
                            .arg(module)
                            .arg(m_options.loadTimeoutMs / 1000)
                            .arg(outcome.pid));
    }
    if (outcome.status == KernelCall::Outcome::Status::Failed)
        return OperationResult::failure(
            E::KernelRefused, QStringLiteral("%1 could not run: %2").arg(what, outcome.message));
    if (outcome.returnValue != 0) {
        ctx.steps << QStringLiteral("%1: %2").arg(what, errnoText(outcome.error));
        return loadFailure(outcome.error, QStringLiteral("loading %1").arg(module), kernel);
    }
    ctx.steps << QStringLiteral("%1: done").arg(what);
    ctx.extra.insert(QStringLiteral("loaded"), QStringList{module});
    return OperationResult::success(finish(ctx));
}

} // namespace ModRescue
