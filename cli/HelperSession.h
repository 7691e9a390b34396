// SPDX-License-Identifier: GPL-2.0-or-later
// HelperSession: what modrescuectl's action commands (unload, force, load,
// reload) share: the connection to the helper, polkit's text agent on a
// terminal, confirmation, the call with its progress lines, the result and
// the exit status for each helper error.
#pragma once

#include "Command.h"
#include "Diagnosis.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QVariantList>
#include <QVariantMap>

#include <memory>

namespace ModRescue {

class PolkitTextAgent;

class HelperSession
{
    Q_DECLARE_TR_FUNCTIONS(HelperSession)
public:
    explicit HelperSession(CommandContext &context);
    ~HelperSession();

    // --yes, shared by every action command.
    static void addYesOption(QCommandLineParser &parser);

    // Prints `question` and reads y/n from the terminal; true at once with
    // --yes; false (with a message) when stdin is not a terminal.
    bool confirm(const QString &question);

    // Calls `method` with `args`; prints progress on stderr; on success
    // fills `result` and returns ExitOk, else prints the error and returns
    // its exit status. `errorName` receives the D-Bus error name.
    int call(const QString &method, const QVariantList &args, QVariantMap *result,
             QString *errorName = nullptr);

    // The steps, removed/loaded modules and taint of a result (or JSON).
    void printResult(const QVariantMap &result);

    // Helper error name -> modrescuectl exit status (docs/cli.md).
    static int exitCodeFor(const QString &errorName);

private:
    CommandContext &m_context;
    QDBusConnection m_bus;
    std::unique_ptr<PolkitTextAgent> m_agent;
};

// The plan the helper will pick for ForceRemove with exit mode "auto", "run"
// or "skip" (for showing it; the helper decides again itself). nullptr: none.
const Plan *choosePlan(const Diagnosis &diagnosis, const QString &exitMode);
// Prints a diagnosis' summary and a plan's steps.
void printPlan(Console &console, const Diagnosis &diagnosis, const Plan *plan);

// "NAME=VALUE" arguments -> map; false (and a message) for a malformed one.
bool parseModuleParameters(const QStringList &arguments, QMap<QString, QString> *out, QString *why);

} // namespace ModRescue
