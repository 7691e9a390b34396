// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl force NAME [--run-exit|--skip-exit]`: forced removal of a
// stuck module through the helper (polkit action io.github.modrescue.force-unload).
#include "CommandRegistry.h"
#include "Diagnoser.h"
#include "ExitCode.h"
#include "HelperSession.h"

#include <QCoreApplication>

namespace ModRescue {

class ForceCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ForceCommand)
public:
    QString name() const override { return QStringLiteral("force"); }
    QString synopsis() const override
    {
        return QStringLiteral("NAME [--run-exit|--skip-exit] [--yes]");
    }
    QString summary() const override
    {
        return tr("Forcibly remove a stuck module through the ModRescue helper, with the kernel's "
                  "forced unload or the fixer module, as the diagnosis says.");
    }
    int order() const override { return 51; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("run-exit"), tr("Run the module's exit function.")});
        parser.addOption(
            {QStringLiteral("skip-exit"), tr("Do not run the module's exit function.")});
        HelperSession::addYesOption(parser);
    }

    // "auto", "run" or "skip" from the options; empty when both are given.
    static QString exitMode(const QCommandLineParser &parser)
    {
        const bool run = parser.isSet(QStringLiteral("run-exit"));
        const bool skip = parser.isSet(QStringLiteral("skip-exit"));
        if (run && skip)
            return {};
        return run ? QStringLiteral("run") : skip ? QStringLiteral("skip") : QStringLiteral("auto");
    }

    int run(CommandContext &c) override
    {
        const QString mode = exitMode(c.parser);
        if (c.arguments.size() != 1 || mode.isEmpty()) {
            c.console.error(tr("force needs one module name and at most one of --run-exit and "
                               "--skip-exit."));
            return ExitUsage;
        }
        auto diagnosis = Diagnoser(c.root).diagnose(c.arguments.first());
        if (!diagnosis)
            return reportError(c, diagnosis.error(), exitCodeFor(diagnosis.error()));
        if (!c.json)
            printPlan(c.console, *diagnosis, choosePlan(*diagnosis, mode));
        HelperSession session(c);
        if (!session.confirm(tr("Forcibly remove %1?").arg(diagnosis->module)))
            return ExitRefused;
        QVariantMap result;
        const int code =
            session.call(QStringLiteral("ForceRemove"), {diagnosis->module, mode}, &result);
        if (code == ExitOk)
            session.printResult(result);
        return code;
    }
};

MODRESCUE_REGISTER_COMMAND(ForceCommand);

} // namespace ModRescue
