// SPDX-License-Identifier: GPL-2.0-or-later
// modrescue-helper: the privileged ModRescue service on the system bus.
//
// Built twice from this file. The installed binary takes no arguments and
// reads no environment: system bus, the real "/", build-time fixer
// directories. The test-only binary modrescue-helper-testing
// (MODRESCUE_HELPER_TESTING, never installed) serves a private bus given on
// its command line and may read the kernel state below a fake root; before
// it parses anything it drops CAP_SYS_MODULE from every capability set for
// good, refuses the system bus by address and by bus id, so even run as root
// by mistake it cannot change the kernel or stand in for the real helper.
#include "AuditLog.h"
#include "helperadaptor.h"
#include "HelperDBusTypes.h"
#include "HelperErrors.h"
#include "HelperOptions.h"
#include "HelperService.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusReply>

#include <cstdio>
#include <unistd.h>

#ifdef MODRESCUE_HELPER_TESTING
#include <linux/capability.h>
#include <QCommandLineParser>
#include <QDir>
#include <sys/prctl.h>
#include <sys/syscall.h>
#endif

using namespace ModRescue;

namespace {

[[noreturn]] void die(const char *what)
{
    std::fprintf(stderr, "modrescue-helper: %s\n", what);
    std::exit(1);
}

#ifdef MODRESCUE_HELPER_TESTING
// Removes CAP_SYS_MODULE from the bounding, permitted, effective and
// inheritable sets and forbids regaining privileges; dies unless the kernel
// confirms it is gone.
void dropModuleCapability()
{
    prctl(PR_CAPBSET_DROP, CAP_SYS_MODULE, 0, 0, 0); // fails without CAP_SETPCAP: fine, see below
    __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
    __user_cap_data_struct data[2]{};
    if (syscall(SYS_capget, &header, data) != 0)
        die("capget failed");
    const unsigned bit = 1u << CAP_SYS_MODULE; // CAP_SYS_MODULE (16) is in the first word
    data[0].effective &= ~bit;
    data[0].permitted &= ~bit;
    data[0].inheritable &= ~bit;
    if (syscall(SYS_capset, &header, data) != 0)
        die("capset failed");
    if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0)
        die("PR_SET_NO_NEW_PRIVS failed");
    __user_cap_data_struct check[2]{};
    if (syscall(SYS_capget, &header, check) != 0 || (check[0].effective & bit) ||
        (check[0].permitted & bit))
        die("could not drop CAP_SYS_MODULE; refusing to run the test helper");
}

QString busId(QDBusConnection &bus)
{
    const QDBusReply<QString> id = bus.call(QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
        QStringLiteral("org.freedesktop.DBus"), QStringLiteral("GetId")));
    return id.isValid() ? id.value() : QString();
}
#endif

} // namespace

int main(int argc, char **argv)
{
#ifdef MODRESCUE_HELPER_TESTING
    dropModuleCapability();
#else
    if (argc > 1)
        die("takes no arguments; it is started by D-Bus activation");
#endif
    QCoreApplication app(argc, argv);
    app.setApplicationName(QStringLiteral("modrescue-helper"));
    registerHelperDBusTypes();

    HelperOptions options;
#ifdef MODRESCUE_HELPER_TESTING
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Test-only ModRescue helper: serves a private bus, reads a fake root, cannot load or "
        "remove modules (CAP_SYS_MODULE dropped)."));
    parser.addHelpOption();
    const QCommandLineOption busOption(
        QStringLiteral("bus"), QStringLiteral("Private bus address."), QStringLiteral("address"));
    const QCommandLineOption rootOption(
        QStringLiteral("root"), QStringLiteral("Read the kernel state below this directory."),
        QStringLiteral("dir"), QStringLiteral("/"));
    const QCommandLineOption fixerOption(QStringLiteral("fixer-dir"),
                                         QStringLiteral("Search the fixer here (%r: release)."),
                                         QStringLiteral("dir"));
    const QCommandLineOption idleOption(QStringLiteral("idle-ms"), QStringLiteral("Idle exit."),
                                        QStringLiteral("ms"), QStringLiteral("60000"));
    const QCommandLineOption timeoutOption(QStringLiteral("kernel-timeout-ms"),
                                           QStringLiteral("Time limit of one kernel call."),
                                           QStringLiteral("ms"), QStringLiteral("20000"));
    parser.addOptions({busOption, rootOption, fixerOption, idleOption, timeoutOption});
    parser.process(app);
    const QString address = parser.value(busOption);
    if (address.isEmpty())
        die("--bus ADDRESS is required");
    const QString systemAddress = qEnvironmentVariable("DBUS_SYSTEM_BUS_ADDRESS");
    if (address.contains(QLatin1String("system_bus_socket")) ||
        (!systemAddress.isEmpty() && address == systemAddress))
        die("refusing the system bus");
    options.testing = true;
    options.root = QDir(parser.value(rootOption)).absolutePath();
    if (parser.isSet(fixerOption))
        options.fixerDirectories = parser.values(fixerOption);
    options.idleExitMs = parser.value(idleOption).toInt();
    options.unloadTimeoutMs = options.loadTimeoutMs = parser.value(timeoutOption).toInt();
    QDBusConnection bus = QDBusConnection::connectToBus(address, QStringLiteral("modrescue-test"));
    if (!bus.isConnected())
        die("cannot connect to the bus");
    // The same daemon under another address? Compare the bus ids.
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected() && busId(system) == busId(bus))
        die("refusing the system bus");
    AuditLog::open(true);
#else
    if (geteuid() != 0)
        die("must run as root (it is started by D-Bus activation)");
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.isConnected())
        die("cannot connect to the system bus");
    AuditLog::open(false);
#endif

    HelperService service(options, bus);
    new HelperAdaptor(&service);
    if (!bus.registerObject(QLatin1String(Helper::ObjectPath), &service,
                            QDBusConnection::ExportAdaptors))
        die("cannot register the object");
    if (!bus.registerService(QLatin1String(Helper::ServiceName)))
        die("cannot own io.github.modrescue.Helper1 (another helper running, or not allowed)");
    AuditLog::notice(QStringLiteral("started%1")
                         .arg(options.testing
                                  ? QStringLiteral(" (test mode, root %1)").arg(options.root)
                                  : QString()));
    return app.exec();
}
