// SPDX-License-Identifier: GPL-2.0-or-later
#include "HelperBus.h"

#include "HelperDBusTypes.h"
#include "HelperErrors.h"

#include <QDBusConnectionInterface>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QThread>

namespace ModRescue {

namespace {

const QString ControlName = QStringLiteral("modrescue-test-control");
const QString PolkitName = QStringLiteral("org.freedesktop.PolicyKit1");
const QString PolkitPath = QStringLiteral("/org/freedesktop/PolicyKit1/Authority");

bool writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(content) == content.size();
}

void stop(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.terminate();
    if (!process.waitForFinished(3000)) {
        process.kill();
        process.waitForFinished(3000);
    }
}

} // namespace

HelperBus::HelperBus()
{
    registerHelperDBusTypes();
}

HelperBus::~HelperBus()
{
    QDBusConnection::disconnectFromBus(ControlName);
    stop(m_helper);
    stop(m_polkit);
    stop(m_daemon);
}

bool HelperBus::start(const Options &options, QString *why)
{
    if (!m_dir.isValid()) {
        *why = QStringLiteral("no temporary directory");
        return false;
    }
    if (!QFileInfo(QStringLiteral(MODRESCUE_DBUS_DAEMON)).isExecutable()) {
        *why = QStringLiteral("missing: dbus-daemon is not installed (Debian package dbus-daemon)");
        return false;
    }
    QProcess probe;
    probe.start(QStringLiteral(MODRESCUE_TEST_PYTHON),
                {QStringLiteral("-c"), QStringLiteral("import dbusmock")});
    if (!probe.waitForFinished(20000) || probe.exitCode() != 0) {
        *why =
            QStringLiteral("missing: %1 cannot import dbusmock (Debian package python3-dbusmock)")
                .arg(QStringLiteral(MODRESCUE_TEST_PYTHON));
        return false;
    }
    if (!QFileInfo::exists(root() + QStringLiteral("/proc/modules"))) {
        *why = QStringLiteral("the captured fixture %1 is missing").arg(root());
        return false;
    }

    const QString config = m_dir.path() + QStringLiteral("/bus.conf");
    writeFile(
        config,
        QStringLiteral(
            R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>modrescue-test</type>
  <listen>unix:dir=%1</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <allow own="*"/>
    <allow send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
  </policy>
</busconfig>
)")
            .arg(m_dir.path())
            .toUtf8());
    m_daemon.start(QStringLiteral(MODRESCUE_DBUS_DAEMON),
                   {QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"),
                    QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1")});
    if (!m_daemon.waitForStarted(10000)) {
        *why = QStringLiteral("dbus-daemon did not start");
        return false;
    }
    QDeadlineTimer deadline(10000);
    while (!m_daemon.canReadLine() && !deadline.hasExpired())
        m_daemon.waitForReadyRead(100);
    m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
    if (m_address.isEmpty()) {
        *why = QStringLiteral("dbus-daemon printed no address");
        return false;
    }
    m_control = QDBusConnection::connectToBus(m_address, ControlName);
    if (!m_control.isConnected()) {
        *why = QStringLiteral("cannot connect to the private bus");
        return false;
    }

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), m_address);
    m_polkit.setProcessEnvironment(env);
    m_polkit.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_polkit.start(QStringLiteral(MODRESCUE_TEST_PYTHON),
                   {QStringLiteral("-m"), QStringLiteral("dbusmock"), QStringLiteral("--template"),
                    QStringLiteral("polkitd")});
    if (!waitForName(PolkitName, 20000)) {
        *why = QStringLiteral("the dbusmock polkitd template did not come up");
        return false;
    }
    // CancelCheckAuthorization is not in the template; added here so the
    // mock accepts and logs it.
    if (!mock(QStringLiteral("AddMethod"), {QStringLiteral("org.freedesktop.PolicyKit1.Authority"),
                                            QStringLiteral("CancelCheckAuthorization"),
                                            QStringLiteral("s"), QString(), QString()})) {
        *why = QStringLiteral("the polkitd mock refused AddMethod");
        return false;
    }

    QStringList args{QStringLiteral("--bus"),
                     m_address,
                     QStringLiteral("--root"),
                     root(),
                     QStringLiteral("--idle-ms"),
                     QString::number(options.idleMs),
                     QStringLiteral("--kernel-timeout-ms"),
                     QString::number(options.kernelTimeoutMs)};
    // Never the machine's own fixer: a directory with none, unless a test
    // brings one.
    const QStringList fixerDirs = options.fixerDirs.isEmpty()
                                      ? QStringList{m_dir.path() + QStringLiteral("/no-fixer/%r")}
                                      : options.fixerDirs;
    for (const QString &dir : fixerDirs)
        args << QStringLiteral("--fixer-dir") << dir;
    QProcessEnvironment helperEnv;
    helperEnv.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
    m_helper.setProcessEnvironment(helperEnv);
    m_helper.setStandardOutputFile(m_dir.path() + QStringLiteral("/helper.log"));
    m_helper.setStandardErrorFile(m_dir.path() + QStringLiteral("/helper.log"), QIODevice::Append);
    m_helper.start(QStringLiteral(MODRESCUE_HELPER_TESTING_PATH), args);
    if (!waitForName(QLatin1String(Helper::ServiceName), 20000)) {
        *why = QStringLiteral("the test helper did not come up: %1").arg(helperOutput());
        return false;
    }
    return true;
}

bool HelperBus::waitForName(const QString &name, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_control.interface()->isServiceRegistered(name))
            return true;
        QThread::msleep(50);
    }
    return false;
}

QString HelperBus::helperOutput()
{
    QFile log(m_dir.path() + QStringLiteral("/helper.log"));
    return log.open(QIODevice::ReadOnly) ? QString::fromUtf8(log.readAll()) : QString();
}

void HelperBus::stopPolkit()
{
    stop(m_polkit);
}

qint64 HelperBus::helperPid() const
{
    return m_helper.processId();
}

bool HelperBus::waitForHelperExit(int timeoutMs)
{
    return m_helper.state() == QProcess::NotRunning || m_helper.waitForFinished(timeoutMs);
}

bool HelperBus::nameOwned(const QString &name)
{
    return m_control.interface()->isServiceRegistered(name);
}

bool HelperBus::helperRunning() const
{
    // Asks /proc rather than QProcess, whose state is updated only by an
    // event loop the blocking tests do not run.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_helper.processId()));
    if (m_helper.processId() <= 0 || !stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close > 0 && line.size() > close + 2 && line.at(close + 2) != 'Z';
}

QDBusConnection HelperBus::client(const QString &name)
{
    return QDBusConnection::connectToBus(m_address, name);
}

void HelperBus::closeClient(const QString &name)
{
    QDBusConnection::disconnectFromBus(name);
}

QDBusMessage HelperBus::helperCall(const QString &method, const QVariantList &args,
                                   bool interactive)
{
    QDBusMessage m = QDBusMessage::createMethodCall(QLatin1String(Helper::ServiceName),
                                                    QLatin1String(Helper::ObjectPath),
                                                    QLatin1String(Helper::InterfaceName), method);
    m.setArguments(args);
    m.setInteractiveAuthorizationAllowed(interactive);
    return m;
}

QDBusMessage HelperBus::callBlocking(QDBusConnection &bus, const QDBusMessage &message,
                                     int timeoutMs)
{
    return bus.call(message, QDBus::Block, timeoutMs);
}

bool HelperBus::helperAnswers()
{
    QDBusMessage get = QDBusMessage::createMethodCall(
        QLatin1String(Helper::ServiceName), QLatin1String(Helper::ObjectPath),
        QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    get << QLatin1String(Helper::InterfaceName) << QStringLiteral("Version");
    const QDBusMessage reply = m_control.call(get, QDBus::Block, 10000);
    return reply.type() == QDBusMessage::ReplyMessage && reply.arguments().size() == 1 &&
           reply.arguments().constFirst().value<QDBusVariant>().variant().toUInt() == 1;
}

bool HelperBus::mock(const QString &method, const QVariantList &args, QVariant *result)
{
    QDBusMessage m = QDBusMessage::createMethodCall(
        PolkitName, PolkitPath, QStringLiteral("org.freedesktop.DBus.Mock"), method);
    m.setArguments(args);
    const QDBusMessage reply = m_control.call(m, QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return false;
    if (result)
        *result = reply.arguments().value(0);
    return true;
}

int HelperBus::mockCallCount(const QString &method)
{
    QDBusMessage m = QDBusMessage::createMethodCall(PolkitName, PolkitPath,
                                                    QStringLiteral("org.freedesktop.DBus.Mock"),
                                                    QStringLiteral("GetMethodCalls"));
    m << method;
    const QDBusMessage reply = m_control.call(m, QDBus::Block, 10000);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return -1;
    const auto arg = reply.arguments().value(0).value<QDBusArgument>();
    int count = 0;
    arg.beginArray();
    while (!arg.atEnd()) {
        QDBusVariant skip;
        arg.beginStructure();
        qulonglong time = 0;
        arg >> time;
        arg.beginArray();
        while (!arg.atEnd())
            arg >> skip;
        arg.endArray();
        arg.endStructure();
        ++count;
    }
    arg.endArray();
    return count;
}

} // namespace ModRescue
