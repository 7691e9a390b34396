// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl why NAME`: the diagnosis: case, evidence, plan.
#include "CommandRegistry.h"
#include "CoreJson.h"
#include "Diagnoser.h"
#include "ExitCode.h"

#include <QCoreApplication>

namespace ModRescue {

class WhyCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WhyCommand)
public:
    QString name() const override { return QStringLiteral("why"); }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return tr("Explain why a module can or cannot be unloaded, and how it would be removed.");
    }
    int order() const override { return 30; }
    int run(CommandContext &c) override
    {
        if (c.arguments.size() != 1) {
            c.console.error(tr("why needs exactly one module name."));
            return ExitUsage;
        }
        auto diagnosis = Diagnoser(c.root).diagnose(c.arguments.first());
        if (!diagnosis)
            return reportError(c, diagnosis.error(), exitCodeFor(diagnosis.error()));
        const Diagnosis &d = *diagnosis;
        const int code = d.kind == DiagnosisCase::NotLoaded ? ExitUnknownModule : ExitOk;
        if (c.json) {
            c.console.printJson(CoreJson::envelope(QStringLiteral("diagnosis"),
                                                   CoreJson::diagnosis(d)));
            return code;
        }
        Console &out = c.console;
        const QString number = diagnosisCaseNumber(d.kind);
        out.out() << d.module << ": " << diagnosisCaseTitle(d.kind) << " ["
                  << diagnosisCaseId(d.kind)
                  << (number.isEmpty() ? QString() : tr(", case %1").arg(number)) << "]\n";
        out.printWrapped(d.summary);
        if (!d.evidenceSentences.isEmpty()) {
            out.out() << '\n' << tr("Evidence:") << '\n';
            for (const QString &s : d.evidenceSentences)
                out.printWrapped(s, QStringLiteral("    "), QStringLiteral("  - "));
        }
        if (!d.refusal.isEmpty()) {
            out.out() << '\n';
            out.printWrapped(d.refusal, QStringLiteral("    "), tr("No plan: "));
        }
        auto printPlan = [&](const Plan &p, const QString &heading) {
            out.out() << '\n';
            out.printWrapped(tr("%1 (risk %2%3)")
                                 .arg(p.title, riskText(p.risk()),
                                      p.forces() ? tr(", forces") : QString()),
                             QStringLiteral("    "), heading);
            int i = 1;
            for (const PlanStep &s : p.steps) {
                QStringList flags;
                if (s.forces)
                    flags.append(tr("forces"));
                flags.append(s.runsExit ? tr("exit runs") : tr("no exit runs"));
                out.printWrapped(QStringLiteral("%1 [%2]").arg(s.what, flags.join(QStringLiteral(", "))),
                                 QStringLiteral("     "), QStringLiteral("  %1. ").arg(i++));
            }
        };
        if (d.hasPlan())
            printPlan(d.plan, tr("Plan: "));
        for (const Plan &p : d.alternatives)
            printPlan(p, tr("Alternative: "));
        return code;
    }
};

MODRESCUE_REGISTER_COMMAND(WhyCommand);

} // namespace ModRescue
