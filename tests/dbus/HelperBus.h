// SPDX-License-Identifier: GPL-2.0-or-later
// HelperBus: a private D-Bus world for one test: a dbus-daemon of its own,
// python-dbusmock's polkitd template on it, and the test-only helper reading
// a captured fixture as its root. Gives client connections with distinct unique names and
// controls the polkit mock.
#pragma once

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariantList>

#include <memory>

namespace ModRescue {

class HelperBus
{
public:
    struct Options
    {
        int idleMs = 10 * 60 * 1000;
        int kernelTimeoutMs = 5000;
        QStringList fixerDirs; // empty: the helper's defaults
    };

    HelperBus();
    ~HelperBus();
    HelperBus(const HelperBus &) = delete;
    HelperBus &operator=(const HelperBus &) = delete;

    // Starts everything; false with `why`, which starts with "missing: " when
    // a real part is not installed (the test then skips naming it).
    bool start(const Options &options, QString *why);
    bool start(QString *why) { return start(Options{}, why); }

    QString address() const { return m_address; }
    // The kernel state the helper reads: every stuck case, captured from
    // Debian's 6.1 kernel by tests/vm/capture (tests/fixtures/.../README.md).
    static QString root() { return QStringLiteral(MODRESCUE_FIXTURE_ROOT); }
    QString helperOutput(); // what the helper wrote (its audit log in test mode)
    bool helperRunning() const;
    qint64 helperPid() const;
    bool waitForHelperExit(int timeoutMs);
    bool nameOwned(const QString &name);
    void stopPolkit();

    // A new client connection (a new unique name), closed by closeClient or
    // at the end.
    QDBusConnection client(const QString &name);
    static void closeClient(const QString &name);

    // A Helper1 method call message; `interactive` sets
    // ALLOW_INTERACTIVE_AUTHORIZATION.
    static QDBusMessage helperCall(const QString &method, const QVariantList &args,
                                   bool interactive = false);
    // Blocking call with the helper's long timeout.
    static QDBusMessage callBlocking(QDBusConnection &bus, const QDBusMessage &message,
                                     int timeoutMs = 30000);
    // Reads the Version property: the helper answers.
    bool helperAnswers();

    // polkitd mock control (org.freedesktop.DBus.Mock on the Authority).
    bool mock(const QString &method, const QVariantList &args = {}, QVariant *result = nullptr);
    bool setAllowed(const QStringList &actions)
    {
        return mock(QStringLiteral("SetAllowed"), {actions});
    }
    // Number of logged calls of `method` to a method added with AddMethod.
    int mockCallCount(const QString &method);

private:
    bool waitForName(const QString &name, int timeoutMs);

    QTemporaryDir m_dir;
    QString m_address;
    QProcess m_daemon;
    QProcess m_polkit;
    QProcess m_helper;
    QDBusConnection m_control{QString()};
};

} // namespace ModRescue
