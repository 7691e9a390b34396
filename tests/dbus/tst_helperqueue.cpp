// SPDX-License-Identifier: GPL-2.0-or-later
// The helper's request handling: kernel operations of concurrent callers run
// one at a time, a caller cannot pile up requests, progress reaches only the
// caller, and the helper exits when idle but never while a request waits.
#include "HelperErrors.h"
#include "TestSupport.h"

#include <QDBusPendingCall>
#include <QRegularExpression>
#include <QTest>

using namespace ModRescue;
namespace E = Helper::Error;

class ProgressRecorder : public QObject
{
    Q_OBJECT
public:
    QStringList stages;
public Q_SLOTS:
    void progress(const QString &module, const QString &stage, const QString &)
    {
        stages << module + QLatin1Char(':') + stage;
    }
};

class TestHelperQueue : public QObject
{
    Q_OBJECT

    // `count` checks were sent to polkit (the helper logs each), and the
    // mock holds at least one.
    static bool hanging(HelperBus &bus, int count)
    {
        if (bus.helperOutput().count(QStringLiteral(": authorizing io.github.modrescue.")) < count)
            return false;
        QTest::qWait(200); // the last check travelling to the mock
        QVariant any;
        return bus.mock(QStringLiteral("HaveHangingCalls"), {}, &any) && any.toBool();
    }

private Q_SLOTS:
    void concurrentCallsRunOneAtATime()
    {
        HelperBus bus;
        MODRESCUE_START_BUS(bus, HelperBus::Options{});
        QVERIFY(bus.mock(QStringLiteral("AllowUnknown"), {true}));
        // Hold every check, then let them all through at once: the
        // operations then compete for the worker.
        QVERIFY(bus.mock(QStringLiteral("SimulateHang"), {true}));
        QList<QDBusPendingCall> calls;
        const QStringList methods{QStringLiteral("Unload"),
                                  QStringLiteral("UnloadWithDependents"),
                                  QStringLiteral("ForceRemove"),
                                  QStringLiteral("Unload"),
                                  QStringLiteral("UnloadWithDependents"),
                                  QStringLiteral("ForceRemove")};
        for (int i = 0; i < methods.size(); ++i) {
            QDBusConnection c = bus.client(QStringLiteral("c%1").arg(i));
            QVariantList args{QStringLiteral("mr_chain_top")};
            if (methods[i] == QLatin1String("ForceRemove"))
                args << QStringLiteral("auto");
            calls << c.asyncCall(HelperBus::helperCall(methods[i], args), Helper::CallTimeoutMs);
        }
        QTRY_VERIFY_WITH_TIMEOUT(hanging(bus, int(methods.size())), 10000);
        QVERIFY(bus.mock(QStringLiteral("ReleaseHangingCalls")));
        for (QDBusPendingCall &call : calls) {
            QTRY_VERIFY_WITH_TIMEOUT(call.isFinished(), 20000);
            QVERIFY2(kernelSaidNo(call.reply()), qPrintable(call.reply().errorMessage()));
        }
        // The audit log: each "started" is followed by its own end before
        // the next one starts.
        const QString log = bus.helperOutput();
        const QRegularExpression line(
            QStringLiteral("request (\\d+) \\w+ \\S+ by .*: (started|succeeded|failed)"));
        QString running;
        int completed = 0;
        for (auto it = line.globalMatch(log); it.hasNext();) {
            const auto m = it.next();
            if (m.captured(2) == QLatin1String("started")) {
                QVERIFY2(running.isEmpty(),
                         qPrintable(QStringLiteral("request %1 started while %2 ran")
                                        .arg(m.captured(1), running)));
                running = m.captured(1);
            } else {
                QCOMPARE(m.captured(1), running);
                running.clear();
                ++completed;
            }
        }
        QCOMPARE(completed, int(methods.size()));
        for (int i = 0; i < methods.size(); ++i)
            HelperBus::closeClient(QStringLiteral("c%1").arg(i));
    }

    void callerCannotPileUpRequests()
    {
        HelperBus bus;
        MODRESCUE_START_BUS(bus, HelperBus::Options{});
        QVERIFY(bus.mock(QStringLiteral("SimulateHang"), {true}));
        QDBusConnection greedy = bus.client(QStringLiteral("greedy"));
        QList<QDBusPendingCall> calls;
        for (int i = 0; i < 4; ++i)
            calls << greedy.asyncCall(
                HelperBus::helperCall(QStringLiteral("Unload"), {QStringLiteral("mr_chain_top")}),
                Helper::CallTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(hanging(bus, 4), 10000);
        QDBusMessage fifth = HelperBus::callBlocking(
            greedy,
            HelperBus::helperCall(QStringLiteral("Unload"), {QStringLiteral("mr_chain_top")}));
        QCOMPARE(fifth.errorName(), QLatin1String(E::Busy));
        // Another caller is not affected.
        QDBusConnection other = bus.client(QStringLiteral("other"));
        QDBusPendingCall theirs = other.asyncCall(
            HelperBus::helperCall(QStringLiteral("Unload"), {QStringLiteral("mr_chain_top")}),
            Helper::CallTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(hanging(bus, 5), 10000);
        QVERIFY(bus.mock(QStringLiteral("ReleaseHangingCalls")));
        QTRY_VERIFY_WITH_TIMEOUT(theirs.isFinished(), 10000);
        QCOMPARE(theirs.reply().errorName(), QLatin1String(E::NotAuthorized));
        for (QDBusPendingCall &call : calls) {
            QTRY_VERIFY_WITH_TIMEOUT(call.isFinished(), 10000);
            QCOMPARE(call.reply().errorName(), QLatin1String(E::NotAuthorized));
        }
        HelperBus::closeClient(QStringLiteral("greedy"));
        HelperBus::closeClient(QStringLiteral("other"));
    }

    void progressReachesOnlyTheCaller()
    {
        HelperBus bus;
        MODRESCUE_START_BUS(bus, HelperBus::Options{});
        QVERIFY(bus.mock(QStringLiteral("AllowUnknown"), {true}));
        QDBusConnection caller = bus.client(QStringLiteral("caller"));
        QDBusConnection bystander = bus.client(QStringLiteral("bystander"));
        ProgressRecorder mine, theirs;
        for (auto [conn, recorder] : {std::pair{&caller, &mine}, std::pair{&bystander, &theirs}})
            QVERIFY(conn->connect(QString(), QLatin1String(Helper::ObjectPath),
                                  QLatin1String(Helper::InterfaceName), QStringLiteral("Progress"),
                                  recorder, SLOT(progress(QString, QString, QString))));
        QDBusPendingCall call = caller.asyncCall(
            HelperBus::helperCall(QStringLiteral("Unload"), {QStringLiteral("mr-chain-top")}),
            Helper::CallTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(call.isFinished(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(mine.stages.contains(QStringLiteral("mr_chain_top:removing")),
                                 5000);
        QCOMPARE(mine.stages.mid(0, 3), (QStringList{QStringLiteral("mr_chain_top:authorizing"),
                                                     QStringLiteral("mr_chain_top:diagnosing"),
                                                     QStringLiteral("mr_chain_top:removing")}));
        QTest::qWait(200);
        QVERIFY2(theirs.stages.isEmpty(), qPrintable(theirs.stages.join(QLatin1Char(' '))));
        HelperBus::closeClient(QStringLiteral("caller"));
        HelperBus::closeClient(QStringLiteral("bystander"));
    }

    void exitsWhenIdleButNotWhileARequestWaits()
    {
        HelperBus bus;
        HelperBus::Options options;
        options.idleMs = 1000;
        MODRESCUE_START_BUS(bus, options);
        QVERIFY(bus.mock(QStringLiteral("SimulateHang"), {true}));
        QDBusConnection c = bus.client(QStringLiteral("waiting"));
        QDBusPendingCall call = c.asyncCall(
            HelperBus::helperCall(QStringLiteral("Unload"), {QStringLiteral("mr_chain_top")}),
            Helper::CallTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(hanging(bus, 1), 10000);
        QTest::qWait(2500);
        QVERIFY(bus.helperRunning());
        QVERIFY(bus.nameOwned(QLatin1String(Helper::ServiceName)));
        QVERIFY(bus.mock(QStringLiteral("ReleaseHangingCalls")));
        QTRY_VERIFY_WITH_TIMEOUT(call.isFinished(), 10000);
        QCOMPARE(call.reply().errorName(), QLatin1String(E::NotAuthorized));
        QTRY_VERIFY_WITH_TIMEOUT(!bus.nameOwned(QLatin1String(Helper::ServiceName)), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!bus.helperRunning(), 5000);
        QVERIFY(bus.helperOutput().contains(QStringLiteral("idle, exiting")));
        HelperBus::closeClient(QStringLiteral("waiting"));
    }
};

QTEST_GUILESS_MAIN(TestHelperQueue)
#include "tst_helperqueue.moc"
