// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl load NAME|FILE.ko [PARAM=VALUE...]`: loads a module of the
// running kernel by name, or a .ko file handed to the helper as an open file
// descriptor (polkit action io.github.modrescue.load).
#include "CommandRegistry.h"
#include "ExitCode.h"
#include "HelperDBusTypes.h"
#include "HelperSession.h"
#include "ModuleFile.h"
#include "ModuleName.h"

#include <QCoreApplication>

namespace ModRescue {

class LoadCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LoadCommand)
public:
    QString name() const override { return QStringLiteral("load"); }
    QString synopsis() const override
    {
        return QStringLiteral("NAME|FILE.ko [PARAM=VALUE...] [--yes]");
    }
    QString summary() const override
    {
        return tr("Load a module of the running kernel by name (with its dependencies), or a .ko "
                  "file, through the ModRescue helper.");
    }
    int order() const override { return 52; }
    void addOptions(QCommandLineParser &parser) override { HelperSession::addYesOption(parser); }
    int run(CommandContext &c) override
    {
        if (c.arguments.isEmpty()) {
            c.console.error(tr("load needs a module name or a .ko file."));
            return ExitUsage;
        }
        ModuleParameterMap parameters;
        QString why;
        if (!parseModuleParameters(c.arguments.mid(1), &parameters, &why)) {
            c.console.error(why);
            return ExitUsage;
        }
        QStringList shown;
        for (auto it = parameters.cbegin(); it != parameters.cend(); ++it)
            shown << it.key() + QLatin1Char('=') + it.value();
        const QString paramText =
            shown.isEmpty() ? tr("no parameters") : shown.join(QLatin1Char(' '));

        HelperSession session(c);
        QVariantMap result;
        int code = ExitOk;
        const QString target = c.arguments.first();
        if (ModuleFile::looksLikeFile(target)) {
            ModuleFile file;
            if (!ModuleFile::open(target, &file, &why)) {
                c.console.error(why);
                return ExitUsage;
            }
            if (!session.confirm(
                    tr("Load module %1 from %2 (%3)?").arg(file.name, file.path, paramText)))
                return ExitRefused;
            code = session.call(QStringLiteral("LoadFile"),
                                {QVariant::fromValue(file.file), QVariant::fromValue(parameters)},
                                &result);
        } else {
            auto name = ModuleName::normalise(target);
            if (!name)
                return reportError(c, name.error(), ExitInvalidName);
            if (!session.confirm(tr("Load module %1 (%2)?").arg(name.value(), paramText)))
                return ExitRefused;
            code = session.call(QStringLiteral("LoadModule"),
                                {name.value(), QVariant::fromValue(parameters)}, &result);
        }
        if (code == ExitOk)
            session.printResult(result);
        return code;
    }
};

MODRESCUE_REGISTER_COMMAND(LoadCommand);

} // namespace ModRescue
