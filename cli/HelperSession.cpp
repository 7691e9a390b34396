// SPDX-License-Identifier: GPL-2.0-or-later
#include "HelperSession.h"

#include "Console.h"
#include "ExitCode.h"
#include "HelperCall.h"
#include "HelperDBusTypes.h"
#include "HelperErrors.h"
#include "helperproxy.h"
#include "PolkitTextAgent.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QEventLoop>
#include <QJsonObject>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

namespace ModRescue {

namespace {

// Tests point the CLI at a private bus; a client choosing its bus changes
// only whom it talks to, never what the helper allows.
QDBusConnection helperBus()
{
    const QString address = qEnvironmentVariable("MODRESCUE_HELPER_BUS_ADDRESS");
    if (address.isEmpty())
        return QDBusConnection::systemBus();
    return QDBusConnection::connectToBus(address, QStringLiteral("modrescuectl"));
}

} // namespace

HelperSession::HelperSession(CommandContext &context) : m_context(context), m_bus(helperBus())
{
    registerHelperDBusTypes();
}

HelperSession::~HelperSession() = default;

void HelperSession::addYesOption(QCommandLineParser &parser)
{
    parser.addOption(
        {{QStringLiteral("y"), QStringLiteral("yes")}, tr("Do not ask for confirmation.")});
}

bool HelperSession::confirm(const QString &question)
{
    if (m_context.parser.isSet(QStringLiteral("yes")))
        return true;
    if (!isatty(STDIN_FILENO)) {
        m_context.console.error(tr("Not on a terminal: add --yes to go ahead without asking."));
        return false;
    }
    m_context.console.out() << question << ' ' << tr("[y/N]") << ' ';
    m_context.console.out().flush();
    QTextStream in(stdin);
    const QString answer = in.readLine().trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes") || answer == tr("y") ||
           answer == tr("yes");
}

int HelperSession::exitCodeFor(const QString &errorName)
{
    namespace E = Helper::Error;
    if (errorName == QLatin1String(E::InvalidName))
        return ExitInvalidName;
    if (errorName == QLatin1String(E::NoSuchModule))
        return ExitUnknownModule;
    if (errorName == QLatin1String(E::InvalidArgument))
        return ExitUsage;
    if (errorName == QLatin1String(E::NotAuthorized) ||
        errorName == QLatin1String(E::InteractiveAuthorizationRequired) ||
        errorName == QLatin1String(E::BuiltIn) || errorName == QLatin1String(E::UsedByModules) ||
        errorName == QLatin1String(E::InitRunning) || errorName == QLatin1String(E::ExitRunning) ||
        errorName == QLatin1String(E::Lockdown) ||
        errorName == QLatin1String(E::SignatureRequired) || errorName == QLatin1String(E::Busy))
        return ExitRefused;
    return ExitFailure;
}

int HelperSession::call(const QString &method, const QVariantList &args, QVariantMap *result,
                        QString *errorName)
{
    Console &console = m_context.console;
    console.out().flush(); // the plan before the progress lines
    if (!m_bus.isConnected()) {
        console.error(tr("Cannot connect to the system bus: %1").arg(m_bus.lastError().message()));
        return ExitFailure;
    }
    if (!m_agent) {
        m_agent = std::make_unique<PolkitTextAgent>();
        m_agent->start();
    }
    HelperProxy proxy(QLatin1String(Helper::ServiceName), QLatin1String(Helper::ObjectPath), m_bus);
    QObject::connect(&proxy, &HelperProxy::Progress,
                     [&console](const QString &module, const QString &stage, const QString &text) {
                         console.err() << "  [" << stage << "] " << module << ": " << text << '\n';
                         console.err().flush();
                     });
    QDBusPendingCallWatcher watcher(Helper::asyncCall(m_bus, method, args, true));
    QEventLoop loop;
    QObject::connect(&watcher, &QDBusPendingCallWatcher::finished, &loop, &QEventLoop::quit);
    if (!watcher.isFinished())
        loop.exec();
    const QDBusPendingReply<QVariantMap> reply = watcher;
    if (reply.isError()) {
        if (errorName)
            *errorName = reply.error().name();
        const QString name = reply.error().name();
        if (m_context.json) {
            QJsonObject error{{QStringLiteral("name"), name},
                              {QStringLiteral("message"), reply.error().message()},
                              {QStringLiteral("exitCode"), exitCodeFor(name)}};
            console.printJson(QJsonObject{{QStringLiteral("error"), error}});
        }
        if (name == QLatin1String(Helper::Error::InteractiveAuthorizationRequired))
            console.error(tr("Authentication is required; run modrescuectl on a terminal or "
                             "with a polkit agent."));
        else
            console.error(QStringLiteral("%1 (%2)").arg(reply.error().message(),
                                                        name.section(QLatin1Char('.'), -1)));
        return exitCodeFor(name);
    }
    *result = reply.value();
    return ExitOk;
}

void HelperSession::printResult(const QVariantMap &result)
{
    Console &console = m_context.console;
    if (m_context.json) {
        console.printJson(
            QJsonObject{{QStringLiteral("result"), QJsonObject::fromVariantMap(result)}});
        return;
    }
    for (const QString &step : result.value(QStringLiteral("steps")).toStringList())
        console.printWrapped(step, QStringLiteral("    "), QStringLiteral("  - "));
    const QStringList removed = result.value(QStringLiteral("removed")).toStringList();
    if (!removed.isEmpty())
        console.out() << tr("Removed: %1").arg(removed.join(QLatin1String(", "))) << '\n';
    const QStringList loaded = result.value(QStringLiteral("loaded")).toStringList();
    if (!loaded.isEmpty())
        console.out() << tr("Loaded: %1").arg(loaded.join(QLatin1String(", "))) << '\n';
    const QString taint = result.value(QStringLiteral("taint")).toString();
    console.out() << tr("Kernel taint: %1").arg(taint.isEmpty() ? tr("none") : taint) << '\n';
}

const Plan *choosePlan(const Diagnosis &diagnosis, const QString &exitMode)
{
    auto runsExit = [](const Plan &plan) {
        for (const PlanStep &step : plan.steps)
            if (step.runsExit)
                return true;
        return false;
    };
    if (!diagnosis.plan.isEmpty() &&
        (exitMode == QLatin1String("auto") ||
         (exitMode == QLatin1String("run")) == runsExit(diagnosis.plan)))
        return &diagnosis.plan;
    if (exitMode == QLatin1String("auto"))
        return nullptr;
    for (const Plan &plan : diagnosis.alternatives)
        if (!plan.isEmpty() && (exitMode == QLatin1String("run")) == runsExit(plan))
            return &plan;
    return nullptr;
}

void printPlan(Console &console, const Diagnosis &diagnosis, const Plan *plan)
{
    console.out() << diagnosis.module << ": " << diagnosisCaseTitle(diagnosis.kind) << '\n';
    console.printWrapped(diagnosis.summary, QStringLiteral("  "), QStringLiteral("  "));
    if (!plan) {
        if (!diagnosis.refusal.isEmpty())
            console.printWrapped(diagnosis.refusal, QStringLiteral("  "), QStringLiteral("  "));
        return;
    }
    console.out()
        << HelperSession::tr("Plan: %1 (risk %2)").arg(plan->title, riskText(plan->risk())) << '\n';
    int i = 1;
    for (const PlanStep &step : plan->steps)
        console.printWrapped(step.what, QStringLiteral("     "), QStringLiteral("  %1. ").arg(i++));
    if (plan->forces())
        console.printWrapped(
            HelperSession::tr("Forcing marks the kernel as tainted (R) and can crash "
                              "it if the module is still in use."),
            QStringLiteral("  "), QStringLiteral("  "));
}

bool parseModuleParameters(const QStringList &arguments, QMap<QString, QString> *out, QString *why)
{
    for (const QString &arg : arguments) {
        const qsizetype eq = arg.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            *why = HelperSession::tr("\"%1\" is not a NAME=VALUE module parameter.").arg(arg);
            return false;
        }
        out->insert(arg.left(eq), arg.mid(eq + 1));
    }
    return true;
}

} // namespace ModRescue
