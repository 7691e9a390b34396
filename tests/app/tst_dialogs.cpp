// SPDX-License-Identifier: GPL-2.0-or-later
// The action dialogs' defaults per diagnosis case (force remove: whether it
// is offered, run or skip the exit function, confirmation needed), the
// unload-with-dependents preview, and the load dialog's validation.
#include "AppTestData.h"
#include "ForceRemoveDialog.h"
#include "LoadModuleDialog.h"
#include "UnloadDependentsDialog.h"

#include <QCheckBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStringListModel>
#include <QTest>

using namespace ModRescue;
using namespace ModRescue::AppTest;

class TestDialogs : public QObject
{
    Q_OBJECT
private:
    static Diagnosis diagnosisOf(const QString &name, QList<ModuleTask> tasks = {})
    {
        const SystemState s = stateOf(stuckModules());
        ModuleEvidence e = evidenceFor(name);
        e.tasks = tasks;
        return Diagnoser::diagnose(s.snapshot, name, e, s.abilities);
    }

private Q_SLOTS:
    void forceRemoveDefaults_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("canForce");
        QTest::addColumn<bool>("runByDefault");
        QTest::addColumn<bool>("runOffered");
        QTest::newRow("2 init crashed: skip only") << "mr_init_oops" << true << false << false;
        QTest::newRow("3 no exit: skip") << "mr_no_exit" << true << false << false;
        QTest::newRow("4 leak: run") << "mr_ref_leak" << true << true << true;
        QTest::newRow("5 exit crashed: skip only") << "mr_exit_oops" << true << false << false;
        QTest::newRow("1 held: never force") << "mr_chain_base" << false << false << false;
    }
    void forceRemoveDefaults()
    {
        QFETCH(QString, name);
        QFETCH(bool, canForce);
        QFETCH(bool, runByDefault);
        QFETCH(bool, runOffered);
        const Diagnosis d = diagnosisOf(name);
        ForceRemoveDialog dialog(d);
        QCOMPARE(dialog.canForce(), canForce);
        QVERIFY(!dialog.removeButton()->isEnabled()); // never without confirmation
        if (!canForce) {
            QVERIFY(!dialog.confirmBox()->isEnabled());
            return;
        }
        QCOMPARE(dialog.recommendsRunningExit(), runByDefault);
        QCOMPARE(dialog.runExitSelected(), runByDefault);
        QCOMPARE(dialog.runButton()->isEnabled(), runOffered);
        QCOMPARE(dialog.exitMode(), QStringLiteral("auto"));
        dialog.confirmBox()->setChecked(true);
        QVERIFY(dialog.removeButton()->isEnabled());
        dialog.confirmBox()->setChecked(false);
        QVERIFY(!dialog.removeButton()->isEnabled());
    }

    void refusesForceWhileInitRuns()
    {
        ModuleTask task;
        task.pid = 301;
        task.comm = QStringLiteral("insmod");
        task.call = ModuleSyscall::FinitModule;
        task.module = QStringLiteral("mr_init_oops");
        task.tiedBy = QStringLiteral("cmdline");
        const Diagnosis d = diagnosisOf(QStringLiteral("mr_init_oops"), {task});
        QCOMPARE(d.kind, DiagnosisCase::InitRunning);
        ForceRemoveDialog dialog(d);
        QVERIFY(!dialog.canForce());
        dialog.confirmBox()->setChecked(true);
        QVERIFY(!dialog.removeButton()->isEnabled());
    }

    void changingTheExitChoiceIsSentExplicitly()
    {
        const Diagnosis d = diagnosisOf(QStringLiteral("mr_ref_leak"));
        ForceRemoveDialog dialog(d);
        if (!dialog.canSkipExit())
            QSKIP("the diagnosis offers no skip-exit alternative for a reference leak");
        dialog.skipButton()->setChecked(true);
        QCOMPARE(dialog.exitMode(), QStringLiteral("skip"));
    }

    void unloadPreviewListsTheOrder()
    {
        const SystemState s = stateOf(stuckModules());
        const Result<QStringList> order = s.graph.removalOrder(QStringLiteral("mr_chain_base"));
        QVERIFY(order.ok());
        UnloadDependentsDialog dialog(QStringLiteral("mr_chain_base"), order.value());
        const QStringList rows = dialog.model()->stringList();
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows.first().endsWith(QLatin1String("mr_chain_top")));
        QVERIFY(rows.last().endsWith(QLatin1String("mr_chain_base")));
    }

    void loadDialogValidates_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("params");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << "loop" << "" << true;
        QTest::newRow("params") << "loop" << "max_loop=8 max_part=2" << true;
        QTest::newRow("bool flag") << "mr_init_block" << "release" << true;
        QTest::newRow("empty") << "" << "" << false;
        QTest::newRow("file name") << "loop.ko" << "" << false;
        QTest::newRow("bad name") << "lo op" << "" << false;
        QTest::newRow("quote") << "loop" << "a=\"x\"" << false;
        QTest::newRow("twice") << "loop" << "a=1 a=2" << false;
        QTest::newRow("bad param") << "loop" << "a-b=1" << false;
    }
    void loadDialogValidates()
    {
        QFETCH(QString, name);
        QFETCH(QString, params);
        QFETCH(bool, ok);
        LoadModuleDialog dialog;
        dialog.setModuleName(name);
        dialog.setParametersText(params);
        QCOMPARE(dialog.validationError().isEmpty(), ok);
        QCOMPARE(dialog.loadButton()->isEnabled(), ok);
    }

    void parsesParameters()
    {
        QString error;
        const auto map = LoadModuleDialog::parseParameters(QStringLiteral(" a=1  b=x,y c "), &error);
        QVERIFY(error.isEmpty());
        QCOMPARE(map.value(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(map.value(QStringLiteral("b")), QStringLiteral("x,y"));
        QCOMPARE(map.value(QStringLiteral("c")), QStringLiteral("1"));
    }

    void fileDialogTakesTheNameFromTheFile()
    {
        LoadModuleDialog dialog(QStringLiteral("/home/dev/build/mr-init-oops.ko"));
        QCOMPARE(dialog.moduleName(), QStringLiteral("mr_init_oops"));
        QVERIFY(dialog.loadButton()->isEnabled());
    }
};

QTEST_MAIN(TestDialogs)
#include "tst_dialogs.moc"
