// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl reload FILE.ko [PARAM=VALUE...]`: the driver developer's
// loop: remove the loaded module of that name (normally if it can be, else
// by force), then load the file.
#include "CommandRegistry.h"
#include "Diagnoser.h"
#include "ExitCode.h"
#include "HelperDBusTypes.h"
#include "HelperSession.h"
#include "ModuleFile.h"

#include <QCoreApplication>

namespace ModRescue {

class ReloadCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReloadCommand)
public:
    QString name() const override { return QStringLiteral("reload"); }
    QString synopsis() const override
    {
        return QStringLiteral("FILE.ko [PARAM=VALUE...] [--run-exit|--skip-exit] [--yes]");
    }
    QString summary() const override
    {
        return tr("Remove the loaded module of the same name (by force if it is stuck), then load "
                  "the file.");
    }
    int order() const override { return 53; }
    void addOptions(QCommandLineParser &parser) override
    {
        parser.addOption({QStringLiteral("run-exit"), tr("When forcing, run the exit function.")});
        parser.addOption(
            {QStringLiteral("skip-exit"), tr("When forcing, do not run the exit function.")});
        HelperSession::addYesOption(parser);
    }
    int run(CommandContext &c) override
    {
        const bool runExit = c.parser.isSet(QStringLiteral("run-exit"));
        const bool skipExit = c.parser.isSet(QStringLiteral("skip-exit"));
        if (c.arguments.isEmpty() || !ModuleFile::looksLikeFile(c.arguments.first()) ||
            (runExit && skipExit)) {
            c.console.error(
                tr("reload needs a .ko file and at most one of --run-exit and --skip-exit."));
            return ExitUsage;
        }
        const QString mode = runExit    ? QStringLiteral("run")
                             : skipExit ? QStringLiteral("skip")
                                        : QStringLiteral("auto");
        ModuleParameterMap parameters;
        QString why;
        ModuleFile file;
        if (!parseModuleParameters(c.arguments.mid(1), &parameters, &why) ||
            !ModuleFile::open(c.arguments.first(), &file, &why)) {
            c.console.error(why);
            return ExitUsage;
        }
        auto diagnosis = Diagnoser(c.root).diagnose(file.name);
        if (!diagnosis)
            return reportError(c, diagnosis.error(), exitCodeFor(diagnosis.error()));
        const bool loaded = diagnosis->kind != DiagnosisCase::NotLoaded;
        const bool normal = diagnosis->kind == DiagnosisCase::RemovableNow;
        if (!c.json) {
            if (loaded)
                printPlan(c.console, *diagnosis,
                          normal ? &diagnosis->plan : choosePlan(*diagnosis, mode));
            c.console.out() << tr("Then load %1 from %2.").arg(file.name, file.path) << '\n';
        }
        HelperSession session(c);
        if (!session.confirm(tr("Reload %1?").arg(file.name)))
            return ExitRefused;
        QVariantMap result;
        if (loaded) {
            const int code =
                normal ? session.call(QStringLiteral("Unload"), {file.name}, &result)
                       : session.call(QStringLiteral("ForceRemove"), {file.name, mode}, &result);
            if (code != ExitOk)
                return code;
            session.printResult(result);
        }
        const int code = session.call(
            QStringLiteral("LoadFile"),
            {QVariant::fromValue(file.file), QVariant::fromValue(parameters)}, &result);
        if (code == ExitOk)
            session.printResult(result);
        return code;
    }
};

MODRESCUE_REGISTER_COMMAND(ReloadCommand);

} // namespace ModRescue
