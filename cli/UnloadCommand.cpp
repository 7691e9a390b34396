// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl unload NAME [--with-dependents]`: the normal removal through
// the helper (polkit action io.github.modrescue.unload).
#include "CommandRegistry.h"
#include "DependencyGraph.h"
#include "Diagnoser.h"
#include "ExitCode.h"
#include "HelperSession.h"
#include "SnapshotReader.h"

#include <QCoreApplication>

namespace ModRescue {

class UnloadCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(UnloadCommand)
public:
    QString name() const override { return QStringLiteral("unload"); }
    QString synopsis() const override { return QStringLiteral("NAME [--with-dependents] [--yes]"); }
    QString summary() const override
    {
        return tr("Unload a module (and, with --with-dependents, every module using it, users "
                  "first) through the ModRescue helper.");
    }
    int order() const override { return 50; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("with-dependents"),
                          tr("Also unload the modules that use it, in a safe order.")});
        HelperSession::addYesOption(parser);
    }
    int run(CommandContext &c) override
    {
        if (c.arguments.size() != 1) {
            c.console.error(tr("unload needs exactly one module name."));
            return ExitUsage;
        }
        const bool dependents = c.parser.isSet(QStringLiteral("with-dependents"));
        auto diagnosis = Diagnoser(c.root).diagnose(c.arguments.first());
        if (!diagnosis)
            return reportError(c, diagnosis.error(), exitCodeFor(diagnosis.error()));
        if (!c.json) {
            printPlan(c.console, *diagnosis, nullptr);
            if (dependents) {
                if (auto snapshot = SnapshotReader(c.root).read()) {
                    if (auto order = DependencyGraph(*snapshot).removalOrder(diagnosis->module))
                        c.console.printWrapped(tr("Will unload, in this order: %1")
                                                   .arg(order->join(QLatin1String(", "))),
                                               QStringLiteral("  "), QString());
                }
            }
        }
        HelperSession session(c);
        if (!session.confirm(dependents ? tr("Unload %1 and its dependents?").arg(diagnosis->module)
                                        : tr("Unload %1?").arg(diagnosis->module)))
            return ExitRefused;
        QVariantMap result;
        const int code = session.call(dependents ? QStringLiteral("UnloadWithDependents")
                                                 : QStringLiteral("Unload"),
                                      {diagnosis->module}, &result);
        if (code == ExitOk)
            session.printResult(result);
        return code;
    }
};

MODRESCUE_REGISTER_COMMAND(UnloadCommand);

} // namespace ModRescue
