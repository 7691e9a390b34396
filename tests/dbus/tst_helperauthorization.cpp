// SPDX-License-Identifier: GPL-2.0-or-later
// polkit matrix of the helper on a private bus with python-dbusmock's polkitd:
// denied by default, one action per kind of method, challenge with and
// without interactive authorisation, dismissal, missing or broken polkit,
// a hanging check that does not block the helper, and a caller that leaves
// while its check is pending.
#include "HelperErrors.h"
#include "TestSupport.h"

#include <QDBusPendingCall>
#include <QDBusPendingCallWatcher>
#include <QDBusUnixFileDescriptor>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

using namespace ModRescue;
namespace E = Helper::Error;

class TestHelperAuthorization : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<HelperBus> m_bus;
    QString m_ko;

    // Arguments of a valid call of each method.
    QVariantList validArgs(const QString &method)
    {
        if (method == QLatin1String("ForceRemove"))
            return {QStringLiteral("mr_chain_top"), QStringLiteral("auto")};
        if (method == QLatin1String("LoadModule"))
            return {QStringLiteral("nosuch"), QVariant::fromValue(QMap<QString, QString>{})};
        if (method == QLatin1String("LoadFile")) {
            const int fd = ::open(QFile::encodeName(m_ko).constData(), O_RDONLY | O_CLOEXEC);
            QDBusUnixFileDescriptor file(fd);
            ::close(fd);
            return {QVariant::fromValue(file), QVariant::fromValue(QMap<QString, QString>{})};
        }
        return {QStringLiteral("mr_chain_top")};
    }

    QDBusMessage call(const QString &method, bool interactive = false)
    {
        QDBusConnection bus = m_bus->client(QStringLiteral("client"));
        const QDBusMessage reply = HelperBus::callBlocking(
            bus, HelperBus::helperCall(method, validArgs(method), interactive));
        return reply;
    }

    void overrideCheck(const QString &code,
                       const QString &outSignature = QStringLiteral("(bba{ss})"))
    {
        QVERIFY(m_bus->mock(QStringLiteral("AddMethod"),
                            {QStringLiteral("org.freedesktop.PolicyKit1.Authority"),
                             QStringLiteral("CheckAuthorization"),
                             QStringLiteral("(sa{sv})sa{ss}us"), outSignature, code}));
    }

private Q_SLOTS:
    void initTestCase() { m_ko = findRealKernelModule(); }

    void init()
    {
        m_bus = std::make_unique<HelperBus>();
        MODRESCUE_START_BUS(*m_bus, HelperBus::Options{});
    }

    void cleanup()
    {
        HelperBus::closeClient(QStringLiteral("client"));
        m_bus.reset();
    }

    void everyMethodIsDeniedWithoutGrant_data()
    {
        QTest::addColumn<QString>("method");
        for (const char *m :
             {"Unload", "UnloadWithDependents", "ForceRemove", "LoadModule", "LoadFile"})
            QTest::newRow(m) << QString::fromLatin1(m);
    }
    void everyMethodIsDeniedWithoutGrant()
    {
        QFETCH(QString, method);
        if (method == QLatin1String("LoadFile") && m_ko.isEmpty())
            QSKIP("no real .ko on this machine (tests/vm/prepare extracts Debian kernels)");
        const QDBusMessage reply = call(method, true);
        QCOMPARE(reply.errorName(), QLatin1String(E::NotAuthorized));
        QVERIFY(m_bus->helperAnswers());
        const QString log = m_bus->helperOutput();
        QVERIFY2(log.contains(QStringLiteral("polkit: denied")), qPrintable(log));
    }

    // Each method needs its own action: granting one kind grants no other.
    void eachMethodNeedsItsOwnAction_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unload with unload") << "Unload"
                                            << "io.github.modrescue.unload"
                                            << "KernelRefused";
        QTest::newRow("dependents with unload") << "UnloadWithDependents"
                                                << "io.github.modrescue.unload"
                                                << "KernelRefused";
        QTest::newRow("force with unload") << "ForceRemove"
                                           << "io.github.modrescue.unload"
                                           << "NotAuthorized";
        QTest::newRow("force with load") << "ForceRemove"
                                         << "io.github.modrescue.load"
                                         << "NotAuthorized";
        QTest::newRow("force with force") << "ForceRemove"
                                          << "io.github.modrescue.force-unload"
                                          << "KernelRefused";
        QTest::newRow("unload with force") << "Unload"
                                           << "io.github.modrescue.force-unload"
                                           << "NotAuthorized";
        QTest::newRow("load with unload") << "LoadModule"
                                          << "io.github.modrescue.unload"
                                          << "NotAuthorized";
        QTest::newRow("load with load") << "LoadModule"
                                        << "io.github.modrescue.load"
                                        << "NoSuchModule";
        QTest::newRow("file with force") << "LoadFile"
                                         << "io.github.modrescue.force-unload"
                                         << "NotAuthorized";
        QTest::newRow("file with load") << "LoadFile"
                                        << "io.github.modrescue.load"
                                        << "KernelRefused";
    }
    void eachMethodNeedsItsOwnAction()
    {
        QFETCH(QString, method);
        QFETCH(QString, action);
        QFETCH(QString, expected);
        if (method == QLatin1String("LoadFile") && m_ko.isEmpty())
            QSKIP("no real .ko on this machine (tests/vm/prepare extracts Debian kernels)");
        QVERIFY(m_bus->setAllowed({action}));
        const QDBusMessage reply = call(method);
        // KernelRefused: authorised, and the kernel itself said no (the test
        // helper has no CAP_SYS_MODULE); the real outcome is the VM tests'.
        QCOMPARE(reply.errorName(), QStringLiteral("io.github.modrescue.Error.") + expected);
        if (expected == QLatin1String("KernelRefused"))
            QVERIFY2(kernelSaidNo(reply), qPrintable(reply.errorMessage()));
    }

    // polkit answers "challenge" to a check without AllowUserInteraction when
    // a password is needed; with the flag it would ask the agent.
    void challengeNeedsInteractiveAuthorization()
    {
        // Succeeds only when the subject, detail and flag are what SECURITY.md asks.
        overrideCheck(QStringLiteral(
            "ok = args[0][0] == 'system-bus-name' and args[0][1]['name'].startswith(':') and "
            "args[2].get('module') == 'mr_chain_top' and args[1] == 'io.github.modrescue.unload'\n"
            "ret = (ok and bool(args[3] & 1), not bool(args[3] & 1), {})"));
        QDBusMessage reply = call(QStringLiteral("Unload"), false);
        QCOMPARE(reply.errorName(), QLatin1String(E::InteractiveAuthorizationRequired));
        reply = call(QStringLiteral("Unload"), true);
        QCOMPARE(reply.errorName(), QLatin1String(E::KernelRefused));
        QVERIFY(m_bus->helperOutput().contains(QStringLiteral("(interactive)")));
    }

    void challengeWithInteractionButNoAgentIsDenied()
    {
        overrideCheck(QStringLiteral("ret = (False, True, {})"));
        const QDBusMessage reply = call(QStringLiteral("Unload"), true);
        QCOMPARE(reply.errorName(), QLatin1String(E::NotAuthorized));
    }

    void dismissedDialogIsDenied()
    {
        overrideCheck(QStringLiteral("ret = (False, False, {'polkit.dismissed': 'true'})"));
        const QDBusMessage reply = call(QStringLiteral("ForceRemove"), true);
        QCOMPARE(reply.errorName(), QLatin1String(E::NotAuthorized));
        QVERIFY(reply.errorMessage().contains(QStringLiteral("dismissed")));
    }

    void malformedPolkitReplyIsDenied()
    {
        overrideCheck(QStringLiteral("ret = 'yes'"), QStringLiteral("s"));
        QCOMPARE(call(QStringLiteral("Unload")).errorName(), QLatin1String(E::NotAuthorized));
        overrideCheck(QStringLiteral("ret = (True, True)"), QStringLiteral("(bb)"));
        QCOMPARE(call(QStringLiteral("Unload")).errorName(), QLatin1String(E::NotAuthorized));
    }

    void polkitErrorIsDenied()
    {
        overrideCheck(QStringLiteral("raise dbus.exceptions.DBusException('no', "
                                     "name='org.freedesktop.PolicyKit1.Error.Failed')"));
        QCOMPARE(call(QStringLiteral("Unload")).errorName(), QLatin1String(E::NotAuthorized));
        QVERIFY(m_bus->helperAnswers());
    }

    void missingPolkitIsDenied()
    {
        m_bus->stopPolkit();
        const QDBusMessage reply = call(QStringLiteral("Unload"), true);
        QCOMPARE(reply.errorName(), QLatin1String(E::NotAuthorized));
        QVERIFY(m_bus->helperAnswers());
    }

    // A check waiting for a password blocks nothing: the helper answers and
    // the reply comes when polkit does.
    void hangingCheckDoesNotBlockTheHelper()
    {
        QVERIFY(m_bus->mock(QStringLiteral("SimulateHang"), {true}));
        QDBusConnection bus = m_bus->client(QStringLiteral("client"));
        QDBusPendingCall pending = bus.asyncCall(
            HelperBus::helperCall(QStringLiteral("Unload"), {QStringLiteral("mr_chain_top")}, true),
            Helper::CallTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                QVariant hanging;
                return m_bus->mock(QStringLiteral("HaveHangingCalls"), {}, &hanging) &&
                       hanging.toBool();
            }(),
            10000);
        QVERIFY(m_bus->helperAnswers());
        QTest::qWait(300);
        QVERIFY(!pending.isFinished());
        QVERIFY(m_bus->mock(QStringLiteral("ReleaseHangingCalls")));
        QTRY_VERIFY_WITH_TIMEOUT(pending.isFinished(), 10000);
        QCOMPARE(pending.reply().errorName(), QLatin1String(E::NotAuthorized));
    }

    void callerLeavingCancelsItsCheck()
    {
        QVERIFY(m_bus->mock(QStringLiteral("SimulateHang"), {true}));
        {
            QDBusConnection leaver = m_bus->client(QStringLiteral("leaver"));
            leaver.asyncCall(HelperBus::helperCall(
                                 QStringLiteral("ForceRemove"),
                                 {QStringLiteral("mr_chain_top"), QStringLiteral("auto")}, true),
                             Helper::CallTimeoutMs);
            QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    QVariant hanging;
                    return m_bus->mock(QStringLiteral("HaveHangingCalls"), {}, &hanging) &&
                           hanging.toBool();
                }(),
                10000);
        }
        HelperBus::closeClient(QStringLiteral("leaver"));
        QTRY_COMPARE_WITH_TIMEOUT(m_bus->mockCallCount(QStringLiteral("CancelCheckAuthorization")),
                                  1, 10000);
        QVERIFY(m_bus->helperOutput().contains(QStringLiteral("left; cancelling")));
        // A late polkit "yes" for the departed caller changes nothing.
        QVERIFY(m_bus->setAllowed({QStringLiteral("io.github.modrescue.force-unload")}));
        QVERIFY(m_bus->mock(QStringLiteral("ReleaseHangingCalls")));
        QVERIFY(m_bus->helperAnswers());
        QTest::qWait(500);
        const QString log = m_bus->helperOutput();
        QVERIFY2(!log.contains(
                     QRegularExpression(QStringLiteral("ForceRemove mr_chain_top by .*: started"))),
                 qPrintable(log));
    }
};

QTEST_GUILESS_MAIN(TestHelperAuthorization)
#include "tst_helperauthorization.moc"
