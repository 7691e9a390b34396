// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl kernel`: what the running kernel allows, and its taint.
#include "CommandRegistry.h"
#include "CoreJson.h"
#include "ExitCode.h"
#include "KernelAbilities.h"

#include <QCoreApplication>

namespace ModRescue {

class KernelCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(KernelCommand)
public:
    QString name() const override { return QStringLiteral("kernel"); }
    QString synopsis() const override { return {}; }
    QString summary() const override
    {
        return tr("Show what the kernel allows: unloading, forced unloading, lockdown, "
                  "signatures, taint, fixer.");
    }
    int order() const override { return 45; }
    int run(CommandContext &c) override
    {
        if (!c.arguments.isEmpty()) {
            c.console.error(tr("kernel takes no arguments."));
            return ExitUsage;
        }
        auto k = KernelAbilitiesReader(c.root).read();
        if (!k)
            return reportError(c, k.error(), ExitFailure);
        if (c.json) {
            QJsonObject o = CoreJson::kernel(*k);
            c.console.printJson(CoreJson::envelope(QStringLiteral("kernel"), o));
            return ExitOk;
        }
        Console &out = c.console;
        auto field = [&](const QString &label, const QString &value) {
            out.printWrapped(value, QString(22, QLatin1Char(' ')),
                             (label + QLatin1Char(':')).leftJustified(22));
        };
        field(tr("Release"), k->release);
        field(tr("Configuration"), k->configSource.isEmpty() ? tr("not found") : k->configSource);
        field(tr("Module unloading"), tristateText(k->moduleUnload));
        field(tr("Forced unloading"), tristateText(k->forceUnload));
        field(tr("Kprobes"), tristateText(k->kprobes));
        field(tr("Lockdown"), k->lockdown.isEmpty() ? tristateText(Tristate::Unknown) : k->lockdown);
        field(tr("Modules disabled"), tristateText(k->modulesDisabled));
        field(tr("Signatures enforced"), tristateText(k->signatureEnforced));
        if (k->taintKnown)
            field(tr("Taint"), k->taint == 0
                                   ? tr("0 (not tainted)")
                                   : QStringLiteral("%1 (%2)").arg(k->taint).arg(k->taintLetters()));
        else
            field(tr("Taint"), tristateText(Tristate::Unknown));
        for (const QString &t : k->taintDescriptions())
            out.printWrapped(t, QString(24, QLatin1Char(' ')), QString(22, QLatin1Char(' ')));
        field(tr("Fixer"), k->fixerAvailable() ? k->fixerPath : tr("not installed"));
        for (const QString &n : k->notes)
            out.printWrapped(n, QStringLiteral("    "), tr("Note: "));
        return ExitOk;
    }
};

MODRESCUE_REGISTER_COMMAND(KernelCommand);

} // namespace ModRescue
