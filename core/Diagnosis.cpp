// SPDX-License-Identifier: GPL-2.0-or-later
#include "Diagnosis.h"

#include <QCoreApplication>

#include <algorithm>

namespace ModRescue {

namespace {
struct CaseName
{
    DiagnosisCase kind;
    const char *id;
    const char *number;
    const char *title;
};

const CaseName caseNames[] = {
    {DiagnosisCase::RemovableNow, "removable-now", "",
     QT_TRANSLATE_NOOP("Diagnosis", "Can be unloaded now")},
    {DiagnosisCase::HeldByModules, "held-by-modules", "1",
     QT_TRANSLATE_NOOP("Diagnosis", "Used by other modules")},
    {DiagnosisCase::InitCrashed, "init-crashed", "2",
     QT_TRANSLATE_NOOP("Diagnosis", "Init function crashed")},
    {DiagnosisCase::InitRunning, "init-running", "2'",
     QT_TRANSLATE_NOOP("Diagnosis", "Init function still running")},
    {DiagnosisCase::NoExitFunction, "no-exit-function", "3",
     QT_TRANSLATE_NOOP("Diagnosis", "No exit function")},
    {DiagnosisCase::ReferenceLeak, "reference-leak", "4",
     QT_TRANSLATE_NOOP("Diagnosis", "Referenced without holders")},
    {DiagnosisCase::ExitCrashed, "exit-crashed", "5",
     QT_TRANSLATE_NOOP("Diagnosis", "Exit function crashed")},
    {DiagnosisCase::ExitHangs, "exit-hangs", "5'",
     QT_TRANSLATE_NOOP("Diagnosis", "Exit function still running")},
    {DiagnosisCase::BuiltIn, "built-in", "", QT_TRANSLATE_NOOP("Diagnosis", "Built into the kernel")},
    {DiagnosisCase::NotLoaded, "not-loaded", "", QT_TRANSLATE_NOOP("Diagnosis", "Not loaded")},
    {DiagnosisCase::KernelCannotUnload, "kernel-cannot-unload", "",
     QT_TRANSLATE_NOOP("Diagnosis", "The kernel cannot unload modules")},
};

const CaseName &caseName(DiagnosisCase c)
{
    for (const CaseName &n : caseNames)
        if (n.kind == c)
            return n;
    return caseNames[0];
}
} // namespace

QString diagnosisCaseId(DiagnosisCase c)
{
    return QString::fromLatin1(caseName(c).id);
}

bool diagnosisCaseFromId(QStringView id, DiagnosisCase *out)
{
    for (const CaseName &n : caseNames)
        if (id == QLatin1StringView(n.id)) {
            *out = n.kind;
            return true;
        }
    return false;
}

QString diagnosisCaseNumber(DiagnosisCase c)
{
    return QString::fromLatin1(caseName(c).number);
}

QString diagnosisCaseTitle(DiagnosisCase c)
{
    return QCoreApplication::translate("Diagnosis", caseName(c).title);
}

QString riskId(Risk risk)
{
    switch (risk) {
    case Risk::None:
        return QStringLiteral("none");
    case Risk::Low:
        return QStringLiteral("low");
    case Risk::Medium:
        return QStringLiteral("medium");
    case Risk::High:
        return QStringLiteral("high");
    }
    return {};
}

QString riskText(Risk risk)
{
    switch (risk) {
    case Risk::None:
        return QCoreApplication::translate("Diagnosis", "none");
    case Risk::Low:
        return QCoreApplication::translate("Diagnosis", "low");
    case Risk::Medium:
        return QCoreApplication::translate("Diagnosis", "medium");
    case Risk::High:
        return QCoreApplication::translate("Diagnosis", "high");
    }
    return {};
}

QString planStepKindId(PlanStep::Kind kind)
{
    switch (kind) {
    case PlanStep::Kind::Unload:
        return QStringLiteral("unload");
    case PlanStep::Kind::UnloadWithDependents:
        return QStringLiteral("unload-with-dependents");
    case PlanStep::Kind::KernelForceUnload:
        return QStringLiteral("kernel-force-unload");
    case PlanStep::Kind::Fixer:
        return QStringLiteral("fixer");
    }
    return {};
}

bool Plan::forces() const
{
    return std::any_of(steps.cbegin(), steps.cend(), [](const PlanStep &s) { return s.forces; });
}

Risk Plan::risk() const
{
    Risk r = Risk::None;
    for (const PlanStep &s : steps)
        r = std::max(r, s.risk);
    return r;
}

} // namespace ModRescue
