// SPDX-License-Identifier: GPL-2.0-or-later
#include "HelperErrorText.h"

#include "HelperErrors.h"

#include <QCoreApplication>
#include <QDBusError>

namespace ModRescue {

HelperErrorText HelperErrorText::explain(const QDBusError &error, const QString &module)
{
    return explain(error.name(), error.message(), module);
}

HelperErrorText HelperErrorText::explain(const QString &name, const QString &message,
                                         const QString &module)
{
    namespace E = Helper::Error;
    HelperErrorText t;
    t.details = message;
    const QString m = module.isEmpty() ? tr("the module") : module;

    if (name == QLatin1String(E::NotAuthorized)) {
        t.title = tr("Not authorised");
        t.text = tr("The system did not allow this action.");
        t.advice = tr("Try again and enter an administrator's password when asked. If no password "
                      "dialog appears, make sure a polkit authentication agent is running in "
                      "your desktop session.");
    } else if (name == QLatin1String(E::InteractiveAuthorizationRequired)) {
        t.title = tr("Authorisation needed");
        t.text = tr("The action needs an administrator's password, but no one could be asked.");
        t.advice = tr("Start a polkit authentication agent (every desktop has one) and try again.");
    } else if (name == QLatin1String(E::InvalidName)) {
        t.title = tr("Invalid module name");
        t.text = tr("“%1” is not a valid kernel module name.").arg(m);
        t.advice = tr("Use only letters, digits, “_” and “-”, at most 55 characters, without "
                      "“.ko”.");
    } else if (name == QLatin1String(E::InvalidArgument)) {
        t.title = tr("Request refused");
        t.text = tr("The helper refused the request as given.");
        t.advice = tr("Check the file or the parameters and try again; the details say what was "
                      "wrong.");
    } else if (name == QLatin1String(E::NoSuchModule)) {
        t.title = tr("No such module");
        t.text = tr("%1 is not loaded, or the running kernel has no module of that name.").arg(m);
        t.advice = tr("Refresh the list; to load a module that is not installed, use “Load "
                      "file…” with its .ko file.");
    } else if (name == QLatin1String(E::BuiltIn)) {
        t.title = tr("Built into the kernel");
        t.text = tr("%1 is part of the kernel image and can never be unloaded.").arg(m);
        t.advice = tr("Change its behaviour with kernel parameters at boot instead.");
    } else if (name == QLatin1String(E::UsedByModules)) {
        t.title = tr("Used by other modules");
        t.text = tr("Other modules still use %1.").arg(m);
        t.advice = tr("Use “Unload with dependents…” to unload them first, in the right order.");
    } else if (name == QLatin1String(E::InitRunning)) {
        t.title = tr("Initialisation still running");
        t.text = tr("The initialisation function of %1 is still running. Removing the module now "
                    "would crash the kernel.")
                     .arg(m);
        t.advice = tr("Wait for it to finish, or end the process that loads it (the details name "
                      "it). If it never returns, only a reboot helps.");
    } else if (name == QLatin1String(E::ExitRunning)) {
        t.title = tr("Exit function still running");
        t.text = tr("A process is still inside the exit function of %1.").arg(m);
        t.advice = tr("Wait for it to finish; the details name the process and where it waits. "
                      "If it hangs for good, only a reboot helps.");
    } else if (name == QLatin1String(E::FixerUnavailable)) {
        t.title = tr("Fixer module not available");
        t.text = tr("Removing %1 needs ModRescue's fixer module, which is not installed for the "
                    "running kernel.")
                     .arg(m);
        t.advice = tr("Install the modrescue-fixer DKMS package and the headers of the running "
                      "kernel (linux-headers-$(uname -r)), then try again.");
    } else if (name == QLatin1String(E::Lockdown)) {
        t.title = tr("Kernel lockdown");
        t.text = tr("The kernel is in lockdown mode (Secure Boot) and refuses this.");
        t.advice = tr("Sign the module with a key enrolled with MOK (DKMS can do it: mokutil "
                      "--import the DKMS key and reboot), or disable Secure Boot.");
    } else if (name == QLatin1String(E::SignatureRequired)) {
        t.title = tr("Signature required");
        t.text = tr("The kernel only accepts signed modules, and this one is not signed with a "
                    "trusted key.");
        t.advice = tr("Sign it with a key enrolled with MOK (scripts/sign-file, or DKMS's own "
                      "key after “mokutil --import”), then load it again.");
    } else if (name == QLatin1String(E::Timeout)) {
        t.title = tr("Timed out");
        t.text = tr("The kernel did not finish in time.");
        t.advice = tr("Look at the kernel log (journalctl -k) for an oops or a hang, refresh "
                      "the list, and try again.");
    } else if (name == QLatin1String(E::KernelRefused)) {
        t.title = tr("The kernel refused");
        t.text = tr("The kernel refused the operation on %1.").arg(m);
        t.advice = tr("The details give the kernel's reason; the kernel log (journalctl -k) "
                      "often says more.");
    } else if (name == QLatin1String(E::Busy)) {
        t.title = tr("Helper busy");
        t.text = tr("Too many of your requests are waiting.");
        t.advice = tr("Wait for the running ones to finish, then try again.");
    } else if (name == QLatin1String("org.freedesktop.DBus.Error.ServiceUnknown")
               || name == QLatin1String("org.freedesktop.DBus.Error.NameHasNoOwner")
               || name == QLatin1String("org.freedesktop.DBus.Error.Spawn.ServiceNotFound")) {
        t.title = tr("Helper not installed");
        t.text = tr("The ModRescue system helper is not available on the system bus.");
        t.advice = tr("Install ModRescue system-wide (its D-Bus service and polkit policy), or "
                      "use modrescuectl as root.");
    } else if (name == QLatin1String("org.freedesktop.DBus.Error.NoReply")
               || name == QLatin1String("org.freedesktop.DBus.Error.Timeout")
               || name == QLatin1String("org.freedesktop.DBus.Error.Disconnected")) {
        t.title = tr("No answer from the helper");
        t.text = tr("The helper stopped answering; it may have crashed or been stopped.");
        t.advice = tr("Refresh to see the module's state now, and check the system log "
                      "(journalctl -t modrescue-helper).");
    } else if (name == QLatin1String("org.freedesktop.DBus.Error.AccessDenied")) {
        t.title = tr("Access denied");
        t.text = tr("The system bus does not allow talking to the helper.");
        t.advice = tr("Check that the helper's D-Bus policy file is installed in "
                      "/usr/share/dbus-1/system.d.");
    } else {
        t.title = tr("Unexpected error");
        t.text = tr("The helper answered with an error this version does not know (%1).").arg(name);
        t.advice = tr("Refresh and try again; if it persists, report it with the details.");
    }
    return t;
}

} // namespace ModRescue
