// SPDX-License-Identifier: GPL-2.0-or-later
// Every error the helper can return becomes a clear message with advice, and
// the message names the module; unknown errors still say something useful.
#include "HelperErrorText.h"
#include "HelperErrors.h"

#include <QTest>

using namespace ModRescue;

class TestHelperErrorText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void explainsEveryHelperError_data()
    {
        namespace E = Helper::Error;
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("adviceMentions");
        QTest::newRow("NotAuthorized") << E::NotAuthorized << "polkit";
        QTest::newRow("InteractiveAuthorizationRequired") << E::InteractiveAuthorizationRequired << "polkit";
        QTest::newRow("InvalidName") << E::InvalidName << "55";
        QTest::newRow("InvalidArgument") << E::InvalidArgument << "parameters";
        QTest::newRow("NoSuchModule") << E::NoSuchModule << "Load file";
        QTest::newRow("BuiltIn") << E::BuiltIn << "boot";
        QTest::newRow("UsedByModules") << E::UsedByModules << "Unload with dependents";
        QTest::newRow("InitRunning") << E::InitRunning << "reboot";
        QTest::newRow("ExitRunning") << E::ExitRunning << "reboot";
        QTest::newRow("FixerUnavailable") << E::FixerUnavailable << "linux-headers";
        QTest::newRow("Lockdown") << E::Lockdown << "MOK";
        QTest::newRow("SignatureRequired") << E::SignatureRequired << "MOK";
        QTest::newRow("Timeout") << E::Timeout << "journalctl";
        QTest::newRow("KernelRefused") << E::KernelRefused << "journalctl";
        QTest::newRow("Busy") << E::Busy << "Wait";
        QTest::newRow("no helper") << "org.freedesktop.DBus.Error.ServiceUnknown" << "polkit policy";
        QTest::newRow("no reply") << "org.freedesktop.DBus.Error.NoReply" << "journalctl";
        QTest::newRow("access denied") << "org.freedesktop.DBus.Error.AccessDenied" << "system.d";
    }
    void explainsEveryHelperError()
    {
        QFETCH(QString, name);
        QFETCH(QString, adviceMentions);
        const HelperErrorText t =
            HelperErrorText::explain(name, QStringLiteral("helper says why"), QStringLiteral("mr_init_oops"));
        QVERIFY(!t.title.isEmpty());
        QVERIFY(!t.text.isEmpty());
        QVERIFY2(t.advice.contains(adviceMentions, Qt::CaseInsensitive), qPrintable(t.advice));
        QCOMPARE(t.details, QStringLiteral("helper says why"));
        QVERIFY(t.title != HelperErrorText::tr("Unexpected error"));
    }

    void namesTheModule_data()
    {
        namespace E = Helper::Error;
        QTest::addColumn<QString>("name");
        for (const char *n : {E::NoSuchModule, E::BuiltIn, E::UsedByModules, E::InitRunning,
                              E::ExitRunning, E::FixerUnavailable, E::KernelRefused})
            QTest::newRow(n) << QString::fromLatin1(n);
    }
    void namesTheModule()
    {
        QFETCH(QString, name);
        QVERIFY(HelperErrorText::explain(name, {}, QStringLiteral("mr_exit_oops"))
                    .text.contains(QLatin1String("mr_exit_oops")));
    }

    void unknownErrorsStillExplain()
    {
        const HelperErrorText t =
            HelperErrorText::explain(QStringLiteral("io.github.modrescue.Error.FromTheFuture"), QStringLiteral("x"));
        QCOMPARE(t.title, HelperErrorText::tr("Unexpected error"));
        QVERIFY(t.text.contains(QLatin1String("FromTheFuture")));
        QVERIFY(!t.advice.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestHelperErrorText)
#include "tst_helpererrortext.moc"
