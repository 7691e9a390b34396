// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl list`: every loaded module (and with --all the built-in ones).
#include "CommandRegistry.h"
#include "CoreJson.h"
#include "ExitCode.h"
#include "SnapshotReader.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ModRescue {

class ListCommand : public Command
{
public:
    QString name() const override { return QStringLiteral("list"); }
    QString synopsis() const override { return QStringLiteral("[--all]"); }
    QString summary() const override
    {
        return QCoreApplication::translate("ListCommand",
                                           "List loaded modules with size, references, state and "
                                           "users.");
    }
    int order() const override { return 10; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("all"),
                          QCoreApplication::translate("ListCommand",
                                                      "Also list modules built into the kernel.")});
    }
    int run(CommandContext &c) override
    {
        if (!c.arguments.isEmpty()) {
            c.console.error(QCoreApplication::translate("ListCommand",
                                                        "list takes no arguments (got \"%1\").")
                                .arg(c.arguments.first()));
            return ExitUsage;
        }
        const bool all = c.parser.isSet(QStringLiteral("all"));
        SnapshotReader reader(c.root);
        reader.setIncludeBuiltIn(all);
        auto snapshot = reader.read();
        if (!snapshot)
            return reportError(c, snapshot.error(), ExitFailure);
        if (c.json) {
            QJsonArray modules;
            for (const ModuleInfo &m : snapshot->modules())
                modules.append(CoreJson::module(m));
            c.console.printJson(CoreJson::envelope(QStringLiteral("modules"), modules));
            return ExitOk;
        }
        QList<QStringList> rows;
        for (const ModuleInfo &m : snapshot->modules()) {
            QString state = moduleStateId(m.state);
            if (!m.taint.isEmpty())
                state += QStringLiteral(" (%1)").arg(m.taint);
            rows.append({m.name, m.isBuiltIn() ? QStringLiteral("-") : QString::number(m.size),
                         m.refCountKnown ? QString::number(m.refCount) : QStringLiteral("-"),
                         state, m.holders.join(QLatin1Char(','))});
        }
        c.console.printTable({QCoreApplication::translate("ListCommand", "Module"),
                              QCoreApplication::translate("ListCommand", "Size"),
                              QCoreApplication::translate("ListCommand", "Refs"),
                              QCoreApplication::translate("ListCommand", "State"),
                              QCoreApplication::translate("ListCommand", "Used by")},
                             rows);
        return ExitOk;
    }
};

MODRESCUE_REGISTER_COMMAND(ListCommand);

} // namespace ModRescue
