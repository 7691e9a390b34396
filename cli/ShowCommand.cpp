// SPDX-License-Identifier: GPL-2.0-or-later
// `modrescuectl show NAME`: state from the snapshot plus modinfo and parameters.
#include "CommandRegistry.h"
#include "CoreJson.h"
#include "ExitCode.h"
#include "ModinfoReader.h"
#include "ModuleName.h"
#include "SnapshotReader.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ModRescue {

class ShowCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ShowCommand)

public:
    QString name() const override { return QStringLiteral("show"); }
    QString synopsis() const override { return QStringLiteral("NAME"); }
    QString summary() const override
    {
        return tr("Show a module's state, modinfo fields and parameters.");
    }
    int order() const override { return 20; }
    int run(CommandContext &c) override
    {
        if (c.arguments.size() != 1) {
            c.console.error(tr("show needs exactly one module name."));
            return ExitUsage;
        }
        auto name = ModuleName::normalise(c.arguments.first());
        if (!name)
            return reportError(c, name.error(), ExitInvalidName);
        auto snapshot = SnapshotReader(c.root).read();
        if (!snapshot)
            return reportError(c, snapshot.error(), ExitFailure);
        const ModuleInfo *info = snapshot->find(*name);

        ModinfoReader modinfo(c.root);
        auto details = modinfo.details(*name);
        if (!info && !details) {
            Error e = details.error();
            if (e.code == Error::Code::NotFound || e.code == Error::Code::Unsupported) {
                e = makeError(Error::Code::NotFound,
                              tr("No module %1 is loaded, built in or installed.").arg(*name));
                return reportError(c, e, ExitUnknownModule);
            }
            return reportError(c, e, ExitFailure);
        }

        if (c.json) {
            QJsonObject o{{QStringLiteral("name"), *name},
                          {QStringLiteral("loaded"), info != nullptr && !info->isBuiltIn()},
                          {QStringLiteral("info"), info ? QJsonValue(CoreJson::module(*info))
                                                        : QJsonValue()},
                          {QStringLiteral("details"), details ? QJsonValue(CoreJson::details(*details))
                                                              : QJsonValue()},
                          {QStringLiteral("detailsError"),
                           details ? QJsonValue() : QJsonValue(details.error().toString())}};
            c.console.printJson(CoreJson::envelope(QStringLiteral("module"), o));
            return ExitOk;
        }

        Console &out = c.console;
        auto field = [&](const QString &label, const QString &value) {
            if (!value.isEmpty())
                out.printWrapped(value, QString(14, QLatin1Char(' ')),
                                 (label + QLatin1Char(':')).leftJustified(14));
        };
        field(tr("Module"), *name);
        if (info) {
            field(tr("State"), moduleStateText(info->state));
            if (!info->isBuiltIn()) {
                field(tr("Size"), QString::number(info->size));
                field(tr("References"), info->refCountKnown ? QString::number(info->refCount)
                                                            : tr("unknown"));
                field(tr("Used by"), info->holders.isEmpty() ? tr("nothing")
                                                             : info->holders.join(QStringLiteral(", ")));
                field(tr("Uses"), info->uses.join(QStringLiteral(", ")));
                field(tr("Taint"), info->taint);
            }
        } else {
            field(tr("State"), tr("not loaded"));
        }
        if (details) {
            const ModuleDetails &d = *details;
            field(tr("File"), d.file);
            field(tr("Description"), d.description);
            field(tr("Author"), d.authors.join(QStringLiteral("; ")));
            field(tr("License"), d.license);
            field(tr("Version"), d.version);
            field(tr("Srcversion"), d.srcVersion);
            field(tr("Vermagic"), d.vermagic);
            field(tr("Signer"), d.signer);
            field(tr("Depends"), d.depends.join(QStringLiteral(", ")));
            field(tr("Aliases"), d.aliases.join(QStringLiteral(", ")));
            if (!d.parameters.isEmpty()) {
                out.out() << tr("Parameters:") << '\n';
                for (const ModuleParameter &p : d.parameters) {
                    QString line = p.name;
                    if (!p.type.isEmpty())
                        line += QStringLiteral(" (%1)").arg(p.type);
                    if (p.readable)
                        line += QStringLiteral(" = %1").arg(p.value);
                    if (!p.description.isEmpty())
                        line += QStringLiteral(": %1").arg(p.description);
                    out.printWrapped(line, QStringLiteral("      "), QStringLiteral("  "));
                }
            }
        } else {
            field(tr("Modinfo"), tr("unavailable: %1").arg(details.error().toString()));
        }
        return ExitOk;
    }
};

MODRESCUE_REGISTER_COMMAND(ShowCommand);

} // namespace ModRescue
