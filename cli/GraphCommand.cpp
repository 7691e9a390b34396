// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl graph [NAME]`: the dependency graph (or a module's
// neighbourhood) as text, Graphviz dot or JSON.
#include "CommandRegistry.h"
#include "CoreJson.h"
#include "DependencyGraph.h"
#include "ExitCode.h"
#include "ModuleName.h"
#include "SnapshotReader.h"

#include <QCoreApplication>

namespace ModRescue {

class GraphCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(GraphCommand)
public:
    QString name() const override { return QStringLiteral("graph"); }
    QString synopsis() const override
    {
        return QStringLiteral("[NAME] [--depth N] [--format text|dot|json]");
    }
    QString summary() const override
    {
        return tr("Print the dependency graph, or a module's neighbourhood.");
    }
    int order() const override { return 40; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("depth"),
                          tr("Include modules up to N hops from NAME (default 1; -1: all)."),
                          QStringLiteral("N"), QStringLiteral("1")});
        parser.addOption({QStringLiteral("format"), tr("Output format: text, dot or json."),
                          QStringLiteral("FORMAT"), QStringLiteral("text")});
    }
    int run(CommandContext &c) override
    {
        if (c.arguments.size() > 1) {
            c.console.error(tr("graph takes at most one module name."));
            return ExitUsage;
        }
        bool ok = false;
        const int depth = c.parser.value(QStringLiteral("depth")).toInt(&ok);
        if (!ok || depth < -1) {
            c.console.error(tr("--depth needs a number of hops (0 or more, or -1 for all)."));
            return ExitUsage;
        }
        QString format = c.parser.value(QStringLiteral("format"));
        if (c.json)
            format = QStringLiteral("json");
        if (format != QLatin1String("text") && format != QLatin1String("dot")
            && format != QLatin1String("json")) {
            c.console.error(tr("Unknown format \"%1\"; use text, dot or json.").arg(format));
            return ExitUsage;
        }
        QString centre;
        if (!c.arguments.isEmpty()) {
            auto name = ModuleName::normalise(c.arguments.first());
            if (!name)
                return reportError(c, name.error(), ExitInvalidName);
            centre = *name;
        }
        SnapshotReader reader(c.root);
        reader.setIncludeBuiltIn(false);
        auto snapshot = reader.read();
        if (!snapshot)
            return reportError(c, snapshot.error(), ExitFailure);
        const DependencyGraph graph(*snapshot);
        auto sub = graph.neighbourhood(centre, centre.isEmpty() ? -1 : depth);
        if (!sub)
            return reportError(c, sub.error(),
                               sub.error().code == Error::Code::NotFound ? ExitUnknownModule
                                                                          : ExitFailure);
        const QList<QStringList> cycles = graph.cycles();

        if (format == QLatin1String("json")) {
            c.console.printJson(CoreJson::envelope(
                QStringLiteral("graph"),
                CoreJson::graph(*sub, centre, centre.isEmpty() ? -1 : depth, cycles)));
            return ExitOk;
        }
        QTextStream &out = c.console.out();
        if (format == QLatin1String("dot")) {
            // Edges point from a module to the one it uses, as modprobe
            // would load them in reverse.
            out << "digraph modules {\n    rankdir=LR;\n    node [shape=box];\n";
            for (const QString &n : std::as_const(sub->nodes)) {
                const ModuleInfo *m = snapshot->find(n);
                QString attrs;
                if (n == centre)
                    attrs = QStringLiteral(" [style=bold]");
                else if (m && m->state != ModuleState::Live)
                    attrs = QStringLiteral(" [style=dashed]");
                out << "    \"" << n << "\"" << attrs << ";\n";
            }
            for (const auto &e : std::as_const(sub->edges))
                out << "    \"" << e.user << "\" -> \"" << e.used << "\";\n";
            out << "}\n";
            return ExitOk;
        }
        for (const QString &n : std::as_const(sub->nodes)) {
            QStringList uses;
            for (const auto &e : std::as_const(sub->edges))
                if (e.user == n)
                    uses.append(e.used);
            c.console.printWrapped(uses.isEmpty() ? n : tr("%1 uses %2").arg(n, uses.join(QStringLiteral(", "))),
                                   QStringLiteral("    "), QString());
        }
        for (const QStringList &cycle : cycles)
            c.console.printWrapped(tr("Cycle: %1").arg(cycle.join(QStringLiteral(" -> "))),
                                   QStringLiteral("    "), QString());
        return ExitOk;
    }
};

MODRESCUE_REGISTER_COMMAND(GraphCommand);

} // namespace ModRescue
